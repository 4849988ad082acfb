import type { Workbook } from '../../runtime/index';

/** The heading of the report's section about a closed period (layoutReport). */
const HEADING = 'SO VỚI SỐ LIỆU ĐÃ CHỐT';

/**
 * The lines of the report's "SO VỚI SỐ LIỆU ĐÃ CHỐT" section as written in the sheet (the demo prints
 * them): every changed figure and moved rank, or "Số liệu kỳ đã chốt không thay đổi"; [] when the
 * period was not closed.
 */
export function closedSection(workbook: Workbook, reportSheet: string): string[] {
  const sheet = workbook.requireSheet(reportSheet);
  const lines: string[] = [];
  let inside = false;
  for (let r = 1; r <= sheet.lastRow(); r++) {
    const text = String(sheet.cell(r, 1)?.value ?? '');
    if (text === HEADING) inside = true;
    else if (inside && text === '') break;
    else if (inside) lines.push(text);
  }
  return lines;
}
