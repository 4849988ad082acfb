/**
 * HTML injection in the sidebar, in Chromium (issue 6, item 4). The sidebar engineer's
 * test/browser/sidebar-safety.e2e.test.ts proves it for unit names, the title and the report result;
 * this file covers the other sheet text the sidebar shows: SHEET NAMES (the sheet list), column
 * HEADERS (the column mapping), and FINDINGS whose message quotes a hostile unit name. Each hostile
 * string sets a global or opens a dialog if it ever runs; the page must show it as text, run nothing,
 * and hold no element the strings describe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview } from '../../scripts/preview';
import { Workbook } from '../../runtime/index';
import { openBrowser, type Browser } from '../browser/browser';

const SHEET = '<img src=x onerror="window.__pwned=11">Thống kê';
const OTHER_SHEET = '<b onmouseover="window.__pwned=12">Ghi chú</b>';
const LABEL_HEADER = 'Đơn vị<script>window.__pwned=13</script>';
const NOTE_HEADER = '<svg onload="window.__pwned=14">Ghi chú của cán bộ';
const UNIT = '<iframe srcdoc="<script>parent.__pwned=15</script>">Chi cục THADS huyện Tây';

function hostileWorkbook(): Workbook {
  const wb = Workbook.empty();
  wb.addSheet(SHEET, [
    ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 12 THÁNG NĂM 2020'],
    ['STT', LABEL_HEADER, 'Có điều kiện thi hành', 'Thi hành xong', 'Đình chỉ', 'Chưa có điều kiện thi hành', NOTE_HEADER],
    [1, 'Chi cục THADS huyện Đông', 100, 70, 10, 20, 'đã đối chiếu'],
    // X = 120 + 10 > Đ = 100: a finding (X ≤ Đ broken) that quotes this unit's name.
    [2, UNIT, 100, 120, 10, 30, '<img src=x onerror="window.__pwned=16">'],
    [3, 'Chi cục THADS huyện Nam', 50, 40, 0, 5, ''],
    ['', 'Tổng cộng', 250, 230, 20, 55, ''],
  ]);
  wb.addSheet(OTHER_SHEET, [['Không có số liệu ở trang này.']]);
  return wb;
}

describe('sheet names, headers and findings that hold HTML and script', () => {
  let preview: Awaited<ReturnType<typeof startPreview>>;
  let browser: Browser;
  const dialogs: string[] = [];

  beforeAll(async () => {
    preview = await startPreview({ workbook: hostileWorkbook(), build: false });
    browser = await openBrowser();
    browser.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await browser.page.goto(preview.sidebarUrl);
    await browser.page.waitForSelector('#table-found', { timeout: 30_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  /** Nothing ran and no element a hostile string describes was made. */
  async function expectNothingRan(): Promise<void> {
    const { page } = browser;
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('[onerror], [onload], [onmouseover], iframe, img[src="x"], svg').count()).toBe(0);
    expect(dialogs).toEqual([]);
  }

  it('lists the sheets by their names, as text', async () => {
    const { page } = browser;
    const options = await page.locator('#sheet option').allTextContents();
    expect(options).toEqual(expect.arrayContaining([SHEET, OTHER_SHEET]));
    await expectNothingRan();
  });

  it('shows the column headers as text in the mapping', async () => {
    const { page } = browser;
    for (const d of await page.locator('details').all()) await d.evaluate((el) => (el as unknown as { open: boolean }).open = true);
    const text = (await page.textContent('body')) ?? '';
    expect(text).toContain('Đơn vị<script>');
    expect(text).toContain(NOTE_HEADER);
    await expectNothingRan();
  });

  it('shows the findings of the report, quoting the hostile unit name as text', async () => {
    const { page } = browser;
    await page.click('#make-report');
    await page.waitForSelector('#result, #error', { timeout: 45_000 });
    expect(await page.$('#error')).toBeNull();
    for (const d of await page.locator('details').all()) await d.evaluate((el) => (el as unknown as { open: boolean }).open = true);
    expect((await page.textContent('#result')) ?? '').toContain(UNIT);
    await expectNothingRan();
  });
});
