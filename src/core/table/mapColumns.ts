import type { ColumnMapping, Grid, Measure, QuantityKey } from '../types';
import { chooseLabelColumn } from './chooseLabelColumn';
import { classifyColumn, type ColumnReading } from './classifyColumn';
import { headerPaths } from './headerPaths';
import { holdsFigures } from './holdsFigures';
import { looksLikeTermination } from './looksLikeTermination';
import { ADDITIVE_KEYS } from './readUnits';
import type { TableBlock } from './findTableBlocks';
import type { MergeRange } from './types';
import { MEASURES } from '../vocabulary/measures';
import { quantityName } from '../vocabulary/quantities';
import { capitalized, columnName, type CellNaming } from '../text/columnName';

/** The columns of one block, mapped; or why they cannot be. */
export type BlockMapping =
  | {
      ok: true;
      columns: ColumnMapping[];
      labelColumn: number;
      warnings: string[];
      measures: Measure[];
      /** "Hoãn" columns under the "Có điều kiện" parent: a part of Đ under regime B (see placePostponed). */
      postponedInsideD: number[];
    }
  | { ok: false; message: string };

/**
 * Ánh xạ cột của một khối bảng: reads every column's header path, picks the unit-name column,
 * takes a lone "Thi hành xong" (no "Đình chỉ" beside it) as X with a lowered confidence, and
 * refuses two columns for one required quantity (Đ, X, X1) of one measure. Columns are named in its
 * messages and reasons as `naming` says (the sheet's letters, or positions in a function's range).
 *
 * @example mapColumns(grid, block, null).ok // true when the block has Đ and X (or X1) columns
 */
export function mapColumns(grid: Grid, block: TableBlock, blockMeasure: Measure | null, merges?: MergeRange[], naming: CellNaming = {}): BlockMapping {
  const name = (c: number) => columnName(c, naming);
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
  // A column the reader cannot place is shown as such when it holds figures: never quietly "Bỏ qua".
  for (const col of columns) {
    if (col.column === labelColumn || !(readings[col.column] as ColumnReading).unplaced) continue;
    if (!holdsFigures(grid, col.column, block.firstDataRow, block.lastDataRow)) continue;
    col.confidence = 0.5;
    col.reasons.push('cột có số liệu nhưng không biết là chỉ tiêu nào: bỏ qua — nếu là chỉ tiêu, hãy chọn vai trò cho cột');
    warnings.push(`${capitalized(name(col.column))}${col.header ? ` ("${col.header}")` : ''} có số liệu nhưng không nhận ra tiêu đề: không dùng để tính. Nếu là một chỉ tiêu, hãy chọn vai trò cho cột trong thanh bên.`);
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
      col.reasons.push(`cộng với ${name(first.column)} ("${first.header}")`);
      continue;
    }
    const what = `${quantityName(col.role.key)} về ${MEASURES[col.role.measure].vi}`;
    if (col.role.key === 'enforceable' || col.role.key === 'completed' || col.role.key === 'fullyEnforced' || col.role.key === 'terminated') {
      duplicates.push(`${what}: ${name(first.column)} ("${first.header}") và ${name(col.column)} ("${col.header}")`);
    } else {
      warnings.push(`Hai cột cùng là ${what} (${name(first.column)} và ${name(col.column)}): dùng ${name(first.column)}.`);
      col.role = { kind: 'ignored' };
      col.reasons.push(`trùng với ${name(first.column)}`);
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
    const xWithoutX2 = seen.get(`${m}:completed`);
    if (xWithoutX2 && !has('terminated')) {
      for (const col of columns) {
        if (!(readings[col.column] as ColumnReading).unplaced || col.column === labelColumn || !looksLikeTermination(col.header)) continue;
        warnings.push(
          `${capitalized(name(xWithoutX2.column))} ("${xWithoutX2.header}") được lấy làm giải quyết xong (X) về ${MEASURES[m].vi} mà không có đình chỉ (X2), ` +
          `trong khi ${name(col.column)} ("${col.header}") có thể là đình chỉ: nếu đúng, hãy chọn vai trò "đình chỉ (X2)" cho cột đó, vì X = X1 + X2.`,
        );
      }
    }
    separateRegister(readings, seen, m, name);
  }
  // A rate whose header names no measure ("Tỷ lệ (%)") is the rate of the one measure the block has.
  if (measures.length === 1) {
    const only = measures[0] as Measure;
    for (const col of columns) {
      if (col.role.kind !== 'typedRate' || col.role.measure === only || (readings[col.column] as ColumnReading).measureNamed) continue;
      col.role = { kind: 'typedRate', measure: only };
      col.reasons.push(`tỷ lệ về ${MEASURES[only].vi}: bảng chỉ có số liệu về ${MEASURES[only].vi}`);
    }
  }
  const postponedInsideD = readings.flatMap((r, c) => (r.underEnforceable && (columns[c] as ColumnMapping).role.kind === 'quantity' ? [c] : []));
  return { ok: true, columns, labelColumn, warnings, measures, postponedInsideD };
}

/**
 * Án theo dõi riêng (F) beside số cũ (C), domain §3: a C header that says what it deducted ("trừ số đã
 * chuyển sổ theo dõi riêng") is net, and the F column beside it is then only shown, not used (T = C + M);
 * a plain C with an F column is gross: F is read, and T = C − F + M. A quantity set that holds F
 * therefore always holds a gross C.
 */
function separateRegister(readings: readonly ColumnReading[], seen: Map<string, ColumnMapping>, m: Measure, name: (c: number) => string): void {
  const c = seen.get(`${m}:carriedOver`);
  const f = seen.get(`${m}:separateRegister`);
  if (!c || !f) return;
  if (readings[c.column]?.net) {
    f.role = { kind: 'ignored' };
    f.reasons.push(`${name(c.column)} ("${c.header}") đã trừ số này: số cũ là số sau khi trừ, T = C + M; cột này không dùng để tính`);
    seen.delete(`${m}:separateRegister`);
  } else {
    c.reasons.push(`có cột án theo dõi riêng (${name(f.column)}): số cũ chưa trừ số này, T = C − F + M`);
  }
}
