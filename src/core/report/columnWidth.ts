import { formatNumber } from '../numbers/formatNumber';
import { CELL_PADDING, textWidth } from './textRowHeight';
import type { ReportCell } from './types';

const { abs, ceil, max } = Math;
const { isFinite: finite } = Number;

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
  for (const word of header.split(/\s+/)) widest = max(widest, textWidth(word, true));
  const shown = shownFormat(format);
  // In a fixed format a number's width only grows with its magnitude (every digit is as wide, the
  // separators come with the digits), so of the numbers of each sign only the largest is formatted:
  // formatting all 700 cells of 18 columns was the largest part of laying out a 700-unit report.
  let positive = -1;
  let negative = -1;
  const last = cells.length - 1;
  cells.forEach((v, i) => {
    // The last cell is the totals row's, in bold.
    if (typeof v === 'string' || i === last || shown.general || !finite(v)) {
      widest = max(widest, textWidth(shownText(v, shown), i === last));
    } else if (v < 0) negative = max(negative, -v);
    else positive = max(positive, v);
  });
  if (positive >= 0) widest = max(widest, textWidth(shownText(positive, shown)));
  if (negative >= 0) widest = max(widest, textWidth(shownText(-negative, shown)));
  return max(least, ceil(widest + 2 * CELL_PADDING + SLACK));
}

/** What a number format shows, read once per column. */
interface ShownFormat {
  general: boolean;
  percent: boolean;
  decimals: number;
  plus: boolean;
}

function shownFormat(format: string): ShownFormat {
  const first = format.split(';')[0] ?? '';
  return {
    general: first === 'General',
    percent: first.includes('%'),
    decimals: /\.(0+)/.exec(first)?.[1]?.length ?? 0,
    plus: first.startsWith('+'),
  };
}

/**
 * A cell as a number format of the report shows it (FORMAT in types.ts), near enough to measure.
 *
 * @example shownText(-0.12345, FORMAT.points) // "-12,35%"
 */
export function shownText(value: ReportCell, format: string | ShownFormat): string {
  if (typeof value === 'string') return value;
  const f = typeof format === 'string' ? shownFormat(format) : format;
  if (f.general) return formatNumber(value, 10, true);
  const digits = formatNumber(abs(f.percent ? value * 100 : value), f.decimals);
  const sign = value < 0 ? '-' : value > 0 && f.plus ? '+' : '';
  return `${sign}${digits}${f.percent ? '%' : ''}`;
}
