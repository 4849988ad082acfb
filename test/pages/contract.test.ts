import { describe, expect, it } from 'vitest';
import { withReportDefaults } from '../../src/shared/reportSettings';
import { RPC_NAMES, requestSchemas } from '../../src/shared/rpc';

describe('the sidebar ↔ server contract', () => {
  const names = Object.values(RPC_NAMES);

  it('uses names Apps Script exposes: letters first, not ending in "_"', () => {
    for (const n of names) expect(n).toMatch(/^[A-Za-z][A-Za-z0-9_]*[A-Za-z0-9]$/);
  });

  it('has a request schema for every name', () => {
    expect(Object.keys(requestSchemas()).sort()).toEqual([...names].sort());
  });

  it('refuses a Date where a period is expected (no Date across the boundary)', () => {
    const r = requestSchemas().sidebarCreateTargetsSheet.safeParse({
      source: { sheet: 'Thống kê', range: null, mapping: null },
      year: new Date(2020, 0, 1),
      viec: null,
      tien: null,
      addMissing: false,
    });
    expect(r.success).toBe(false);
  });

  it('refuses a target above 100% and a month outside 1..12', () => {
    const base = withReportDefaults({
      source: { sheet: 'Thống kê', range: null, mapping: null },
      period: { year: 2020, month: 12 },
      targets: { kind: 'uniform', viec: 0.8, tien: 0.38, backlogReduction: null },
    });
    if (base.targets.kind !== 'uniform') throw new Error('uniform targets expected');
    expect(requestSchemas().sidebarMakeReport.safeParse(base).success).toBe(true);
    expect(requestSchemas().sidebarMakeReport.safeParse({ ...base, targets: { ...base.targets, viec: 80 } }).success).toBe(false);
    expect(requestSchemas().sidebarMakeReport.safeParse({ ...base, period: { year: 2020, month: 13 } }).success).toBe(false);
  });

  it('fills report settings with the choices published reports make, and what is given wins', () => {
    const source = { sheet: 'Thống kê', range: null, mapping: null };
    const settings = withReportDefaults({ source, period: { year: 2019, month: 6 } });
    expect(settings).toEqual({
      source,
      period: { year: 2019, month: 6 },
      regime: 'A',
      targets: { kind: 'none' },
      targetMode: 'fullYear',
      shareBase: 'mustEnforce',
      comparison: null,
      rankBy: { kind: 'viec' },
      moneyUnit: null,
      notRanked: [],
      language: 'vi',
    });
    expect(withReportDefaults({ source, period: { year: 2020, month: 12 } }).regime).toBe('B');
    expect(withReportDefaults({ source, period: { year: 2020, month: 12 }, regime: 'A', rankBy: { kind: 'tien' } })).toMatchObject({ regime: 'A', rankBy: { kind: 'tien' } });
    expect(requestSchemas().sidebarMakeReport.safeParse(settings).success).toBe(true);
  });

  it('is served: every name is registered as an RPC entry point of the bundle', async () => {
    const { entrypoints } = await import('../../src/server/entrypoints');
    const rpcs = entrypoints.filter((e) => e.kind === 'rpc').map((e) => e.name);
    for (const n of names) expect(rpcs).toContain(n);
  });
});
