import { moneyUnitFactor } from '../numbers/moneyUnit';
import type { ColumnMapping, Grid, Measure } from '../types';
import { findTableBlocks, type TableBlock } from './findTableBlocks';
import { finish } from './finishTable';
import { headerPaths } from './headerPaths';
import { moneyUnitOf } from './moneyUnitOf';
import { unitKey } from '../text/unitKey';
import { readUnits } from './readUnits';
import { requireColumns } from './requireColumns';
import type { RowProfile } from './rowProfile';
import { explicitMappingSchema, type DetectionResult, type DetectOptions, type ExplicitMapping } from './types';

/**
 * Ánh xạ do người dùng chỉ định: the table read with the user's mapping (zod-validated) — every
 * column as given, confidence 1, nothing guessed; data starts under `headerEnd` when given, else
 * under the detected header block.
 *
 * @example fromMapping(rows, rows.map(rowProfile), { mapping: { labelColumn: 0, columns: [...] } })
 */
export function fromMapping(rows: Grid, profiles: RowProfile[], opts: DetectOptions): DetectionResult {
  const parsed = explicitMappingSchema().safeParse(opts.mapping);
  if (!parsed.success) {
    return { ok: false, message: `Cách ánh xạ cột không hợp lệ: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}.` };
  }
  const mapping: ExplicitMapping = parsed.data;
  let block: TableBlock | undefined;
  if (mapping.headerEnd !== undefined) {
    let last = rows.length - 1;
    while (last > mapping.headerEnd && (profiles[last]?.nonEmpty ?? 0) === 0) last--;
    block = { titleRows: [], headerStart: mapping.headerEnd, headerEnd: mapping.headerEnd, firstDataRow: mapping.headerEnd + 1, lastDataRow: last };
    for (let r = 0; r < mapping.headerEnd; r++) if ((profiles[r]?.nonEmpty ?? 0) > 0) block.titleRows.push(r);
  } else {
    block = findTableBlocks(profiles)[0];
  }
  if (!block || block.firstDataRow > block.lastDataRow) {
    return { ok: false, message: 'Không tìm thấy dòng số liệu nào dưới dòng tiêu đề đã chỉ định.' };
  }
  let width = 0;
  for (const r of rows) width = Math.max(width, r.length);
  const paths = block.headerStart >= 0 ? headerPaths(rows, block.headerStart, block.headerEnd, width, undefined) : [];
  const given = new Map<number, ColumnMapping['role']>();
  for (const c of mapping.columns) given.set(c.column, c.role);
  given.set(mapping.labelColumn, { kind: 'label' });
  const columns: ColumnMapping[] = [];
  for (let c = 0; c < width; c++) {
    const role = given.get(c) ?? { kind: 'ignored' as const };
    columns.push({ column: c, role, header: (paths[c] ?? []).join(' / '), confidence: 1, reasons: [given.has(c) ? 'do người dùng chỉ định' : 'không có trong ánh xạ của người dùng'] });
  }
  const measures: Measure[] = [];
  for (const m of ['viec', 'tien'] as const) {
    const has = (k: string) => columns.some((c) => c.role.kind === 'quantity' && c.role.measure === m && c.role.key === k);
    if (has('enforceable') && (has('completed') || has('fullyEnforced'))) measures.push(m);
  }
  const missing = requireColumns({ columns, measures }, opts);
  if (missing) return missing;
  const money = mapping.moneyUnit
    ? { unit: mapping.moneyUnit, source: 'setting' as const, warnings: [] }
    : moneyUnitOf(rows, [block], opts.moneyUnit);
  const notRanked = new Set([...(opts.notRanked ?? []), ...(mapping.notRanked ?? [])].map(unitKey));
  const read = readUnits({ grid: rows, firstRow: block.firstDataRow, lastRow: block.lastDataRow, columns, labelColumn: mapping.labelColumn, moneyFactor: moneyUnitFactor(money.unit), notRanked, naming: opts });
  return finish(rows, block, columns, mapping.labelColumn, money, read.units, [...money.warnings, ...read.warnings], read.sections, opts);
}
