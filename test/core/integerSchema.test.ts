import { describe, expect, it } from 'vitest';
import { integer } from '../../src/core/integerSchema';
import { explicitMappingSchema } from '../../src/core/table/types';
import { requestSchemas } from '../../src/shared/rpc';
import { withReportDefaults } from '../../src/shared/reportSettings';

describe('integer — the whole numbers of the sidebar’s requests', () => {
  it('takes safe integers only: no fraction however close to whole, nothing past 2^53', () => {
    for (const ok of [0, -3, 2020, Number.MAX_SAFE_INTEGER]) expect(integer().safeParse(ok).success, String(ok)).toBe(true);
    for (const bad of [2.5, 1.0000000000000002, 2020.0000000000002, 5e-324, 1e21, 2 ** 53 + 2, NaN, Infinity, '5', null]) {
      expect(integer().safeParse(bad).success, String(bad)).toBe(false);
    }
  });

  it('keeps a near-whole month out of the report’s name, and a column index inside the sheet', () => {
    const settings = withReportDefaults({ source: { sheet: 'Thống kê', range: null, mapping: null }, period: { year: 2020, month: 12 } });
    expect(requestSchemas().sidebarMakeReport.safeParse(settings).success).toBe(true);
    expect(requestSchemas().sidebarMakeReport.safeParse({ ...settings, period: { year: 2020, month: 1.0000000000000002 } }).success).toBe(false);
    expect(explicitMappingSchema().safeParse({ labelColumn: 0, columns: [], headerEnd: 1e15 }).success).toBe(false);
    expect(explicitMappingSchema().safeParse({ labelColumn: 0, columns: [], headerEnd: 3 }).success).toBe(true);
  });
});
