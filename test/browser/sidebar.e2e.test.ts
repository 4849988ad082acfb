/**
 * The sidebar end to end: the BUILT sidebar in Chromium, its google.script.run calls answered by
 * the BUILT add-on in the local Apps Script runtime, over the example workbook (domain §5: the
 * province 2020 figures, 83,46% việc and 41,42% tiền against targets of 80% and 38%).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview } from '../../scripts/preview';
import { BROWSER_TEST_TIMEOUT, openBrowser, screenshot, type Browser } from './browser';

type Preview = Awaited<ReturnType<typeof startPreview>>;

describe('the sidebar over the example workbook', { timeout: BROWSER_TEST_TIMEOUT }, () => {
  let preview: Preview;
  let browser: Browser;
  const posted: Array<{ name: string; args: unknown[] }> = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    preview = await startPreview({ build: false });
    browser = await openBrowser();
    browser.page.on('pageerror', (e) => pageErrors.push(String(e)));
    browser.page.on('request', (r) => {
      if (r.url().endsWith('/rpc')) posted.push(JSON.parse(r.postData() ?? '{}'));
    });
    await browser.page.goto(preview.sidebarUrl);
    await browser.page.waitForSelector('#table-found');
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('shows the table found on the active sheet: 16 units and the Toàn tỉnh totals row, money in nghìn đồng', async () => {
    const { page } = browser;
    const found = await page.textContent('#table-found');
    expect(found).toContain('16 đơn vị');
    expect(found).toContain('1 dòng tổng');
    expect(found).toContain('nghìn đồng');
    await page.click('#units summary');
    const labels = await page.locator('#units li').allTextContents();
    expect(labels[0]).toBe('Chi cục THADS thành phố Nam Sơn');
    expect(labels.some((l) => l.startsWith('Toàn tỉnh'))).toBe(true);
    await screenshot(page, 'sidebar-example-opened');
  });

  it('shows each column’s role: I is Đ (việc), J is X1 thi hành xong, P is Hoãn', async () => {
    const { page } = browser;
    expect(await page.inputValue('#role-8')).toBe('quantity:viec:enforceable');
    expect(await page.inputValue('#role-9')).toBe('quantity:viec:fullyEnforced');
    expect(await page.inputValue('#role-1')).toBe('label');
    expect(await page.textContent('label[for="role-9"]')).toContain('Cột J');
  });

  it('reads the period from the title and defaults the regime from the year', async () => {
    const { page } = browser;
    expect(await page.inputValue('#year')).toBe('2020');
    expect(await page.inputValue('#month')).toBe('12');
    expect(await page.isChecked('#regime-B')).toBe(true);
  });

  it('takes a corrected column, marks it "đã sửa" and sends it as an explicit mapping', async () => {
    const { page } = browser;
    await page.click('#columns-sure summary');
    posted.length = 0;
    await page.focus('#role-12'); // as a user reaches it: the roles are listed from then on
    await page.selectOption('#role-12', 'ignored');
    await page.waitForSelector('li[data-column="12"] .badge.edited');
    const detect = posted.find((p) => p.name === 'sidebarDetect');
    const mapping = (detect?.args[0] as any)?.source?.mapping;
    expect(mapping).toBeTruthy();
    expect(mapping.labelColumn).toBe(1);
    expect(mapping.columns.some((c: any) => c.column === 12)).toBe(false);
    expect(mapping.columns).toContainEqual({ column: 8, role: { kind: 'quantity', measure: 'viec', key: 'enforceable' } });
    await screenshot(page, 'sidebar-example-column-changed');
  });

  it('shows which units are kept out of the ranking, and lets the user tick another one', async () => {
    const { page } = browser;
    const box = (label: string) => page.locator('#units li.unit', { hasText: label }).locator('input');
    // The example's own line of the provincial office is not ranked (reports rank the 15 districts).
    expect(await box('Văn phòng Cục THADS tỉnh').isChecked()).toBe(true);
    expect(await box('Chi cục THADS huyện Đức Linh').isChecked()).toBe(false);
    posted.length = 0;
    await box('Chi cục THADS huyện Đức Linh').check();
    await page.waitForFunction(() => {
      const li = Array.from((globalThis as any).document.querySelectorAll('#units li.unit')).find((x: any) => x.textContent === 'Chi cục THADS huyện Đức Linh') as any;
      return li && li.querySelector('input').checked && !li.querySelector('input').disabled;
    });
    const detect = posted.find((p) => p.name === 'sidebarDetect');
    expect((detect?.args[0] as any).notRanked).toEqual(['Chi cục THADS huyện Đức Linh']);
    await box('Chi cục THADS huyện Đức Linh').uncheck();
    await page.waitForFunction(() => {
      const li = Array.from((globalThis as any).document.querySelectorAll('#units li.unit')).find((x: any) => x.textContent === 'Chi cục THADS huyện Đức Linh') as any;
      return li && !li.querySelector('input').checked && !li.querySelector('input').disabled;
    });
  });

  it('makes the report: the report sheet is in the workbook with the required headers, and the rates are those published', async () => {
    const { page } = browser;
    await page.check('#targets-uniform');
    await page.fill('#target-viec', '80');
    await page.fill('#target-tien', '38');
    await page.selectOption('#compare', 'Cùng kỳ 2019');
    await page.click('#make-report');
    await page.waitForSelector('#result, #error');
    const error = await page.$('#error');
    expect(error ? await error.textContent() : null).toBeNull();
    const name = await page.textContent('#result-sheet');
    expect(name).toBe('Báo cáo 12 tháng năm 2020');
    const result = await page.textContent('#result');
    expect(result).toContain('83,46%');
    expect(result).toContain('41,42%');
    // 15 district units ranked; the provincial office's line is not.
    expect(await page.textContent('#result dl')).toContain('Được xếp hạng15');
    await screenshot(page, 'sidebar-example-report-made');

    const sheet = preview.runtime.workbook.sheet('Báo cáo 12 tháng năm 2020');
    expect(sheet).toBeTruthy();
    const rows: string[][] = [];
    for (let r = 1; r <= sheet!.lastRow(); r++) {
      rows.push(Array.from({ length: sheet!.lastColumn() }, (_, c) => String(sheet!.cell(r, c + 1)?.value ?? '')));
    }
    const header = rows.find((row) => row.includes('Đơn vị'));
    expect(header).toBeTruthy();
    for (const h of ['Đơn vị', 'Tỷ lệ việc', 'Tỷ lệ tiền', 'Xếp hạng']) expect(header).toContain(h);
    // The 15 district units of the example, each in the "Đơn vị" column (the report may name them again below).
    const unitColumn = header!.indexOf('Đơn vị');
    const units = new Set(rows.map((row) => row[unitColumn] ?? '').filter((v) => v.startsWith('Chi cục THADS')));
    expect(units.size).toBe(15);
    expect(pageErrors).toEqual([]);
  });
});
