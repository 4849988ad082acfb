import { describe, expect, it } from 'vitest';
import { caseChanges } from '../../../src/core/close/caseChanges';
import { caseKey, type CaseRecord } from '../../../src/core/register/registerCases';
import { SLOT } from '../../../src/core/register/slots';

const kase = (decision: string, over: Partial<CaseRecord> = {}): CaseRecord => ({
  row: 0,
  unit: 'Chi cục A',
  decision,
  decidedOn: 20240115,
  officer: 'CHV 1',
  slot: SLOT.inProgress,
  due: 1000,
  collected: 0,
  ...over,
});

describe('caseChanges', () => {
  it('names each case that changed officer, status or amount due, from → to, by its identity', () => {
    const closed = [kase('1/QĐ'), kase('2/QĐ'), kase('3/QĐ'), kase('4/QĐ')];
    const current = [kase('1/QĐ', { officer: 'CHV 2' }), kase('2/QĐ', { slot: SLOT.fullyEnforced }), kase('3/QĐ', { due: 2000 }), kase('4/QĐ')];
    expect(caseChanges(closed, current)).toEqual([
      { identity: 'việc số QĐ 1/QĐ ngày 15/01/2024 (Chi cục A)', kind: 'changed', officer: { closed: 'CHV 1', now: 'CHV 2' } },
      { identity: 'việc số QĐ 2/QĐ ngày 15/01/2024 (Chi cục A)', kind: 'changed', status: { closed: SLOT.inProgress, now: SLOT.fullyEnforced } },
      { identity: 'việc số QĐ 3/QĐ ngày 15/01/2024 (Chi cục A)', kind: 'changed', due: { closed: 1000, now: 2000 } },
    ]);
  });

  it('tells cases apart by unit and date as well as the number: the same number elsewhere is another case', () => {
    const closed = [kase('1/QĐ'), kase('1/QĐ', { unit: 'Chi cục B', officer: 'CHV 9' }), kase('1/QĐ', { decidedOn: 20230115, officer: 'CHV 8' })];
    const current = [kase('1/QĐ', { unit: 'Chi cục B', officer: 'CHV 9' }), kase('1/QĐ', { decidedOn: 20230115, officer: 'CHV 8' }), kase('1/QĐ')];
    expect(caseChanges(closed, current)).toEqual([]);
  });

  it('a case gone from the period and one added are listed; repeated identities are left to the caller', () => {
    const closed = [kase('1/QĐ'), kase('2/QĐ'), kase('5/QĐ')];
    const current = [kase('2/QĐ'), kase('3/QĐ'), kase('5/QĐ', { officer: 'X' })];
    expect(caseChanges(closed, current, new Set([caseKey(kase('5/QĐ'))]))).toEqual([
      { identity: 'việc số QĐ 1/QĐ ngày 15/01/2024 (Chi cục A)', kind: 'gone' },
      { identity: 'việc số QĐ 3/QĐ ngày 15/01/2024 (Chi cục A)', kind: 'added' },
    ]);
  });

  it('money collected counts as a change on a case closed at the close only, not on an open one', () => {
    const closed = [kase('1/QĐ', { collected: 100 }), kase('2/QĐ', { slot: SLOT.fullyEnforced, collected: 1000 })];
    const current = [kase('1/QĐ', { collected: 400 }), kase('2/QĐ', { slot: SLOT.fullyEnforced, collected: 900 })];
    expect(caseChanges(closed, current)).toEqual([{ identity: 'việc số QĐ 2/QĐ ngày 15/01/2024 (Chi cục A)', kind: 'changed', collected: { closed: 1000, now: 900 } }]);
  });
});
