/** Unit tabs as a Cục gathers them: a title naming the Chi cục, per-officer rows and a "Cộng" row. */
import { periodFromTitle } from '../../../src/core/period/periodFromTitle';
import { detectTable } from '../../../src/core/read/detectTable';
import type { UnitTab } from '../../../src/core/consolidate/groupUnitTabs';
import type { Grid } from '../../../src/core/types';

export const HEADER = ['Chấp hành viên', 'Có điều kiện thi hành (việc)', 'Giải quyết xong (việc)', 'Có điều kiện thi hành (tiền)', 'Giải quyết xong (tiền)'];

/** A unit's tab; officers are [Đ việc, X việc, Đ tiền, X tiền]; `total` overrides the "Cộng" row. */
export function unitGrid(agency: string | null, officers: number[][], opts: { year?: number; money?: string; total?: number[] } = {}): Grid {
  const sum = officers.reduce((a, r) => a.map((v, i) => v + r[i]!), [0, 0, 0, 0]);
  return [
    ...(agency ? [[agency]] : []),
    [`BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 12 THÁNG NĂM ${opts.year ?? 2020}`],
    [`Đơn vị tính: ${opts.money ?? 'nghìn đồng'}`],
    HEADER,
    ...officers.map((r, i) => [`Chấp hành viên ${i + 1}`, ...r]),
    ['Cộng', ...(opts.total ?? sum)],
  ];
}

export function unitTab(sheet: string, grid: Grid): UnitTab {
  const r = detectTable(grid);
  const table = r.ok ? r.table : { message: r.message };
  const period = r.ok ? r.table.titleRows.map(periodFromTitle).find((p) => p !== null) ?? null : null;
  return { sheet, table, period };
}
