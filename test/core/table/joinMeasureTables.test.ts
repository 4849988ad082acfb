import { describe, expect, it } from 'vitest';
import { holdsOnly, joinMeasureTables } from '../../../src/core/table/joinMeasureTables';
import { TIEN_GRID, VIEC_GRID, read } from './measureSheets';

const sheets = { viec: 'Việc', tien: 'Tiền' };

describe('joinMeasureTables', () => {
  it('reads a việc sheet and a tiền sheet as one table, amounts in đồng from the tiền sheet’s unit', () => {
    const j = joinMeasureTables(read(VIEC_GRID), read(TIEN_GRID), sheets);
    if (!j.ok) throw new Error(j.message);
    expect(j.table.units.map((u) => [u.label, u.viec.completed, u.tien.completed])).toEqual([
      ['Chi cục THADS huyện A', 80, 400_000],
      ['Chi cục THADS huyện B', 40, 500_000],
      ['Cộng', 120, 900_000],
    ]);
    expect(j.table.moneyUnit).toBe('nghin');
    expect(j.table.moneyUnitSource).toBe('header');
    expect(j.findings).toEqual([]);
    expect(j.table.warnings[0]).toContain('Số liệu tiền: trang “Tiền”');
  });

  it('names a unit on one side only, and its sheet', () => {
    const tien = TIEN_GRID.filter((r) => r[0] !== 'Chi cục THADS huyện A');
    const j = joinMeasureTables(read(VIEC_GRID), read(tien), sheets);
    if (!j.ok) throw new Error(j.message);
    expect(j.findings.map((f) => f.message)).toEqual(['“Chi cục THADS huyện A” có ở trang “Việc” nhưng không có ở trang “Tiền”: thiếu số liệu tiền của dòng này.']);
  });

  it('refuses a pair that is not việc-only then tiền-only, naming the sheets', () => {
    const j = joinMeasureTables(read(TIEN_GRID), read(VIEC_GRID), sheets);
    expect(j.ok).toBe(false);
    expect(!j.ok && j.message).toContain('Trang “Việc”');
  });

  it('holdsOnly tells a việc-only table from a tiền-only one', () => {
    expect(holdsOnly(read(VIEC_GRID), 'viec')).toBe(true);
    expect(holdsOnly(read(TIEN_GRID), 'viec')).toBe(false);
    expect(holdsOnly(read(TIEN_GRID), 'tien')).toBe(true);
  });
});
