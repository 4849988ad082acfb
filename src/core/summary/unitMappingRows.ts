import { cellText } from '../table/cellText';
import { normalizeText } from '../text/normalize';
import type { Finding, Grid } from '../types';

/** The add-on's "Đối chiếu đơn vị" sheet: its name when created, and its two columns, found by header. */
export const UNIT_MAPPING_SHEET_NAME = 'Đối chiếu đơn vị';
export const UNIT_MAPPING_HEADERS = ['Đơn vị năm trước', 'Đơn vị năm nay'] as const;

/** One filled row of the sheet: last year's unit and this year's it became (1-based sheet row). */
export interface UnitMappingRow {
  row: number;
  previous: string;
  current: string;
}

/**
 * Đọc trang «Đối chiếu đơn vị»: the user's rows mapping last year's units to this year's, the columns
 * found by their headers on row 1 wherever the user moved them. A row with both names is a mapping; a
 * row with one side blank is not filled in yet (the add-on pre-fills each unmatched name on a row of its
 * own) and is skipped. Without the two headers nothing is read, and a warning names the sheet and what
 * it lacks: the units stay unmatched, and their own finding says so.
 *
 * @example unitMappingRows([['Đơn vị năm trước', 'Đơn vị năm nay'], ['Chi cục THADS huyện A', 'Phòng THADS khu vực 1']], 'Đối chiếu đơn vị').rows
 *   // [{ row: 2, previous: 'Chi cục THADS huyện A', current: 'Phòng THADS khu vực 1' }]
 */
export function unitMappingRows(grid: Grid, sheet: string): { rows: UnitMappingRow[]; findings: Finding[] } {
  const header = (grid[0] ?? []).map((v) => normalizeText(cellText(v), { keepPunctuation: true }));
  const [cPrevious, cCurrent] = UNIT_MAPPING_HEADERS.map((h) => header.indexOf(normalizeText(h, { keepPunctuation: true })));
  if (cPrevious === undefined || cCurrent === undefined || cPrevious < 0 || cCurrent < 0) {
    const lacking = UNIT_MAPPING_HEADERS.filter((_, i) => [cPrevious, cCurrent][i]! < 0).map((h) => `“${h}”`);
    return {
      rows: [],
      findings: [
        {
          severity: 'warning',
          rule: 'unit-mapping',
          message: `Trang “${sheet}”: không thấy cột ${lacking.join(' và ')} ở dòng 1, nên không dùng trang này để đối chiếu đơn vị với năm trước.`,
        },
      ],
    };
  }
  const rows: UnitMappingRow[] = [];
  for (let r = 1; r < grid.length; r++) {
    const line = grid[r] ?? [];
    const previous = cellText(line[cPrevious]);
    const current = cellText(line[cCurrent]);
    if (previous !== '' && current !== '') rows.push({ row: r + 1, previous, current });
  }
  return { rows, findings: [] };
}
