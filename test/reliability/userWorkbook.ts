/**
 * A user's workbook as the add-on finds it, with everything a careless write could lose: a statistics
 * table with a merged two-row header, number formats, frozen rows, a note, styles, column widths, the
 * user's own conditional format, chart and developer metadata; a sheet of formulas with cached values,
 * dates and booleans; a user's sheet that bears the report's name; a hidden sheet.
 *
 * Figures (việc, regime B: P = Đ + K + H, X = X1 + X2 ≤ Đ), worked out by hand:
 *   A: P 5.000, Đ 4.029, X1 3.000, X2 420, K 800, H 171 → rate 3.420 / 4.029 = 84,88% (domain §5)
 *   B: P 1.000, Đ 800,   X1 500,   X2 100, K 150, H 50  → rate 600 / 800 = 75%
 *   C: P 2.000, Đ 1.500, X1 1.000, X2 200, K 400, H 100 → rate 1.200 / 1.500 = 80%
 *   Tổng cộng: P 8.000, Đ 6.329, X1 4.500, X2 720, K 1.350, H 321 → 5.220 / 6.329
 */
import { Workbook } from '../../runtime/index';
import { withReportDefaults } from '../../src/shared/reportSettings';
import type { ReportSettings } from '../../src/shared/rpc';

export const DATA_SHEET = 'Thống kê';
/** The name the report for 12 months of 2020 takes (issue 5: "Báo cáo 6 tháng năm 2019"). */
export const REPORT_NAME_2020 = 'Báo cáo 12 tháng năm 2020';

export const DEFAULT_UNITS = ['Chi cục THADS huyện A', 'Chi cục THADS huyện B', 'Chi cục THADS huyện C'];

const FIGURES = [
  [5000, 4029, 3000, 420, 800, 171],
  [1000, 800, 500, 100, 150, 50],
  [2000, 1500, 1000, 200, 400, 100],
];

/**
 * The statistics table: 3 title rows, a 2-row header (rows 4–5), the units from row 6, the totals row.
 * `units` replaces the units' names (e.g. hostile names); their figures stay those above.
 */
export function statisticsRows(units: readonly string[] = DEFAULT_UNITS): unknown[][] {
  const rows: unknown[][] = [
    ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH X'],
    ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC'],
    ['12 tháng năm 2020 (từ 01/10/2019 đến 30/09/2020)'],
    ['STT', 'Đơn vị', 'Tổng số phải thi hành', 'Có điều kiện thi hành', '', '', 'Chưa có điều kiện thi hành', 'Hoãn, tạm đình chỉ'],
    ['', '', '', 'Tổng số', 'Thi hành xong', 'Đình chỉ', '', ''],
  ];
  const totals = [0, 0, 0, 0, 0, 0];
  units.forEach((label, i) => {
    const f = FIGURES[i % FIGURES.length]!;
    f.forEach((v, k) => (totals[k]! += v));
    // A leading apostrophe stores the label as text, as a user typing it in Sheets would get.
    rows.push([i + 1, `'${label}`, ...f]);
  });
  rows.push(['', 'Tổng cộng', ...totals]);
  return rows;
}

/** Valid report settings for the table of `userWorkbook()`. */
export function reportSettings(overrides: Partial<ReportSettings> = {}): ReportSettings {
  return withReportDefaults({
    source: { sheet: DATA_SHEET, range: null, mapping: null },
    period: { year: 2020, month: 12 },
    targets: { kind: 'uniform', viec: 0.8, tien: 0.38, backlogReduction: null },
    ...overrides,
  });
}

export function userWorkbook(units: readonly string[] = DEFAULT_UNITS): Workbook {
  const wb = Workbook.empty();
  const rows = statisticsRows(units);
  const data = wb.addSheet(DATA_SHEET, rows);
  data.merges = [
    { row: 4, column: 1, numRows: 2, numColumns: 1 },
    { row: 4, column: 2, numRows: 2, numColumns: 1 },
    { row: 4, column: 3, numRows: 2, numColumns: 1 },
    { row: 4, column: 4, numRows: 1, numColumns: 3 },
    { row: 4, column: 7, numRows: 2, numColumns: 1 },
    { row: 4, column: 8, numRows: 2, numColumns: 1 },
  ];
  for (let r = 6; r <= rows.length; r++) for (let c = 3; c <= 8; c++) data.ensureCell(r, c).numberFormat = '#,##0';
  for (let c = 1; c <= 8; c++) data.ensureCell(4, c).style = { fontWeight: 'bold', background: '#d9e2f3' };
  data.ensureCell(6, 2).note = 'Số liệu đã đối chiếu với sổ thụ lý.';
  data.frozenRows = 5;
  data.columnWidths = { 2: 240 };
  data.tabColor = '#1f4e79';
  data.conditionalFormats = [{ ranges: ['E6:E8'], condition: { type: 'NUMBER_LESS_THAN', values: [500] }, format: { background: '#f4cccc' } }];
  data.charts = [{ id: 900, type: 'COLUMN', ranges: ['B6:C8'], position: { anchorRow: 12, anchorColumn: 2, offsetX: 0, offsetY: 0 }, options: { title: 'Biểu đồ của tôi' } }];
  data.developerMetadata = [{ id: 900, key: 'user.note', value: 'bản của phòng tổ chức', visibility: 'DOCUMENT' }];

  const notes = wb.addSheet('Ghi chú', [
    ['Ghi chú của người dùng', 'Ngày', 'Đã duyệt'],
    ['Tổng phải thi hành', new Date(Date.UTC(2020, 8, 30)), true],
  ]);
  const formula = notes.ensureCell(3, 1);
  formula.formula = "=SUM('Thống kê'!C6:C8)";
  formula.value = 8000;
  formula.computed = true;
  notes.ensureCell(2, 2).numberFormat = 'dd/MM/yyyy';

  wb.addSheet(REPORT_NAME_2020, [['Bản nháp báo cáo của người dùng — không được ghi đè'], ['Tỷ lệ', 0.8248]]).ensureCell(2, 2).numberFormat = '0.00%';
  const hidden = wb.addSheet('Lưu trữ', [['Số liệu cũ', 123]]);
  hidden.hidden = true;
  wb.activeIndex = 0;
  return wb;
}
