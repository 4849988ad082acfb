import type { RowProfile } from './rowProfile';
import { isDataRow } from './rowProfile';

/** A header block and the rows of figures under it (one table, or one of two stacked tables). */
export interface TableBlock {
  /** Non-empty rows between the previous block and this header (titles, "VỀ TIỀN", "Đơn vị tính"). */
  titleRows: number[];
  /** -1 when no header was found above the figures. */
  headerStart: number;
  headerEnd: number;
  numberRow?: number;
  firstDataRow: number;
  lastDataRow: number;
}

/** At most four header rows (domain §7: one to four, with merged parents). */
const MAX_HEADER_ROWS = 4;

/**
 * Tìm các khối bảng: splits the rows into tables. A table is its header block (up to four text rows,
 * optionally followed by the column-number row) and the rows of figures under it; blank and
 * sub-heading rows inside it are kept in its span. A second header (a row naming two quantities or
 * more) after figures starts another table — two stacked tables, e.g. việc above tiền.
 *
 * @example findTableBlocks(grid.map(rowProfile)).length // 1 for one table, 2 for việc above tiền
 */
export function findTableBlocks(profiles: readonly RowProfile[]): TableBlock[] {
  const blocks: TableBlock[] = [];
  let current: TableBlock | null = null;
  let floor = -1;
  for (let r = 0; r < profiles.length; r++) {
    const p = profiles[r] as RowProfile;
    if (isDataRow(p)) {
      if (current) current.lastDataRow = r;
      else current = headerAbove(profiles, r, floor);
    } else if (current && p.concepts >= 2 && p.numeric === 0 && !p.numberRow) {
      blocks.push(current);
      floor = current.lastDataRow;
      current = null;
    }
  }
  if (current) blocks.push(current);
  return blocks;
}

function headerAbove(profiles: readonly RowProfile[], firstDataRow: number, floor: number): TableBlock {
  let i = firstDataRow - 1;
  let numberRow: number | undefined;
  if (i > floor && profiles[i]?.numberRow) {
    numberRow = i;
    i--;
  }
  const headerEnd = i;
  while (i > floor && headerEnd - i < MAX_HEADER_ROWS) {
    const p = profiles[i] as RowProfile;
    if (p.nonEmpty === 0 || p.title || p.numberRow || p.text === 0 || isDataRow(p)) break;
    i--;
  }
  const headerStart = i + 1 <= headerEnd ? i + 1 : -1;
  const titleRows: number[] = [];
  for (let t = floor + 1; t < (headerStart >= 0 ? headerStart : firstDataRow); t++) {
    if ((profiles[t]?.nonEmpty ?? 0) > 0 && t !== numberRow) titleRows.push(t);
  }
  const block: TableBlock = {
    titleRows,
    headerStart,
    headerEnd: headerStart >= 0 ? headerEnd : -1,
    firstDataRow,
    lastDataRow: firstDataRow,
  };
  if (numberRow !== undefined) block.numberRow = numberRow;
  return block;
}
