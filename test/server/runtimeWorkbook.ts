/** A workbook of n units in a one-row-header table, and the settings that map it explicitly. */
import { Workbook } from '../../runtime/index';
import { withReportDefaults } from '../../src/shared/reportSettings';
import type { ReportSettings } from '../../src/shared/rpc';

export const DATA_SHEET = 'Số liệu';

export const HEADER = ['Đơn vị', 'Có điều kiện (việc)', 'Thi hành xong (việc)', 'Có điều kiện (tiền)', 'Thi hành xong (tiền)'];

/** Unit i has Đ = 100 + i việc and X = 80 việc; tiền Đ = 1.000.000 × (i + 1), X = half of it. */
export function unitsWorkbook(n: number, label: (i: number) => string = (i) => `Chi cục THADS huyện ${i + 1}`): Workbook {
  const rows: unknown[][] = [HEADER];
  for (let i = 0; i < n; i++) rows.push([label(i), 100 + i, 80, 1_000_000 * (i + 1), 500_000 * (i + 1)]);
  const wb = Workbook.empty();
  wb.addSheet(DATA_SHEET, rows);
  return wb;
}

export function settingsFor(overrides: Partial<ReportSettings> = {}): ReportSettings {
  return withReportDefaults({
    source: {
      sheet: DATA_SHEET,
      range: null,
      mapping: {
        headerEnd: 0,
        labelColumn: 0,
        moneyUnit: 'dong',
        columns: [
          { column: 0, role: { kind: 'label' } },
          { column: 1, role: { kind: 'quantity', measure: 'viec', key: 'enforceable' } },
          { column: 2, role: { kind: 'quantity', measure: 'viec', key: 'fullyEnforced' } },
          { column: 3, role: { kind: 'quantity', measure: 'tien', key: 'enforceable' } },
          { column: 4, role: { kind: 'quantity', measure: 'tien', key: 'fullyEnforced' } },
        ],
      },
    },
    period: { year: 2020, month: 12 },
    targets: { kind: 'uniform', viec: 0.8, tien: 0.38, backlogReduction: null },
    moneyUnit: 'dong',
    ...overrides,
  });
}
