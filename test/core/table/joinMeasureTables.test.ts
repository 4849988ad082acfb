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

  // Tester, issue 13 case 1: "Tổng cộng" over the việc units and "Toàn tỉnh" over the tiền units.
  it('joins the totals rows whatever each sheet calls them, and says nothing of them', () => {
    const tien = TIEN_GRID.map((r) => (r[0] === 'Cộng' ? ['Toàn tỉnh', ...r.slice(1)] : r));
    const j = joinMeasureTables(read(VIEC_GRID), read(tien), sheets);
    if (!j.ok) throw new Error(j.message);
    expect(j.table.units.map((u) => [u.label, u.kind, u.viec.completed, u.tien.completed])).toEqual([
      ['Chi cục THADS huyện A', 'unit', 80, 400_000],
      ['Chi cục THADS huyện B', 'unit', 40, 500_000],
      ['Cộng', 'total', 120, 900_000],
    ]);
    expect(j.findings).toEqual([]);
  });

  it('withholds the missing measure of a unit on one sheet only, naming both sheets (the totals then say they lack it)', () => {
    const tien = [...TIEN_GRID.slice(0, -1), ['Chi cục THADS huyện C', 500, 100], ['Cộng', 3500, 1000]];
    const j = joinMeasureTables(read(VIEC_GRID), read(tien), sheets);
    if (!j.ok) throw new Error(j.message);
    const c = j.table.units.find((u) => u.label === 'Chi cục THADS huyện C')!;
    expect(c.tien.completed).toBe(100_000);
    expect(c.problems).toEqual([expect.objectContaining({ kind: 'missing', measure: 'viec', reason: 'không có ở trang “Việc” (chỉ có ở trang “Tiền”)' })]);
    expect(j.table.units.find((u) => u.label === 'Chi cục THADS huyện A')!.problems).toBeUndefined();
    expect(j.findings.map((f) => f.message)).toEqual(['“Chi cục THADS huyện C” có ở trang “Tiền” nhưng không có ở trang “Việc”: thiếu số liệu việc của dòng này.']);
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

describe('joinMeasureTables — the money unit’s warnings', () => {
  it('keeps the tiền sheet’s assumed-unit warning as the reader words it, so the report can say it once', async () => {
    const { moneyShown } = await import('../../../src/core/table/moneyShown');
    const noUnit = TIEN_GRID.filter((r) => !String(r[0]).startsWith('Đơn vị tính'));
    const j = joinMeasureTables(read(VIEC_GRID), read(noUnit), sheets);
    if (!j.ok) throw new Error(j.message);
    const money = moneyShown(j.table).warnings;
    expect(money.length).toBeGreaterThan(0);
    for (const w of money) expect(j.table.warnings).toContain(w);
    expect(j.table.warnings.filter((w) => w.startsWith('Trang “Tiền”') && money.some((m) => w.endsWith(m)))).toEqual([]);
  });
});
