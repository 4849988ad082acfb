/**
 * The sidebar's other sheets (issue 13), against the stand-in server: with two candidate tiền sheets none
 * is chosen and the message shows; the one the user picks is in the report's request; "Tổng hợp nhiều
 * trang" lists the tabs, each ticked, and sends the ticked ones, with every officer ranked together when
 * asked; a month series is shown and sent (a month two tabs claim left out until the user picks one),
 * with last year's tab found by period.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serveSidebar } from '../../scripts/preview';
import type { MakeReportRequest } from '../../src/shared/rpc';
import { BROWSER_TEST_TIMEOUT, openBrowser, type Browser } from './browser';
import { fakeServer, fakeStateWithMonths, fakeStateWithOtherSheets, type FakeServer } from './fake-server';

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

  describe('a month series', () => {
    async function open(state: ReturnType<typeof fakeStateWithMonths>): Promise<void> {
      await page.close();
      await server?.close();
      fake = fakeServer(UNITS, { sidebarGetState: () => state });
      server = await serveSidebar({ handler: fake.handler });
      page = await chromium.context.newPage();
      await page.goto(`${server.url}sidebar`);
      await page.waitForSelector('#series');
    }

    it('shows the series, leaves a month two tabs claim out until the user picks, and sends series and last year’s tab', async () => {
      await open(fakeStateWithMonths(UNITS));
      expect(await page.textContent('#series-found')).toBe('Diễn biến: 5 tháng (T10 … T3)');
      expect(await page.isChecked('[data-key="series-on"]')).toBe(true);
      expect(await page.textContent('#series')).toContain('“T12-2023” và “T12-2023 (sửa)”');
      expect(await page.inputValue('#series-pick-3')).toBe('');
      expect(await page.textContent('#last-year-chosen')).toBe('Cùng kỳ: trang “T3-2023”');
      expect(await page.$('#last-year-message')).toBeNull();
      await page.selectOption('#series-pick-3', 'T12-2023 (sửa)');
      expect(await page.textContent('#series-found')).toBe('Diễn biến: 6 tháng (T10 … T3)');
      expect(await page.textContent('#series')).not.toContain('hãy chọn một trang');
      await page.click('#make-report');
      await expect.poll(() => sent().length).toBe(1);
      const r = sent()[0]!;
      expect(r.period).toEqual({ year: 2024, month: 6 });
      expect(r.comparison).toEqual({ sheet: 'T3-2023', range: null });
      expect(r.series?.months.map((m) => m.sheet)).toEqual(['T10-2023', 'T11-2023', 'T12-2023 (sửa)', 'T1-2024', 'T2-2024', 'T3-2024']);
      expect(r.series?.lastYear).toEqual([{ month: 6, sheet: 'T3-2023' }]);
      expect(r.series?.missing).toEqual([]);
    });

    it('says an unpicked month is missing, and sends no series once "Diễn biến" is unticked', async () => {
      await open(fakeStateWithMonths(UNITS));
      await page.click('#make-report');
      await expect.poll(() => sent().length).toBe(1);
      expect(sent()[0]!.series?.missing).toEqual([3]);
      expect(sent()[0]!.series?.months.map((m) => m.month)).toEqual([1, 2, 4, 5, 6]);
      await page.uncheck('[data-key="series-on"]');
      await page.click('#make-report');
      await expect.poll(() => sent().length).toBe(2);
      expect(sent()[1]!.series).toBeNull();
    });

    it('warns in Vietnamese when no tab of last year’s same months is found, and compares with none', async () => {
      await open(fakeStateWithMonths(UNITS, { lastYear: 'none' }));
      expect(await page.textContent('#last-year-message')).toContain('Không có trang cùng kỳ năm trước (6 tháng năm 2023)');
      expect(await page.inputValue('#last-year')).toBe('');
      await page.click('#make-report');
      await expect.poll(() => sent().length).toBe(1);
      expect(sent()[0]!.comparison).toBeNull();
    });
  });
});
