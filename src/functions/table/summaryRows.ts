import type { MeasureIndicators, UnitIndicators } from '../../core/indicators/types';
import { moneyUnitFactor } from '../../core/numbers/moneyUnit';
import { rankText } from '../../core/ranking/rankText';
import type { DetectedTable } from '../../core/table/types';
import type { MoneyUnit } from '../../core/types';

type Cell = string | number;

const UNIT_NAME: Record<MoneyUnit, string> = { dong: 'đồng', nghin: 'nghìn đồng', trieu: 'triệu đồng', ty: 'tỷ đồng' };

/**
 * Bảng kết quả của THADS_SUMMARY: its first row the headers ("Đơn vị", "Tỷ lệ việc", "Tỷ lệ tiền",
 * "Xếp hạng" exactly, and the others), then one row per table row in sheet order. Rates, shares and
 * gaps are fractions (format the cells as %); amounts are in the sheet's money unit; blanks where a
 * figure is missing (no tiền block → "Tỷ lệ tiền" blank); totals rows marked, not ranked.
 *
 * @example summaryRows(table, indicators, false)[0].slice(0, 3) // ['Đơn vị', 'Loại dòng', 'Tỷ lệ việc']
 */
export function summaryRows(table: DetectedTable, indicators: readonly UnitIndicators[], proRata: boolean): Cell[][] {
  const money = moneyUnitFactor(table.moneyUnit);
  const unit = UNIT_NAME[table.moneyUnit];
  const header: Cell[] = [
    'Đơn vị',
    'Loại dòng',
    'Tỷ lệ việc',
    'Tỷ lệ tiền',
    'Xếp hạng',
    'Thứ hạng',
    'Chỉ tiêu việc',
    'Vượt/thiếu việc',
    'Chỉ tiêu tiền',
    'Vượt/thiếu tiền',
  ];
  if (proRata) header.push('Vượt/thiếu tiến độ việc', 'Vượt/thiếu tiến độ tiền');
  header.push(
    'Đạt chỉ tiêu',
    'Thụ lý (việc)',
    'Phải thi hành (việc)',
    'Có điều kiện (việc)',
    'Giải quyết xong (việc)',
    'Chuyển kỳ sau (việc)',
    'Có điều kiện chuyển kỳ sau (việc)',
    'Tỷ trọng có điều kiện (việc)',
    `Có điều kiện (tiền, ${unit})`,
    `Giải quyết xong (tiền, ${unit})`,
    `Chuyển kỳ sau (tiền, ${unit})`,
    `Có điều kiện chuyển kỳ sau (tiền, ${unit})`,
    'Thụ lý mỗi chấp hành viên (việc)',
  );
  const rows: Cell[][] = [header];
  for (const u of indicators) {
    const row: Cell[] = [
      u.label,
      kindText(u),
      blank(u.viec.rate),
      blank(u.tien.rate),
      u.rank ?? '',
      rankText(u.rank, u.rankOf),
      blank(u.viec.target),
      blank(u.viec.gap),
      blank(u.tien.target),
      blank(u.tien.gap),
    ];
    if (proRata) row.push(blank(u.viec.progressGap), blank(u.tien.progressGap));
    row.push(
      u.targetsSet > 0 ? `${u.targetsMet}/${u.targetsSet}` : '',
      blank(u.viec.totalAccepted),
      blank(u.viec.mustEnforce),
      blank(u.viec.enforceable),
      blank(u.viec.completed),
      blank(u.viec.backlog),
      blank(u.viec.enforceableBacklog),
      blank(u.viec.shareEnforceable),
      amount(u.tien, 'enforceable', money),
      amount(u.tien, 'completed', money),
      amount(u.tien, 'backlog', money),
      amount(u.tien, 'enforceableBacklog', money),
      blank(u.workloadTotal),
    );
    rows.push(row);
  }
  return rows;
}

function kindText(u: UnitIndicators): string {
  if (u.kind === 'total') return 'tổng cộng';
  if (u.kind === 'subtotal') return 'cộng';
  return u.ranked ? 'đơn vị' : 'đơn vị (không xếp hạng)';
}

function blank(v: number | null): Cell {
  return v === null ? '' : v;
}

function amount(m: MeasureIndicators, key: 'enforceable' | 'completed' | 'backlog' | 'enforceableBacklog', factor: number): Cell {
  const v = m[key];
  return v === null ? '' : v / factor;
}
