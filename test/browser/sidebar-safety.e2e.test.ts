/**
 * Sheet text is data, never markup: a workbook whose unit names and title hold HTML and script is
 * shown as those characters, runs nothing, and its report is made as for any other names. Also:
 * the English switch, and a sheet with no table (a plain Vietnamese message, nothing written).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { startPreview } from '../../scripts/preview';
import { functionSignature } from '../../scripts/stubs';
import { registry } from '../../src/functions/registry';
import { Workbook } from '../../runtime/index';
import { BROWSER_TEST_TIMEOUT, openBrowser, screenshot, type Browser } from './browser';

const IMG = '<img src=x onerror="alert(1);window.__xss=1">';
const SCRIPT = '<script>alert(2);window.__xss=2</script>Chi cục THADS huyện Bắc';
const MARKUP = 'Chi cục THADS huyện "Nam" & <b>Đông</b>';
const TITLE = '<script>window.__xss=3</script>BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 12 THÁNG NĂM 2020';

function hostileWorkbook(): Workbook {
  const wb = Workbook.empty();
  wb.addSheet('Thống kê', [
    [TITLE],
    ['STT', 'Đơn vị', 'Có điều kiện thi hành', 'Thi hành xong', 'Đình chỉ', 'Chưa có điều kiện thi hành'],
    [1, IMG, 100, 70, 10, 20],
    [2, SCRIPT, 200, 150, 10, 30],
    [3, MARKUP, 50, 40, 0, 5],
    ['', 'Tổng cộng', 350, 260, 20, 55],
  ]);
  wb.addSheet('Cùng kỳ 2019', [
    ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 12 THÁNG NĂM 2019'],
    ['STT', 'Đơn vị', 'Có điều kiện thi hành', 'Thi hành xong', 'Đình chỉ', 'Chưa có điều kiện thi hành'],
    [1, 'Chi cục THADS huyện Khác Một', 90, 60, 5, 20],
    [2, 'Chi cục THADS huyện Khác Hai', 150, 100, 10, 30],
    ['', 'Tổng cộng', 240, 160, 15, 50],
  ]);
  wb.addSheet('Ghi chú', [['Ghi chú của cán bộ thống kê'], ['Không có số liệu ở trang này.']]);
  return wb;
}

describe('a workbook whose unit names hold HTML and script', { timeout: BROWSER_TEST_TIMEOUT }, () => {
  let preview: Awaited<ReturnType<typeof startPreview>>;
  let browser: Browser;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    preview = await startPreview({ workbook: hostileWorkbook(), build: false });
    browser = await openBrowser();
    browser.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    browser.page.on('pageerror', (e) => pageErrors.push(String(e)));
    await browser.page.goto(preview.sidebarUrl);
    await browser.page.waitForSelector('#table-found');
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('shows the names as text and runs nothing', async () => {
    const { page } = browser;
    await page.click('#units summary');
    const labels = await page.locator('#units li').allTextContents();
    expect(labels.slice(0, 3)).toEqual([IMG, SCRIPT, MARKUP]);
    expect(await page.locator('#units img, #units script, #units b').count()).toBe(0);
    expect(await page.textContent('#table-found')).toContain(TITLE);
    await screenshot(page, 'sidebar-hostile-names');
    expect(await page.evaluate(() => (globalThis as any).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('makes the report with the names as they are, still running nothing', async () => {
    const { page } = browser;
    await page.click('#make-report');
    await page.waitForSelector('#result, #error');
    expect(await page.$('#error')).toBeNull();
    const sheetName = (await page.textContent('#result-sheet'))!;
    const report = preview.runtime.workbook.sheet(sheetName)!;
    const texts: string[] = [];
    for (let r = 1; r <= report.lastRow(); r++) texts.push(String(report.cell(r, 1)?.value ?? ''), String(report.cell(r, 2)?.value ?? ''));
    expect(texts).toContain(IMG);
    expect(texts).toContain(SCRIPT);
    await screenshot(page, 'sidebar-hostile-report');
    expect(await page.evaluate(() => (globalThis as any).__xss)).toBeUndefined();
    expect(await page.locator('#result img, #result script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('creates the "Chỉ tiêu" sheet once, pre-filled with the units as text', async () => {
    const { page } = browser;
    await page.check('#targets-sheet');
    await page.click('#create-targets');
    await page.waitForSelector('#sec-targets .msg.ok, #error');
    expect(await page.$('#error')).toBeNull();
    const name = preview.runtime.workbook.sheetNames().find((n) => n.startsWith('Chỉ tiêu'));
    expect(name).toBeTruthy();
    const sheet = preview.runtime.workbook.sheet(name!)!;
    const cells: string[] = [];
    for (let r = 1; r <= sheet.lastRow(); r++) for (let c = 1; c <= sheet.lastColumn(); c++) cells.push(String(sheet.cell(r, c)?.value ?? ''));
    expect(cells).toContain(IMG);
    expect(cells).toContain(MARKUP);
    // Now it exists: the sidebar offers only to add missing units.
    expect(await page.$('#add-missing')).not.toBeNull();
    expect(await page.$('#create-targets')).toBeNull();
    await screenshot(page, 'sidebar-targets-sheet');
    expect(await page.evaluate(() => (globalThis as any).__xss)).toBeUndefined();
  });

  it('creates the "Xếp loại" sheet once, with the 2015 rules, and then only names it', async () => {
    const { page } = browser;
    expect(await page.textContent('#sec-targets')).toContain('Xếp loại thi đua (không bắt buộc)');
    await page.click('#create-grades');
    await page.waitForSelector('#sec-targets .msg.ok, #error');
    expect(await page.$('#error')).toBeNull();
    const sheet = preview.runtime.workbook.sheet('Xếp loại')!;
    expect(sheet.cell(2, 1)?.value).toBe('A');
    expect(sheet.cell(2, 2)?.value).toBe(180);
    expect(await page.$('#create-grades')).toBeNull();
    expect(await page.textContent('#sec-targets')).toContain('Xếp loại thi đua theo trang «Xếp loại»');
  });

  it('refuses a comparison sheet with other units, in Vietnamese, and writes nothing', async () => {
    const { page } = browser;
    const before = preview.runtime.workbook.sheetNames();
    await page.check('#targets-none');
    await page.selectOption('#compare', 'Cùng kỳ 2019');
    await page.click('#make-report');
    await page.waitForSelector('#error');
    const message = (await page.textContent('#error'))!;
    expect(message).toMatch(/[ăâđêôơư]/i);
    expect(message.toLowerCase()).toContain('so sánh');
    expect(await page.$('#result')).toBeNull();
    expect(preview.runtime.workbook.sheetNames()).toEqual(before);
    await screenshot(page, 'sidebar-comparison-other-units');
    await page.selectOption('#compare', '');
  });

  it('switches to English and back; the report stays Vietnamese', async () => {
    const { page } = browser;
    await page.click('#lang');
    expect(await page.textContent('h1')).toBe('Civil judgment enforcement report');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('#make-report')).toBe('Make report');
    expect(await page.textContent('#sec-period-h')).toBe('3. Period');
    await screenshot(page, 'sidebar-english');
    await page.click('#lang');
    expect(await page.textContent('h1')).toBe('Báo cáo thi hành án dân sự');
    expect(await page.textContent('#make-report')).toBe('Tạo báo cáo');
  });

  it('counts in English with plurals, and remembers the language for the user across a reopen', async () => {
    const { page } = browser;
    const remembered = () => page.waitForResponse((r) => r.url().endsWith('/rpc') && (r.request().postData() ?? '').includes('sidebarSetLanguage'));
    await Promise.all([remembered(), page.click('#lang')]);
    expect(await page.textContent('#table-found p')).toMatch(/^3 units, 1 totals row · Rows \d+–\d+$/);
    expect(await page.textContent('#month option[value="1"]')).toBe('1 month');
    expect(await page.textContent('#month option[value="12"]')).toBe('12 months');
    await page.reload();
    await page.waitForSelector('#make-report');
    expect(await page.textContent('#make-report')).toBe('Make report');
    await Promise.all([remembered(), page.click('#lang')]);
    await page.reload();
    await page.waitForSelector('#make-report');
    expect(await page.textContent('#make-report')).toBe('Tạo báo cáo');
  });

  it('has a help and about panel: the version, where data goes, how to enable the functions, every function', async () => {
    const { page } = browser;
    await page.click('#help summary');
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
    expect(await page.textContent('#help-version')).toBe(`Báo cáo thi hành án dân sự — phiên bản ${version}`);
    expect(await page.textContent('#help-data')).toMatch(/^Không đi đâu cả\./);
    expect(await page.textContent('#help-enable')).toContain('Tiện ích → Quản lý tiện ích → THADS → Dùng trong tài liệu này');
    const items = await page.$$eval('#help-functions li code:first-child', (els) => els.map((e) => e.textContent));
    expect(items).toEqual(registry.map(functionSignature));
    await screenshot(page, 'sidebar-help');
  });

  it('says in Vietnamese that a sheet holds no table, and writes nothing', async () => {
    const { page } = browser;
    const before = preview.runtime.workbook.sheetNames();
    await page.selectOption('#sheet', 'Ghi chú');
    await page.waitForSelector('#sec-table .msg.error');
    const message = (await page.textContent('#sec-table .msg.error'))!;
    expect(message.length).toBeGreaterThan(10);
    expect(message).toMatch(/[ăâđêôơư]/i);
    // The server's words are Vietnamese in either language of the sidebar, and marked so.
    expect(await page.getAttribute('#sec-table .msg.error', 'lang')).toBe('vi');
    expect(await page.$('#no-columns')).not.toBeNull();
    await page.click('#make-report');
    await page.waitForSelector('#issues');
    expect(await page.textContent('#issues')).toContain('Chưa có bảng số liệu');
    expect(preview.runtime.workbook.sheetNames()).toEqual(before);
    await screenshot(page, 'sidebar-no-table');
  });
});
