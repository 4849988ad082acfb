import { ThadsError } from '../../core/errors';
import { formatPercent } from '../../core/numbers/formatPercent';
import { nationalTargets } from '../../core/targets/nationalTargets';
import type { TargetsRow } from '../../core/targets/provinceTargets';
import { unitKey } from '../../core/text/unitKey';
import type { Grid, Targets, UnitRecord } from '../../core/types';
import type { TargetsChoice } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { readTargetsGrid, TARGETS_OWNER } from '../settings/targetsSheet';

/** The targets of each row, the extra units not to rank, and how to say where they came from. */
export interface TargetsSource {
  targets: (row: UnitRecord) => Targets;
  notRanked: string[];
  /** "80,00% (việc), 38,00% (tiền) cho mọi đơn vị", "trang “Chỉ tiêu”", "chưa có chỉ tiêu". */
  description: string;
  /** The "Chỉ tiêu" sheet as read, when the targets came from it (its points need no second read). */
  sheet?: { name: string; values: Grid };
  /** With the "Chỉ tiêu" sheet: its province row ("Toàn tỉnh"), the totals row's target, or null (none there). */
  whole?: { row: TargetsRow | null; sheet: string };
}

/**
 * Where each unit's targets come from (nguồn chỉ tiêu): none, the year's national targets (chỉ tiêu
 * toàn ngành, said as the default it is), one value for all units, or the add-on's "Chỉ tiêu" sheet
 * (found by its mark, read only) for the report's year.
 */
export function targetsFor(port: SheetsPort, choice: TargetsChoice, year: number): TargetsSource {
  if (choice.kind === 'none') return { targets: () => ({}), notRanked: [], description: 'chưa có chỉ tiêu' };
  if (choice.kind === 'national') {
    const national = nationalTargets(year);
    if (!national) {
      throw new ThadsError(`Chưa có chỉ tiêu toàn ngành của năm ${year} trong tài liệu: hãy nhập chỉ tiêu được giao (một mức cho mọi đơn vị hoặc trang “Chỉ tiêu”).`);
    }
    const uniform = uniformTargets(national.viec ?? null, national.tien ?? null, null);
    return { ...uniform, description: `chỉ tiêu toàn ngành (mặc định) năm ${year}: ${uniform.description}` };
  }
  if (choice.kind === 'uniform') return uniformTargets(choice.viec, choice.tien, choice.backlogReduction);
  const sheet = port.listSheets().find((s) => s.owner === TARGETS_OWNER);
  if (!sheet) {
    throw new ThadsError('Chưa có trang “Chỉ tiêu”: hãy bấm “Tạo trang Chỉ tiêu” trong bảng điều khiển, điền chỉ tiêu rồi tạo báo cáo.');
  }
  const values = port.readSheet(sheet.name)?.values ?? [];
  const read = readTargetsGrid(values, year, sheet.name);
  if (!read.whole.ok) {
    throw new ThadsError(
      `Trang “${sheet.name}” có ${read.whole.labels.length} dòng chỉ tiêu của toàn tỉnh cho năm ${year}: ${read.whole.labels.map((l) => `“${l}”`).join(', ')}. Hãy giữ một dòng (dòng tổng cộng của báo cáo lấy chỉ tiêu từ dòng đó).`,
    );
  }
  return {
    whole: { row: read.whole.row, sheet: sheet.name },
    targets: (row) => ({ ...(read.byLabel.get(unitKey(row.label)) ?? {}) }),
    notRanked: read.notRanked,
    description: `trang “${sheet.name}”, năm ${year}`,
    sheet: { name: sheet.name, values },
  };
}

/** One value for every unit, and how the report's "Chỉ tiêu:" line says it. */
function uniformTargets(viec: number | null, tien: number | null, backlogReduction: number | null): TargetsSource {
  const t: Targets = {};
  const parts: string[] = [];
  if (viec !== null) {
    t.viec = viec;
    parts.push(`${formatPercent(viec)} (việc)`);
  }
  if (tien !== null) {
    t.tien = tien;
    parts.push(`${formatPercent(tien)} (tiền)`);
  }
  if (backlogReduction !== null) {
    t.backlogReduction = backlogReduction;
    parts.push(`giảm án tồn ${formatPercent(backlogReduction)}`);
  }
  return {
    targets: () => ({ ...t }),
    notRanked: [],
    description: parts.length > 0 ? `${parts.join(', ')} cho mọi đơn vị` : 'chưa có chỉ tiêu',
  };
}
