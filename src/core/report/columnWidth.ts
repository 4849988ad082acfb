import { formatNumber } from '../numbers/formatNumber';
import { CELL_PADDING, textWidth } from './textRowHeight';
import type { ReportCell } from './types';

/** Room kept beyond the widest cell: Sheets' Arial and a browser's differ by a few pixels. */
const SLACK = 6;

/**
 * Độ rộng cột của bảng báo cáo: the pixels a column needs so that none of its cells is cut — the
 * widest value as its number format shows it in a vi_VN sheet (money "1.795.510.954", "+12,26%",
 * "không xếp hạng"), the totals row in bold, and the longest word of its header (which wraps) —
 * never less than `least`. Sheets cuts a number too wide for its cell (or shows ###), and a text
 * runs into the next cell only when that one is blank, so a table whose widths are set from its
 * content is the one that reads whole.
 *
 * @example columnWidth('Xếp hạng', ['3/15', 'không xếp hạng', ''], 'General', 100) // 115
 * @example columnWidth('Có điều kiện (việc)', [1211, 7302], '#,##0', 100) // 100
 */
export function columnWidth(header: string, cells: readonly ReportCell[], format: string, least: number): number {
  let widest = 0;
  for (const word of header.split(/\s+/)) widest = Math.max(widest, textWidth(word, true));
  cells.forEach((v, i) => {
    // The last cell is the totals row's, in bold.
    widest = Math.max(widest, textWidth(shownText(v, format), i === cells.length - 1));
  });
  return Math.max(least, Math.ceil(widest + 2 * CELL_PADDING + SLACK));
}

/** A cell as a number format of the report shows it (FORMAT in types.ts), near enough to measure. */
function shownText(value: ReportCell, format: string): string {
  if (typeof value === 'string') return value;
  const first = format.split(';')[0] ?? '';
  if (first === 'General') return formatNumber(value, 10, true);
  const percent = first.includes('%');
  const decimals = /\.(0+)/.exec(first)?.[1]?.length ?? 0;
  const digits = formatNumber(Math.abs(percent ? value * 100 : value), decimals);
  const sign = value < 0 ? '-' : value > 0 && first.startsWith('+') ? '+' : '';
  return `${sign}${digits}${percent ? '%' : ''}`;
}
