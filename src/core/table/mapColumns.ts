import type { ColumnMapping, Grid, Measure, QuantityKey } from '../types';
import { chooseLabelColumn } from './chooseLabelColumn';
import { classifyColumn, type ColumnReading } from './classifyColumn';
import { headerPaths } from './headerPaths';
import { ADDITIVE_KEYS } from './readUnits';
import type { TableBlock } from './findTableBlocks';
import type { MergeRange } from './types';
import { MEASURES } from '../vocabulary/measures';
import { quantityName } from '../vocabulary/quantities';

/** The columns of one block, mapped; or why they cannot be. */
export type BlockMapping =
  | { ok: true; columns: ColumnMapping[]; labelColumn: number; warnings: string[]; measures: Measure[] }
  | { ok: false; message: string };

/**
 * Ánh xạ cột của một khối bảng: reads every column's header path, picks the unit-name column,
 * takes a lone "Thi hành xong" (no "Đình chỉ" beside it) as X with a lowered confidence, and
 * refuses two columns for one required quantity (Đ, X, X1) of one measure.
 *
 * @example mapColumns(grid, block, null).ok // true when the block has Đ and X (or X1) columns
 */
export function mapColumns(grid: Grid, block: TableBlock, blockMeasure: Measure | null, merges?: MergeRange[]): BlockMapping {
  let width = 0;
  for (let r = Math.max(0, block.headerStart); r <= block.lastDataRow; r++) width = Math.max(width, grid[r]?.length ?? 0);
  const paths = block.headerStart >= 0 ? headerPaths(grid, block.headerStart, block.headerEnd, width, merges) : [];
  const readings: ColumnReading[] = [];
  for (let c = 0; c < width; c++) readings.push(classifyColumn(paths[c] ?? [], blockMeasure));
  const labelColumn = chooseLabelColumn(grid, block.firstDataRow, block.lastDataRow, readings);
  const warnings: string[] = [];
  const columns: ColumnMapping[] = readings.map((reading, c) => ({
    column: c,
    role: reading.role,
    header: (paths[c] ?? []).join(' / '),
    confidence: reading.confidence,
    reasons: reading.reasons.slice(),
  }));
  if (labelColumn >= 0) {
    const col = columns[labelColumn] as ColumnMapping;
    col.role = { kind: 'label' };
    if ((readings[labelColumn] as ColumnReading).concept !== 'label') {
      col.confidence = Math.min(col.confidence, 0.9);
      col.reasons = [`cột có nhiều tên nhất trong các dòng số liệu${col.header ? ` (tiêu đề "${col.header}")` : ''}`];
    } else col.reasons.push('có tên đơn vị trong các dòng số liệu');
  }
  for (const col of columns) {
    if (col.column !== labelColumn && col.role.kind === 'label') {
      col.role = { kind: 'ignored' };
      col.reasons.push('không phải cột tên đơn vị đã chọn');
    }
  }
  const duplicates: string[] = [];
  const seen = new Map<string, ColumnMapping>();
  for (const col of columns) {
    if (col.role.kind !== 'quantity') continue;
    const id = `${col.role.measure}:${col.role.key}`;
    const first = seen.get(id);
    if (!first) {
      seen.set(id, col);
      continue;
    }
    if (ADDITIVE_KEYS.has(col.role.key)) {
      col.reasons.push(`cộng với cột ${first.column + 1} ("${first.header}")`);
      continue;
    }
    const what = `${quantityName(col.role.key)} về ${MEASURES[col.role.measure].vi}`;
    if (col.role.key === 'enforceable' || col.role.key === 'completed' || col.role.key === 'fullyEnforced' || col.role.key === 'terminated') {
      duplicates.push(`${what}: cột ${first.column + 1} ("${first.header}") và cột ${col.column + 1} ("${col.header}")`);
    } else {
      warnings.push(`Hai cột cùng là ${what} (cột ${first.column + 1} và cột ${col.column + 1}): dùng cột ${first.column + 1}.`);
      col.role = { kind: 'ignored' };
      col.reasons.push(`trùng với cột ${first.column + 1}`);
    }
  }
  if (duplicates.length > 0) {
    return {
      ok: false,
      message:
        `Bảng có cột trùng nghĩa nên không biết dùng cột nào: ${duplicates.join('; ')}. ` +
        'Nếu một khối là về việc và một khối là về tiền, hãy ghi "Về việc"/"Về tiền" trên tiêu đề, hoặc chỉ định cột trong thanh bên.',
    };
  }
  const measures: Measure[] = [];
  for (const m of ['viec', 'tien'] as const) {
    const has = (k: QuantityKey) => seen.has(`${m}:${k}`);
    const x1 = seen.get(`${m}:fullyEnforced`);
    const x = seen.get(`${m}:completed`);
    if (x1 && !has('terminated') && !x) {
      x1.role = { kind: 'quantity', measure: m, key: 'completed' };
      x1.confidence = Math.min(x1.confidence, 0.7);
      x1.reasons.push('không có cột "Đình chỉ" bên cạnh: coi "Thi hành xong" là giải quyết xong (X = X1 + X2) — đoán, hãy kiểm tra');
      seen.set(`${m}:completed`, x1);
      seen.delete(`${m}:fullyEnforced`);
    } else if (x && !has('terminated') && !x1) {
      x.confidence = Math.min(x.confidence, 0.9);
      x.reasons.push('không có cột "Đình chỉ" bên cạnh: coi là giải quyết xong (X) — đoán');
    }
    if (has('enforceable') && (has('completed') || has('fullyEnforced'))) measures.push(m);
  }
  return { ok: true, columns, labelColumn, warnings, measures };
}
