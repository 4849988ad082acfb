import { asText } from '../../core/report/asText';
import type { PlanValue, SheetPlan } from '../../core/report/plan';
import { UNIT_MAPPING_HEADERS, UNIT_MAPPING_SHEET_NAME } from '../../core/summary/unitMappingRows';
import type { SheetInfo } from '../port';

/** The add-on's mark on the «Đối chiếu đơn vị» sheet. */
export const UNIT_MAPPING_OWNER = 'unit-mapping';

const HEADERS = [...UNIT_MAPPING_HEADERS, 'Ghi chú'];
const PREVIOUS_NOTE = 'Năm trước chưa ghép: ghi ở cột B tên đơn vị năm nay (nhiều đơn vị gộp vào một: mỗi đơn vị năm trước một dòng, cùng tên năm nay).';
const CURRENT_NOTE = 'Năm nay chưa ghép: ghi ở cột A tên đơn vị năm trước (hoặc ghi tên này vào cột B của các dòng năm trước rồi xóa dòng này).';

/**
 * The «Đối chiếu đơn vị» sheet as created once (trang đối chiếu đơn vị): the headers, then each of last
 * year's unmatched units on a row of its own with "Đơn vị năm nay" blank, then each of this year's with
 * "Đơn vị năm trước" blank, and a note on each row saying what to fill. Nothing is paired by the add-on
 * (a row with one side blank is not a mapping): the pairing is the user's. From then on the sheet is the
 * user's and is only read.
 *
 * @example unitMappingSheetPlan(['Chi cục THADS huyện A'], ['Phòng THADS khu vực 1']).values.slice(1).map((r) => r.slice(0, 2))
 *   // [['Chi cục THADS huyện A', ''], ['', 'Phòng THADS khu vực 1']]
 */
export function unitMappingSheetPlan(previous: readonly string[], current: readonly string[]): SheetPlan {
  const rows: PlanValue[][] = [
    ...previous.map((name) => [asText(name), '', PREVIOUS_NOTE]),
    ...current.map((name) => ['', asText(name), CURRENT_NOTE]),
  ];
  const width = HEADERS.length;
  return {
    values: [[...HEADERS], ...rows],
    numberFormats: [],
    bold: [{ row: 0, column: 0, rows: 1, columns: width }],
    backgrounds: [{ range: { row: 0, column: 0, rows: 1, columns: width }, color: '#d9e2f3' }],
    wrap: [],
    frozenRows: 1,
    columnWidths: [300, 300, 420],
    conditionalRules: [],
    charts: [],
  };
}

/**
 * The «Đối chiếu đơn vị» sheet of this spreadsheet: the one the add-on made (found by its mark, renamed
 * or not), else a user's sheet of that very name; null when there is none.
 *
 * @example unitMappingSheetOf([{ name: 'Đối chiếu đơn vị', hidden: false, owner: null }])?.name // 'Đối chiếu đơn vị'
 */
export function unitMappingSheetOf(sheets: readonly SheetInfo[]): SheetInfo | null {
  return sheets.find((s) => s.owner === UNIT_MAPPING_OWNER) ?? sheets.find((s) => s.owner === null && s.name.trim() === UNIT_MAPPING_SHEET_NAME) ?? null;
}
