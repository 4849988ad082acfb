/**
 * The sidebar's own behaviour, against a stand-in server (fake-server.ts) so that each rule is
 * checked apart from the add-on: nothing is sent while the mapping lacks a required column; the
 * button is disabled and progress shown while a report runs; a server failure reads in Vietnamese.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serveSidebar } from '../../scripts/preview';
import { BROWSER_TEST_TIMEOUT, openBrowser, screenshot, type Browser } from './browser';
import { fakeServer, type FakeServer } from './fake-server';

const UNITS = ['Chi cục THADS huyện An Lão', 'Chi cục THADS huyện Bình Lục'];

describe('the sidebar against a stand-in server', { timeout: BROWSER_TEST_TIMEOUT }, () => {
  let server: { url: string; close(): Promise<void> } | null = null;
  let chromium: Browser;
  /** A fresh page per test, in one Chromium for the file (the machine is shared). */
  let browser: { page: Page };
  let fake: FakeServer;

  beforeAll(async () => {
    chromium = await openBrowser();
  });
  afterAll(async () => chromium?.close());

  async function open(f: FakeServer) {
    fake = f;
    server = await serveSidebar({ handler: f.handler });
    browser = { page: await chromium.context.newPage() };
    await browser.page.goto(`${server.url}sidebar`);
    await browser.page.waitForSelector('#sec-columns');
  }

  afterEach(async () => {
    await browser?.page.close();
    await server?.close();
    server = null;
  });

  it('marks a guessed column "đoán" with its confidence, and shows why', async () => {
    await open(fakeServer(UNITS));
    const { page } = browser;
    expect((await page.textContent('li[data-column="2"] .badge'))?.trim()).toBe('đoán 60%');
    expect(await page.$('#columns-check li[data-column="2"]')).not.toBeNull();
    await page.click('li[data-column="2"] .why summary');
    expect(await page.textContent('li[data-column="2"] .why')).toContain('coi là X (đoán)');
  });

  it('lists a column’s roles once the user reaches its select, keeping the role it shows', async () => {
    await open(fakeServer(UNITS));
    const { page } = browser;
    await page.click('#columns-sure summary');
    const shown = await page.inputValue('#role-1');
    expect(await page.locator('#role-1 option').count()).toBe(1);
    await page.focus('#role-1');
    expect(await page.locator('#role-1 option').count()).toBeGreaterThan(20);
    expect(await page.inputValue('#role-1')).toBe(shown);
    await page.keyboard.press('ArrowDown'); // the keyboard moves through the full list
    expect(await page.inputValue('#role-1')).not.toBe(shown);
  });

  it('sends no report while a required column is missing, and says which', async () => {
    await open(fakeServer(UNITS));
    const { page } = browser;
    await page.click('#columns-sure summary');
    await page.focus('#role-1'); // as a user reaches it: the roles are listed from then on
    await page.selectOption('#role-1', 'ignored');
    await page.waitForSelector('#mapping-issues');
    expect(await page.textContent('#mapping-issues')).toContain('Chưa có cột «Việc – Có điều kiện thi hành (Đ)»');
    await page.click('#make-report');
    await page.waitForSelector('#issues');
    expect(await page.textContent('#issues')).toContain('Chưa có cột «Việc – Có điều kiện thi hành (Đ)»');
    await screenshot(page, 'sidebar-missing-column');
    expect(fake.calls.map((c) => c.name)).toEqual(['sidebarGetState']);
  });

  it('disables the button and shows progress while the report runs', async () => {
    await open(fakeServer(UNITS));
    const { page } = browser;
    const gate = fake.hold();
    await page.click('#make-report');
    await page.waitForSelector('#make-report[aria-busy="true"]');
    expect(await page.isDisabled('#make-report')).toBe(true);
    expect(await page.textContent('#make-report')).toBe('Đang tạo báo cáo…');
    expect(await page.$('.action .progress')).not.toBeNull();
    await screenshot(page, 'sidebar-running');
    gate.release();
    await page.waitForSelector('#result');
    expect(await page.isDisabled('#make-report')).toBe(false);
    expect(fake.calls.filter((c) => c.name === 'sidebarMakeReport')).toHaveLength(1);
  });

  it('says before generating that the chosen period’s report will be replaced, and leaves saving the settings to the server', async () => {
    await open(fakeServer(UNITS));
    const { page } = browser;
    // The stand-in document has the add-on's report of 12 months 2019; the table says 2020.
    expect(await page.$('#replaces-report')).toBeNull();
    await page.fill('#year', '2019');
    await page.press('#year', 'Tab');
    await page.waitForSelector('#replaces-report');
    expect(await page.textContent('#replaces-report')).toContain('«Báo cáo 12 tháng năm 2019»');
    await page.fill('#year', '2020');
    await page.press('#year', 'Tab');
    await page.waitForSelector('#replaces-report', { state: 'detached' });
    await page.click('#make-report');
    await page.waitForSelector('#result');
    // The server saved the settings with the report, under its lock: the sidebar does not save them again.
    expect(fake.calls.map((c) => c.name)).not.toContain('sidebarSaveSettings');
    // Now the period has a report: the line says so.
    await page.waitForSelector('#replaces-report');
  });

  it('warns while the chosen period disagrees with the one the table’s title states, and not once they agree', async () => {
    await open(fakeServer(UNITS));
    const { page } = browser;
    // The stand-in table's title says 12 tháng năm 2020.
    expect(await page.$('#period-disagrees')).toBeNull();
    await page.fill('#year', '2019');
    await page.press('#year', 'Tab');
    await page.waitForSelector('#period-disagrees');
    const text = await page.textContent('#period-disagrees');
    expect(text).toMatch(/^Kỳ báo cáo đã chọn \(12 tháng năm 2019\) khác kỳ ghi ở tiêu đề «.+» \(12 tháng năm 2020\): số liệu của bảng là của kỳ ghi ở tiêu đề; hãy kiểm tra lại năm và tháng\.$/);
    await page.fill('#year', '2020');
    await page.press('#year', 'Tab');
    await page.waitForSelector('#period-disagrees', { state: 'detached' });
    await page.selectOption('#month', '6');
    await page.waitForSelector('#period-disagrees');
    expect(await page.textContent('#period-disagrees')).toContain('Kỳ báo cáo đã chọn (6 tháng năm 2020)');
  });

  it('shows a thrown server error in plain Vietnamese and writes no result', async () => {
    await open(
      fakeServer(UNITS, {
        sidebarMakeReport: () => {
          throw new Error('Exceeded maximum execution time');
        },
      }),
    );
    const { page } = browser;
    await page.click('#make-report');
    await page.waitForSelector('#error');
    expect(await page.textContent('#error')).toBe('Hết thời gian chạy cho phép (6 phút). Hãy thử lại, hoặc chọn một vùng nhỏ hơn.');
    expect(await page.$('#result')).toBeNull();
  });

  it('shows a refusal from the server (a comparison table with other units) as it is said', async () => {
    const message = 'Trang «Cùng kỳ 2019» có đơn vị khác với trang số liệu: «Chi cục THADS huyện Kim Bảng» không có ở kỳ này. Chưa ghi gì.';
    await open(fakeServer(UNITS, { sidebarMakeReport: () => ({ ok: false, message }) }));
    const { page } = browser;
    await page.selectOption('#compare', 'Cùng kỳ 2019');
    await page.click('#make-report');
    await page.waitForSelector('#error');
    expect(await page.textContent('#error')).toBe(message);
    await screenshot(page, 'sidebar-comparison-refused');
  });

  it('shows the whole’s change against last year beside its rates, worded as the report words it', async () => {
    await open(
      fakeServer(UNITS, {
        sidebarMakeReport: () => ({
          ok: true,
          sheetName: 'Báo cáo 12 tháng năm 2020',
          message: 'Đã ghi báo cáo.',
          summary: { units: 2, ranked: 2, missingTargets: [], withheld: 0, rateViec: 0.8346, rateTien: 0.4142, rateChangeViec: 0.0441, rateChangeTien: -0.012, errors: 0, warnings: 0 },
          findings: [],
        }),
      }),
    );
    const { page } = browser;
    await page.click('#make-report');
    await page.waitForSelector('#result');
    const card = (await page.textContent('#result')) ?? '';
    expect(card).toContain('83,46% (tăng 4,41% so với cùng kỳ)');
    expect(card).toContain('41,42% (giảm 1,20% so với cùng kỳ)');
  });

  it('offers the «Đối chiếu đơn vị» sheet after a report with units unmatched to last year, and sends the report’s settings', async () => {
    const unmatched = { severity: 'warning', rule: 'comparison-units', message: 'So sánh cùng kỳ: 1 đơn vị năm nay không có trong bảng so sánh …' };
    await open(
      fakeServer(UNITS, {
        sidebarMakeReport: () => ({
          ok: true,
          sheetName: 'Báo cáo 12 tháng năm 2020',
          message: 'Đã ghi báo cáo.',
          summary: { units: 2, ranked: 2, missingTargets: [], withheld: 0, rateViec: 0.8, rateTien: 0.4, errors: 0, warnings: 1 },
          findings: [unmatched],
        }),
      }),
    );
    const { page } = browser;
    expect(await page.$('#create-unit-mapping')).toBeNull();
    await page.selectOption('#compare', 'Cùng kỳ 2019');
    await page.click('#make-report');
    await page.waitForSelector('#create-unit-mapping');
    await page.click('#create-unit-mapping');
    await page.waitForSelector('#unit-mapping-notice');
    expect(await page.textContent('#unit-mapping-notice')).toBe('Đã tạo trang «Đối chiếu đơn vị».');
    const sent = fake.calls.find((c) => c.name === 'sidebarCreateUnitMappingSheet')!.arg as { settings: { comparison: { sheet: string } } };
    expect(sent.settings.comparison.sheet).toBe('Cùng kỳ 2019');
  });

  it('shows a failure to create the «Đối chiếu đơn vị» sheet as an error, never as done', async () => {
    const unmatched = { severity: 'warning', rule: 'comparison-units', message: 'So sánh cùng kỳ: 1 đơn vị năm nay không có trong bảng so sánh …' };
    const failure = 'Đang có người khác ghi vào bảng tính: hãy thử lại sau ít phút.';
    await open(
      fakeServer(UNITS, {
        sidebarMakeReport: () => ({
          ok: true,
          sheetName: 'Báo cáo 12 tháng năm 2020',
          message: 'Đã ghi báo cáo.',
          summary: { units: 2, ranked: 2, missingTargets: [], withheld: 0, rateViec: 0.8, rateTien: 0.4, errors: 0, warnings: 1 },
          findings: [unmatched],
        }),
        sidebarCreateUnitMappingSheet: () => ({ ok: false, message: failure }),
      }),
    );
    const { page } = browser;
    await page.selectOption('#compare', 'Cùng kỳ 2019');
    await page.click('#make-report');
    await page.waitForSelector('#create-unit-mapping');
    await page.click('#create-unit-mapping');
    await page.waitForSelector('#unit-mapping-notice');
    expect(await page.textContent('#unit-mapping-notice')).toBe(failure);
    expect(await page.getAttribute('#unit-mapping-notice', 'class')).toContain('error');
  });

  it('offers it too when the report was refused for a last year of no unit of the same name', async () => {
    const message = 'Bảng so sánh không có đơn vị nào trùng tên với bảng số liệu (ví dụ “Phòng THADS khu vực 1”): hãy chọn bảng cùng kỳ năm trước của cùng các đơn vị, hoặc ghi đơn vị hai năm tương ứng vào trang “Đối chiếu đơn vị”.';
    await open(fakeServer(UNITS, { sidebarMakeReport: () => ({ ok: false, message }) }));
    const { page } = browser;
    await page.selectOption('#compare', 'Cùng kỳ 2019');
    await page.click('#make-report');
    await page.waitForSelector('#error');
    expect(await page.$('#create-unit-mapping')).not.toBeNull();
  });

  it('starts on the year’s national targets when the domain knows them (2020: 80% / 38%), no value-like placeholder', async () => {
    await open(fakeServer(UNITS));
    const { page } = browser;
    expect(await page.isChecked('#targets-national')).toBe(true);
    expect(await page.textContent('label[for="targets-national"]')).toBe('Chỉ tiêu toàn ngành năm 2020 (mặc định): việc 80,00%, tiền 38,00%');
    await page.check('#targets-uniform');
    expect(await page.getAttribute('#target-viec', 'placeholder')).toBeNull();
    expect(await page.getAttribute('#target-tien', 'placeholder')).toBeNull();
    await page.check('#targets-national');
    await page.fill('#year', '2021');
    await page.press('#year', 'Tab');
    // Chosen by the user, so it stays chosen: the report button says why it cannot be used.
    await page.click('#make-report');
    await page.waitForSelector('#issues');
    expect(await page.textContent('#issues')).toContain('Chưa có chỉ tiêu toàn ngành của năm 2021');
  });

  it('asks "có phải 80%?" for a target typed 0,8 and clears the problem as soon as the field is fixed', async () => {
    await open(fakeServer(UNITS));
    const { page } = browser;
    await page.check('#targets-uniform');
    await page.fill('#target-viec', '0,8');
    await page.click('#make-report');
    await page.waitForSelector('#issues');
    expect(await page.textContent('#issues')).toContain('"0,8" — có phải 80%?');
    await page.fill('#target-viec', '80');
    await page.waitForSelector('#issues', { state: 'detached' });
    expect(await page.inputValue('#target-viec')).toBe('80');
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.id)).toBe('target-viec');
  });

  it('is usable by keyboard alone: Tab reaches the report button and Enter starts it', async () => {
    await open(fakeServer(UNITS));
    const { page } = browser;
    await page.focus('#rank-by');
    // From the ranking key: the folded "more options" heading, then the report button.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.textContent)).toBe('Tùy chọn khác');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.id)).toBe('make-report');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#result');
    expect(fake.calls.some((c) => c.name === 'sidebarMakeReport')).toBe(true);
  });
});
