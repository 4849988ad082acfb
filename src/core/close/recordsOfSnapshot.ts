import { QUANTITIES } from '../vocabulary/quantities';
import type { Grid, QuantitySet, RowKind, UnitRecord } from '../types';
import { SNAPSHOT_AT, SNAPSHOT_KIND } from './snapshotRows';

/**
 * The rows of one close in the snapshot sheet as read back (các dòng của lần chốt n), in their order:
 * those whose first cell is the close's number and whose time is the close's (rows a cut-off close left
 * under the same number, before its list was written, are not its). Cells are given as the sheet gives them (numbers,
 * text, '' for blank), so that their fingerprint can be compared with the one recorded at the close.
 *
 * @example rowsOfClose(grid, 2, '2020-10-05T01:00:00.000Z') // the rows whose "Lần chốt" is 2 and "Chốt lúc" that time
 */
export function rowsOfClose(grid: Grid, close: number, closedAt: string): unknown[][] {
  return grid
    .filter((row) => row[SNAPSHOT_AT.close] === close && String(row[SNAPSHOT_AT.closedAt] ?? '') === closedAt)
    .map((row) => row.map((v) => v ?? ''));
}

/**
 * A close's rows turned back into the table's rows (UnitRecord, money in đồng) as they were when closed:
 * what the comparison with the current reading takes. A blank figure is one that was not read.
 *
 * @example recordsOfSnapshot(rowsOfClose(grid, 1))[0].viec.enforceable // 100
 */
export function recordsOfSnapshot(rows: readonly (readonly unknown[])[]): UnitRecord[] {
  return snapshotParts(rows).units;
}

/**
 * A close's rows by what they are: the table's rows (units and totals), the officers' rows, the
 * mapping's text and the packed cases' cells in order ([] when the close kept none).
 *
 * @example snapshotParts(rowsOfClose(grid, 1)).officers[0].label // 'Chi cục A / Nguyễn Văn B'
 */
export function snapshotParts(rows: readonly (readonly unknown[])[]): { units: UnitRecord[]; officers: UnitRecord[]; mapping: string | null; cases: string[] } {
  const units: UnitRecord[] = [];
  const officers: UnitRecord[] = [];
  const cases: string[] = [];
  let mapping: string | null = null;
  rows.forEach((row, i) => {
    const kind = String(row[SNAPSHOT_AT.kind]);
    const data = String(row[SNAPSHOT_AT.data] ?? '');
    if (kind === SNAPSHOT_KIND.cases) cases.push(data);
    else if (kind === SNAPSHOT_KIND.mapping) mapping = data;
    else if (kind === SNAPSHOT_KIND.officer) officers.push({ ...recordOf(row, i), kind: 'unit' });
    else units.push(recordOf(row, i));
  });
  return { units, officers, mapping, cases };
}

function recordOf(row: readonly unknown[], i: number): UnitRecord {
  const set = (from: number): QuantitySet => {
    const out: QuantitySet = {};
    QUANTITIES.forEach((q, k) => {
      const v = row[from + k];
      if (typeof v === 'number' && Number.isFinite(v)) out[q.key] = v;
    });
    return out;
  };
  const officers = row[SNAPSHOT_AT.officers];
  const record: UnitRecord = {
    label: String(row[SNAPSHOT_AT.label] ?? ''),
    row: i,
    kind: String(row[SNAPSHOT_AT.kind]) as RowKind,
    ranked: row[SNAPSHOT_AT.ranked] === 'có',
    viec: set(SNAPSHOT_AT.viec),
    tien: set(SNAPSHOT_AT.tien),
  };
  if (typeof officers === 'number') record.officers = officers;
  return record;
}
