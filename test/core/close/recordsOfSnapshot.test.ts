import { describe, expect, it } from 'vitest';
import { recordsOfSnapshot, rowsOfClose, snapshotParts } from '../../../src/core/close/recordsOfSnapshot';
import { SNAPSHOT_HEADER, snapshotRows } from '../../../src/core/close/snapshotRows';
import type { UnitRecord } from '../../../src/core/types';

const at = '2020-10-05T01:00:00.000Z';
const header = (close: number, closedAt = at) => ({ close, period: { year: 2020, month: 12 }, regime: 'B' as const, sourceSheet: 'S', sourceRange: '', moneyUnit: 'dong' as const, closedAt, closedBy: '' });
const units: UnitRecord[] = [
  { label: 'Chi cục A', row: 5, kind: 'unit', ranked: true, viec: { enforceable: 100, completed: 90 }, tien: { enforceable: 2500 } },
  { label: 'Tổng cộng', row: 6, kind: 'total', ranked: false, viec: { enforceable: 100 }, tien: {} },
];

describe('rowsOfClose', () => {
  it('takes the rows of one close only, by its number and time', () => {
    const grid = [[...SNAPSHOT_HEADER], ...snapshotRows(header(1), units), ...snapshotRows(header(2), units), ...snapshotRows(header(2, 'other'), units)];
    expect(rowsOfClose(grid, 2, at)).toHaveLength(2);
    expect(rowsOfClose(grid, 3, at)).toEqual([]);
  });
});

describe('recordsOfSnapshot', () => {
  it('gives back the records as closed (blank = not read)', () => {
    const back = recordsOfSnapshot(snapshotRows(header(1), units));
    expect(back.map((u) => [u.label, u.kind, u.ranked, u.viec, u.tien])).toEqual(units.map((u) => [u.label, u.kind, u.ranked, u.viec, u.tien]));
  });
});

describe('snapshotParts', () => {
  it('splits a close into the table, the officers, the mapping and the packed cases in order', () => {
    const officer: UnitRecord = { label: 'Chi cục A / Nguyễn Văn B', row: 0, kind: 'unit', ranked: true, viec: { enforceable: 40 }, tien: {} };
    const parts = snapshotParts(snapshotRows(header(1), units, { officers: [officer], mapping: '{"m":1}', cases: ['part one', 'part two'] }));
    expect(parts.units.map((u) => u.label)).toEqual(['Chi cục A', 'Tổng cộng']);
    expect(parts.officers).toEqual([expect.objectContaining({ label: 'Chi cục A / Nguyễn Văn B', kind: 'unit', ranked: true, viec: { enforceable: 40 } })]);
    expect(parts.mapping).toBe('{"m":1}');
    expect(parts.cases).toEqual(['part one', 'part two']);
  });

  it('a close without extras has no officers, no mapping, no cases', () => {
    expect(snapshotParts(snapshotRows(header(1), units))).toMatchObject({ officers: [], mapping: null, cases: [] });
  });
});
