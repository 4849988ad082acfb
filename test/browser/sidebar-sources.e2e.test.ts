/**
 * The sidebar's other sheets (issue 13), against the stand-in server: with two candidate tiền sheets none
 * is chosen and the message shows; the one the user picks is in the report's request; "Tổng hợp nhiều
 * trang" lists the tabs, each ticked, and sends the ticked ones, with every officer ranked together when asked.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serveSidebar } from '../../scripts/preview';
import type { MakeReportRequest } from '../../src/shared/rpc';
import { BROWSER_TEST_TIMEOUT, openBrowser, type Browser } from './browser';
import { fakeServer, fakeStateWithOtherSheets, type FakeServer } from './fake-server';

const UNITS = ['Chi cục THADS huyện An Lão', 'Chi cục THADS huyện Bình Lục'];

describe('the sidebar’s other sheets', { timeout: BROWSER_TEST_TIMEOUT }, () => {
  let server: { url: string; close(): Promise<void> } | null = null;
  let chromium: Browser;
  let page: Page;
  let fake: FakeServer;

  beforeAll(async () => {
    chromium = await openBrowser();
  });
  afterAll(async () => chromium?.close());

  beforeEach(async () => {
    fake = fakeServer(UNITS, { sidebarGetState: () => fakeStateWithOtherSheets(UNITS) });
    server = await serveSidebar({ handler: fake.handler });
    page = await chromium.context.newPage();
    await page.goto(`${server.url}sidebar`);
    await page.waitForSelector('#sec-sources');
  });

  afterEach(async () => {
    await page?.close();
    await server?.close();
    server = null;
  });

  const sent = () => fake.calls.filter((c) => c.name === 'sidebarMakeReport').map((c) => c.arg as MakeReportRequest);

  it('picks none of two tiền sheets, says so, and sends the one the user picks', async () => {
    expect(await page.inputValue('#tien-sheet')).toBe('');
    expect(await page.textContent('#tien-message')).toContain('“Tiền”, “Biểu 02”');
    await page.selectOption('#tien-sheet', 'Biểu 02');
    expect(await page.textContent('#tien-proposed')).toBe('Số liệu tiền: trang “Biểu 02”');
    await page.click('#make-report');
    await expect.poll(() => sent().length).toBe(1);
    expect(sent()[0]!.tienSource).toEqual({ sheet: 'Biểu 02', range: null });
    expect(sent()[0]!.consolidate).toBeNull();
  });

  it('consolidates the ticked tabs once "Tổng hợp nhiều trang" is ticked', async () => {
    expect(await page.$('#consolidate-tabs')).toBeNull();
    await page.check('[data-key="consolidate-on"]');
    expect(await page.textContent('#consolidate-tabs')).toContain('Chi cục THADS huyện Bến Lức (Bến Lức)');
    expect(await page.isChecked('[data-key="tab-Bến Lức"]')).toBe(true);
    await page.uncheck('[data-key="tab-Thống kê"]');
    await page.click('#make-report');
    await expect.poll(() => sent().length).toBe(1);
    expect(sent()[0]!.consolidate).toEqual({ sheets: ['Bến Lức'] });
  });

  it('adds every officer ranked together when its box under the tabs is ticked (off by default)', async () => {
    expect(await page.$('[data-key="consolidate-officers"]')).toBeNull();
    await page.check('[data-key="consolidate-on"]');
    expect(await page.isChecked('[data-key="consolidate-officers"]')).toBe(false);
    await page.check('[data-key="consolidate-officers"]');
    await page.click('#make-report');
    await expect.poll(() => sent().length).toBe(1);
    expect(sent()[0]!.consolidate).toEqual({ sheets: ['Thống kê', 'Bến Lức'], officers: true });
  });
});
