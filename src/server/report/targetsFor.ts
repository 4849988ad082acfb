import { ThadsError } from '../../core/errors';
import { formatPercent } from '../../core/numbers/formatPercent';
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
}

/**
 * Where each unit's targets come from (nguồn chỉ tiêu): none, one value for all units, or the add-on's
 * "Chỉ tiêu" sheet (found by its mark, read only) for the report's year.
 */
export function targetsFor(port: SheetsPort, choice: TargetsChoice, year: number): TargetsSource {
  if (choice.kind === 'none') return { targets: () => ({}), notRanked: [], description: 'chưa có chỉ tiêu' };
  if (choice.kind === 'uniform') {
    const t: Targets = {};
    const parts: string[] = [];
    if (choice.viec !== null) {
      t.viec = choice.viec;
      parts.push(`${formatPercent(choice.viec)} (việc)`);
    }
    if (choice.tien !== null) {
      t.tien = choice.tien;
      parts.push(`${formatPercent(choice.tien)} (tiền)`);
    }
    if (choice.backlogReduction !== null) {
      t.backlogReduction = choice.backlogReduction;
      parts.push(`giảm án tồn ${formatPercent(choice.backlogReduction)}`);
    }
    return {
      targets: () => ({ ...t }),
      notRanked: [],
      description: parts.length > 0 ? `${parts.join(', ')} cho mọi đơn vị` : 'chưa có chỉ tiêu',
    };
  }
  const sheet = port.listSheets().find((s) => s.owner === TARGETS_OWNER);
  if (!sheet) {
    throw new ThadsError('Chưa có trang “Chỉ tiêu”: hãy bấm “Tạo trang Chỉ tiêu” trong bảng điều khiển, điền chỉ tiêu rồi tạo báo cáo.');
  }
  const values = port.readSheet(sheet.name)?.values ?? [];
  const read = readTargetsGrid(values, year, sheet.name);
  return {
    targets: (row) => ({ ...(read.byLabel.get(unitKey(row.label)) ?? {}) }),
    notRanked: read.notRanked,
    description: `trang “${sheet.name}”, năm ${year}`,
    sheet: { name: sheet.name, values },
  };
}
