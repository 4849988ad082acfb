import { describe, expect, it } from 'vitest';
import { columnDefinition, NO_TARGET } from '../../../src/core/report/columnDefinitions';
import { reportColumnKeys, reportColumns } from '../../../src/core/report/columns';
import { summaryColumnKeys, summaryTable } from '../../../src/core/report/summaryTable';
import type { UnitIndicators } from '../../../src/core/indicators/types';
import type { MoneyShown } from '../../../src/core/numbers/moneyUnit';
import { unit } from '../../server/fixtures';

/** A unit with every figure: domain §5's district (Đ 4.029, X 3.420, target 80%), ranked 5th of 15. */
const full = unit('Chi cục THADS huyện A', {
  viec: {
    totalAccepted: 5000,
    mustEnforce: 4800,
    enforceable: 4029,
    completed: 3420,
    rate: 3420 / 4029,
    target: 0.8,
    gap: 3420 / 4029 - 0.8,
    progressGap: 0.1,
    backlog: 1380,
    enforceableBacklog: 609,
    shareEnforceable: 4029 / 4800,
  },
  tien: { enforceable: 310.1e9, completed: 180.7e9, rate: 180.7 / 310.1, target: 0.38, gap: 180.7 / 310.1 - 0.38, progressGap: -0.05, backlog: 200e9, enforceableBacklog: 129.4e9 },
  officers: 10,
  workloadTotal: 500,
  targetsMet: 2,
  targetsSet: 2,
  rank: 5,
  rankOf: 15,
});
const noTarget = unit('Chi cục THADS huyện B', { viec: { enforceable: 100, completed: 90, rate: 0.9 } });

const every = { period: { year: 2020, month: 6 }, previous: true, officers: true, grades: true };
const shared = summaryColumnKeys(true).filter((k) => reportColumnKeys(every).includes(k));

const NGHIN: MoneyShown = { unit: 'nghin', assumed: false };

/** The cell of column `key` for `u`, in THADS_SUMMARY and in the report, money in `money`. */
function cells(u: UnitIndicators, key: string, money: MoneyShown = NGHIN) {
  const summary = summaryTable([u], { money, proRata: true });
  const report = reportColumns({ ...every, money });
  const s = summary[1]![summaryColumnKeys(true).indexOf(key)];
  const r = report.find((c) => c.key === key)!.unit(u, 0);
  return { s, r };
}

describe('one list of column definitions for THADS_SUMMARY and the report', () => {
  it('shares the columns both show: unit, rates, targets, gaps, counts, amounts, targets met, rank, workload', () => {
    expect(shared).toEqual(expect.arrayContaining(['label', 'viec.rate', 'tien.rate', 'viec.gap', 'tien.enforceable', 'targetsMet', 'rank', 'workloadTotal']));
  });

  it('shows the same figure in both wherever a unit has it, money in the source’s unit on both sides', () => {
    for (const unit of ['dong', 'nghin', 'trieu'] as const) {
      for (const key of shared.filter((k) => k !== 'rank')) {
        const { s, r } = cells(full, key, { unit, assumed: false });
        expect(s, key).not.toBe('');
        expect(s, key).toBe(r);
      }
    }
  });

  it('shows the report’s money in the source’s unit, headed with it: 310,1 tỷ đồng is 310.100.000 nghìn đồng', () => {
    const column = (key: string, money: MoneyShown) => reportColumns({ ...every, money }).find((c) => c.key === key)!;
    expect(column('tien.enforceable', NGHIN).header).toBe('Có điều kiện (nghìn đồng)');
    expect(column('tien.enforceable', NGHIN).unit(full, 0)).toBe(310_100_000);
    expect(column('tien.enforceable', NGHIN).format).toBe('#,##0');
    expect(column('tien.enforceable', { unit: 'dong', assumed: false }).unit(full, 0)).toBe(310_100_000_000);
    expect(column('tien.enforceable', { unit: 'dong', assumed: false }).header).toBe('Có điều kiện (đồng)');
    // Triệu and tỷ đồng keep the decimals the sheet typed.
    expect(column('tien.backlog', { unit: 'ty', assumed: false }).unit(full, 0)).toBe(200);
    expect(column('tien.backlog', { unit: 'ty', assumed: false }).format).toBe('#,##0.00');
    expect(column('tien.completedChange', { unit: 'ty', assumed: false }).header).toBe('Giải quyết xong so với cùng kỳ (tỷ đồng)');
    expect(column('tien.enforceable', { unit: 'nghin', assumed: true }).header).toBe('Có điều kiện (nghìn đồng, giả định)');
  });

  it('converts the year-over-year change of money to the source’s unit', () => {
    const withChange = unit('Chi cục THADS huyện C', { tien: { completedChange: -125.5e9 } });
    const r = reportColumns({ ...every, money: NGHIN }).find((c) => c.key === 'tien.completedChange')!;
    expect(r.unit(withChange, 0)).toBe(-125_500_000);
  });

  it('heads backlog reduction as the share it is and colours it by sign, as the gaps', () => {
    const r = reportColumns({ ...every, money: NGHIN }).find((c) => c.key === 'viec.backlogReduction')!;
    expect(r.header).toBe('Giảm án tồn (%)');
    expect(r.format).toBe('0.00%');
    expect(r.colour).toEqual({ kind: 'gap' });
  });

  it('gives the rank as a number in THADS_SUMMARY and as "5/15" in the report', () => {
    expect(cells(full, 'rank')).toEqual({ s: 5, r: '5/15' });
    expect(cells(noTarget, 'rank')).toEqual({ s: '', r: 'không xếp hạng' });
  });

  it('leaves a missing target blank in THADS_SUMMARY and says "chưa có chỉ tiêu" in the report', () => {
    for (const key of ['viec.target', 'viec.gap', 'viec.progressGap', 'targetsMet']) {
      expect(cells(noTarget, key), key).toEqual({ s: '', r: NO_TARGET });
    }
  });

  it('keeps THADS_SUMMARY’s money in the sheet’s unit: 310,1 tỷ đồng is 310.100.000 nghìn đồng', () => {
    const rows = summaryTable([full], { money: NGHIN, proRata: false });
    const at = (header: string) => rows[1]![rows[0]!.indexOf(header)];
    expect(at('Có điều kiện (tiền, nghìn đồng)')).toBe(310_100_000);
    expect(at('Có điều kiện (việc)')).toBe(4029);
    const assumed = summaryTable([full], { money: { unit: 'nghin', assumed: true }, proRata: false });
    expect(assumed[0]).toContain('Có điều kiện (tiền, nghìn đồng, giả định)');
  });

  it('defines every column either output lists, for that output', () => {
    for (const key of summaryColumnKeys(true)) expect(columnDefinition(key).summary, key).toBeDefined();
    for (const key of reportColumnKeys(every)) expect(columnDefinition(key).report, key).toBeDefined();
    expect(() => columnDefinition('viec.nothing')).toThrow('viec.nothing');
  });
});
