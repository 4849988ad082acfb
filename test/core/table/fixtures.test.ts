/**
 * Detection against the ground truth of the fixture workbooks (test/fixtures/*.expected.json,
 * written from the published figures of the domain reference by another engineer): every header
 * block, column role, unit row, totals row, money unit, register aggregate and expected finding.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectTable } from '../../../src/core/read/detectTable';
import type { DetectedTable } from '../../../src/core/table/types';
import type { Measure, QuantitySet, UnitRecord } from '../../../src/core/types';
import { validateTable } from '../../../src/core/validation/validateTable';
import type { ExpectedTable, FixtureExpectation, RegisterAggregate } from '../../fixtures/expected';
import { FIXTURES, readFixture, type FixtureSheet } from './readFixture';

const fixtures: FixtureExpectation[] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(resolve(FIXTURES, f), 'utf8')) as FixtureExpectation);

function detect(sheet: FixtureSheet, exp: FixtureExpectation): DetectedTable {
  const r = detectTable(sheet.grid, { merges: sheet.merges, ...(exp.period ? { period: exp.period } : {}) });
  if (!r.ok) throw new Error(r.message);
  return r.table;
}

function measureOf(role: { kind: string; measure?: Measure }): Measure | undefined {
  return role.kind === 'quantity' || role.kind === 'typedRate' ? role.measure : undefined;
}

/** Only the quantities the fixture lists (the sheet's own columns). */
function pick(q: QuantitySet, keys: QuantitySet | undefined): QuantitySet {
  const out: QuantitySet = {};
  for (const k of Object.keys(keys ?? {}) as (keyof QuantitySet)[]) if (q[k] !== undefined) out[k] = q[k];
  return out;
}

describe('fixture workbooks', () => {
  it('are there (at least eight)', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
  });

  for (const exp of fixtures.filter((f) => f.layout === 'aggregated')) {
    describe(exp.file, () => {
      const bySheet = new Map<string, ExpectedTable[]>();
      for (const t of exp.tables ?? []) bySheet.set(t.sheet, [...(bySheet.get(t.sheet) ?? []), t]);

      for (const [sheetName, tables] of bySheet) {
        it(`${sheetName}: header block, label column and money unit`, async () => {
          const table = detect((await readFixture(exp.file)).get(sheetName) as FixtureSheet, exp);
          const first = tables[0] as ExpectedTable;
          expect(table.headerStart).toBe(first.headerStart);
          expect(table.headerEnd).toBe(first.headerEnd);
          expect(table.numberRow).toBe(first.numberRow);
          expect(table.firstDataRow).toBe(first.firstDataRow);
          expect(table.lastDataRow).toBe((tables[tables.length - 1] as ExpectedTable).lastDataRow);
          expect(table.labelColumn).toBe(first.labelColumn);
          const money = tables.find((t) => t.moneyUnit !== null)?.moneyUnit;
          if (money) expect(table.moneyUnit).toBe(money);
        });

        it(`${sheetName}: every column's role and header path`, async () => {
          const table = detect((await readFixture(exp.file)).get(sheetName) as FixtureSheet, exp);
          for (const t of tables) {
            for (const c of t.columns) {
              if (c.role.kind === 'ignored' && tables.length > 1) continue;
              const m = measureOf(c.role);
              const mine = table.columns.find((x) => x.column === c.column && (m === undefined || measureOf(x.role) === m));
              expect({ column: c.column, role: mine?.role, header: mine?.header }).toEqual({ column: c.column, role: c.role, header: c.header });
            }
          }
        });

        it(`${sheetName}: unit, totals and subtotal rows with their figures`, async () => {
          const table = detect((await readFixture(exp.file)).get(sheetName) as FixtureSheet, exp);
          for (const t of tables) {
            const measure = t.measures.length === 1 ? t.measures[0] : undefined;
            for (const row of t.rows) {
              // Stacked tables are joined by label: the tiền figures sit on the việc table's row.
              const mine = measure === 'tien' && tables.length > 1 ? table.units.find((u) => u.label === row.label) : table.units.find((u) => u.row === row.row);
              expect(mine, `dòng ${row.row + 1} (${row.label})`).toBeDefined();
              const u = mine as UnitRecord;
              expect([u.label, u.kind, u.ranked]).toEqual([row.label, row.kind, row.ranked]);
              if (row.viec) expect(pick(u.viec, row.viec)).toEqual(row.viec);
              if (row.tien) expect(pick(u.tien, row.tien)).toEqual(row.tien);
              if (row.officers !== undefined) expect(u.officers).toBe(row.officers);
              for (const [m, rate] of Object.entries(row.typedRate ?? {})) expect(u.typedRate?.[m as Measure]).toBeCloseTo(rate as number, 10);
            }
            for (const r of t.skippedRows) expect(table.units.some((u) => u.row === r)).toBe(false);
            expect(table.units.filter((u) => u.kind === 'total').length).toBeGreaterThanOrEqual(t.totalRows.length > 0 ? 1 : 0);
          }
        });
      }

      it('validation reports exactly the expected findings', async () => {
        const sheets = await readFixture(exp.file);
        const found: { rule: string; row: number; sheet: string; measure?: Measure; expected?: number; actual?: number; column?: number }[] = [];
        for (const sheetName of bySheet.keys()) {
          const table = detect(sheets.get(sheetName) as FixtureSheet, exp);
          for (const f of validateTable(table.units, { regime: exp.regime ?? 'B', moneyUnit: table.moneyUnit, sections: table.sections ?? [], columns: table.columns })) {
            found.push({ rule: f.rule, row: f.row as number, sheet: sheetName, measure: f.measure, expected: f.expected, actual: f.actual, column: f.column });
            expect(f.message).toMatch(/^Dòng \d+ \(/);
          }
        }
        const expected = (exp.findings ?? []).map((f) => ({ rule: f.rule, row: f.row, sheet: f.sheet, measure: f.measure, expected: f.expected, actual: f.actual }));
        const key = (f: { rule: string; row: number; sheet: string; measure?: string }) => `${f.sheet}|${f.row}|${f.rule}|${f.measure}`;
        expect(found.map(key).sort()).toEqual(expected.map(key).sort());
        for (const e of expected) {
          const f = found.find((x) => key(x) === key(e));
          expect(f?.expected).toBeCloseTo(e.expected, 6);
          expect(f?.actual).toBeCloseTo(e.actual, 6);
          const column = (exp.findings ?? []).find((x) => key(x) === key(e))?.column;
          if (column !== undefined) expect(f?.column).toBe(column);
        }
      });
    });
  }

  it('two sheets stacked as ={Việc!A1:Q17;Tiền!A1:Q17} read as one table of việc and tiền', async () => {
    const exp = fixtures.find((f) => f.file === 'two-sheets-dong.xlsx') as FixtureExpectation;
    const sheets = await readFixture(exp.file);
    const viec = (sheets.get('Việc') as FixtureSheet).grid;
    const tien = (sheets.get('Tiền') as FixtureSheet).grid;
    const r = detectTable([...viec, ...tien]);
    if (!r.ok) throw new Error(r.message);
    expect(r.table.moneyUnit).toBe('dong');
    const [tv, tt] = exp.tables as [ExpectedTable, ExpectedTable];
    for (const row of tv.rows) {
      const twin = tt.rows.find((x) => x.label === row.label);
      const u = r.table.units.find((x) => x.label === row.label) as UnitRecord;
      expect(pick(u.viec, row.viec)).toEqual(row.viec);
      expect(pick(u.tien, twin?.tien)).toEqual(twin?.tien);
    }
  });

  for (const exp of fixtures.filter((f) => f.layout === 'register')) {
    describe(exp.file, () => {
      const reg = exp.register as NonNullable<FixtureExpectation['register']>;
      const compare = (u: UnitRecord | undefined, e: RegisterAggregate) => {
        expect(u, e.label).toBeDefined();
        expect(pick((u as UnitRecord).viec, e.viec)).toEqual(e.viec);
        expect(pick((u as UnitRecord).tien, e.tien)).toEqual(e.tien);
      };

      it('aggregates the cases per unit, with the whole register as the totals row', async () => {
        const sheet = (await readFixture(exp.file)).get(reg.sheet) as FixtureSheet;
        const table = detect(sheet, exp);
        expect(table.layout).toBe('register');
        expect([table.headerStart, table.firstDataRow, table.lastDataRow, table.moneyUnit]).toEqual([reg.headerRow, reg.firstDataRow, reg.lastDataRow, reg.moneyUnit]);
        expect(table.register?.cases).toBe(reg.cases);
        expect(table.register?.columns).toEqual(reg.columns);
        reg.byUnit.forEach((e, i) => {
          compare(table.units[i], e);
          expect(table.units[i]?.label).toBe(e.label);
          expect(table.register?.collectedOnOpen[i]).toBe(e.collectedOnOpen);
        });
        compare(table.units.find((u) => u.kind === 'total'), reg.total);
      });

      it('aggregates per officer, officers told apart by unit', async () => {
        const sheet = (await readFixture(exp.file)).get(reg.sheet) as FixtureSheet;
        const r = detectTable(sheet.grid, { registerGroupBy: 'officer', ...(exp.period ? { period: exp.period } : {}) });
        if (!r.ok) throw new Error(r.message);
        const t = r.table;
        expect(t.units.filter((u) => u.kind === 'unit')).toHaveLength(reg.byOfficer.length);
        for (const e of reg.byOfficer) {
          const i = t.units.findIndex((u, k) => u.label === e.label && t.register?.unitOf[k] === e.unit);
          compare(t.units[i], e);
          expect(t.register?.collectedOnOpen[i]).toBe(e.collectedOnOpen);
        }
      });

      it('counts partial collections on open cases in X tiền only under the setting', async () => {
        const sheet = (await readFixture(exp.file)).get(reg.sheet) as FixtureSheet;
        const r = detectTable(sheet.grid, { countPartialCollections: true, ...(exp.period ? { period: exp.period } : {}) });
        if (!r.ok) throw new Error(r.message);
        const total = r.table.units.find((u) => u.kind === 'total');
        expect(total?.tien.completed).toBe((reg.total.tien.completed as number) + reg.total.collectedOnOpen);
      });
    });
  }

  for (const exp of fixtures.filter((f) => f.layout === 'bad')) {
    describe(exp.file, () => {
      for (const bad of exp.bad ?? []) {
        it(`${bad.sheet}: refused (${bad.problem}) with a Vietnamese message`, async () => {
          const sheet = (await readFixture(exp.file)).get(bad.sheet) as FixtureSheet;
          const r = detectTable(sheet.grid, { merges: sheet.merges });
          expect(r.ok).toBe(false);
          if (r.ok) return;
          for (const word of bad.mustMention) expect(r.message.toLowerCase()).toContain(word.toLowerCase());
          for (const h of bad.candidateHeaderRows ?? []) expect(r.message).toContain(`dòng ${h + 1}–`);
        });
      }
    });
  }
});
