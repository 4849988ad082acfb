import { describe, expect, it } from 'vitest';
import { SNAPSHOT_AT, SNAPSHOT_FORMATS, SNAPSHOT_HEADER, SNAPSHOT_KIND, snapshotRows } from '../../../src/core/close/snapshotRows';
import type { UnitRecord } from '../../../src/core/types';

const header = { close: 3, period: { year: 2020, month: 12 }, regime: 'B' as const, sourceSheet: 'Thống kê', sourceRange: '', moneyUnit: 'nghin' as const, closedAt: '2020-10-05T01:00:00.000Z', closedBy: 'Chị Lan' };
const unit: UnitRecord = { label: 'Chi cục A', row: 5, kind: 'unit', ranked: true, viec: { enforceable: 100, completed: 90 }, tien: { enforceable: 2500000 }, officers: 4 };

describe('snapshotRows', () => {
  it('writes one row per record: close, period, source, unit, every quantity of both measures, when and by whom', () => {
    const [row] = snapshotRows(header, [unit]);
    expect(row).toHaveLength(SNAPSHOT_HEADER.length);
    expect(row!.slice(0, SNAPSHOT_AT.viec)).toEqual([3, 2020, 12, 'B', 'Thống kê', '', 'nghin', 'Chi cục A', 'unit', 'có']);
    expect(row![SNAPSHOT_HEADER.indexOf('Việc: có điều kiện thi hành')]).toBe(100);
    expect(row![SNAPSHOT_HEADER.indexOf('Tiền (đồng): có điều kiện thi hành')]).toBe(2500000);
    expect(row![SNAPSHOT_HEADER.indexOf('Việc: thi hành xong')]).toBe('');
    expect(row!.slice(SNAPSHOT_AT.officers)).toEqual([4, '2020-10-05T01:00:00.000Z', 'Chị Lan', '']);
  });

  it('adds the officers, the mapping and the packed cases as rows of their own kind, their text in "Dữ liệu"', () => {
    const officer: UnitRecord = { ...unit, label: 'Chi cục A / Nguyễn Văn B', officers: undefined };
    const rows = snapshotRows(header, [unit], { officers: [officer], mapping: '{"layout":"register"}', cases: ['THADS-VIEC 1\n{', '…}'] });
    expect(rows.map((r) => r[SNAPSHOT_AT.kind])).toEqual(['unit', SNAPSHOT_KIND.officer, SNAPSHOT_KIND.mapping, SNAPSHOT_KIND.cases, SNAPSHOT_KIND.cases]);
    expect(rows[1]![SNAPSHOT_AT.label]).toBe('Chi cục A / Nguyễn Văn B');
    expect(rows[1]![SNAPSHOT_HEADER.indexOf('Việc: có điều kiện thi hành')]).toBe(100);
    expect(rows[2]![SNAPSHOT_AT.data]).toBe('{"layout":"register"}');
    expect(rows.slice(3).map((r) => r[SNAPSHOT_AT.data])).toEqual(['THADS-VIEC 1\n{', '…}']);
    expect(rows.every((r) => r.length === SNAPSHOT_HEADER.length)).toBe(true);
  });

  it('keeps text columns as text', () => {
    expect(SNAPSHOT_FORMATS[SNAPSHOT_AT.label]).toBe('@');
    expect(SNAPSHOT_FORMATS[SNAPSHOT_AT.viec]).toBe('General');
  });
});
