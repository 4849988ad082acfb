import { describe, expect, it } from 'vitest';
import { closedChanges, movedRanks } from '../../../src/core/close/closedChanges';
import { defaultIndicatorOptions } from '../../../src/core/indicators/defaultOptions';
import type { UnitRecord } from '../../../src/core/types';

const unit = (label: string, enforceable: number, completed: number): UnitRecord => ({ label, row: 0, kind: 'unit', ranked: true, viec: { enforceable, completed }, tien: {} });
const options = defaultIndicatorOptions({ year: 2020, month: 12 });
const base = { targets: () => ({}), options, closedAt: 'x', closedBy: '' };

describe('closedChanges', () => {
  it('lists a changed figure with both values and the ranks it moves', () => {
    const closed = [unit('A', 100, 90), unit('B', 100, 80)];
    const current = [unit('A', 100, 90), unit('B', 100, 95)];
    const c = closedChanges({ ...base, closed, current });
    expect(c.changes).toEqual([{ kind: 'changed', unit: 'B', measure: 'viec', key: 'completed', closed: 80, current: 95, difference: 15 }]);
    expect(c.ranks).toEqual([
      { unit: 'A', closed: 1, now: 2 },
      { unit: 'B', closed: 2, now: 1 },
    ]);
  });

  it('is empty when nothing changed', () => {
    const closed = [unit('A', 100, 90)];
    expect(closedChanges({ ...base, closed, current: [unit('A', 100, 90)] })).toMatchObject({ changes: [], ranks: [] });
  });
  it('movedRanks ranks two readings alike and names only the rows whose rank moved', () => {
    const closed = [unit('A / CHV 1', 10, 9), unit('A / CHV 2', 10, 5), unit('B / CHV 1', 10, 7)];
    const current = [unit('A / CHV 1', 10, 4), unit('A / CHV 2', 10, 5), unit('B / CHV 1', 10, 7)];
    expect(movedRanks(closed, current, () => ({}), options)).toEqual([
      { unit: 'A / CHV 1', closed: 1, now: 3 },
      { unit: 'A / CHV 2', closed: 3, now: 2 },
      { unit: 'B / CHV 1', closed: 2, now: 1 },
    ]);
  });
});

describe('closedChanges with grading', () => {
  const rules = [
    { grade: 'A', name: 'Xuất sắc', minPoints: 180, targets: 'all' as const },
    { grade: 'B', name: 'Khá', minPoints: 160, targets: 'none' as const },
  ];
  it('lists the grades the edit moves only when the report grades', () => {
    const closed = [unit('A', 100, 90), unit('B', 100, 85)];
    const current = [unit('A', 100, 90), unit('B', 100, 70)];
    const targets = () => ({ viec: 0.8 });
    expect(closedChanges({ ...base, targets, closed, current, grading: { rules, pointsOf: () => 185 } }).grades).toEqual([{ unit: 'B', closed: 'A', now: 'B' }]);
    expect(closedChanges({ ...base, targets, closed, current }).grades).toBeUndefined();
  });
});

describe('closedChanges ranks as the report ranks', () => {
  const money = (label: string, enforceable: number, completed: number): UnitRecord => ({ label, row: 0, kind: 'unit', ranked: true, viec: {}, tien: { enforceable, completed } });
  it('a money-only table is ranked by tiền on both sides, so its moved ranks are named', () => {
    const closed = [money('A', 1000, 900), money('B', 1000, 800)];
    const current = [money('A', 1000, 700), money('B', 1000, 800)];
    expect(closedChanges({ ...base, closed, current }).ranks).toEqual([
      { unit: 'A', closed: 1, now: 2 },
      { unit: 'B', closed: 2, now: 1 },
    ]);
  });

  it('ranking by points compares no rank (the close keeps no points) and says so', () => {
    const closed = [unit('A', 100, 90), unit('B', 100, 80)];
    const current = [unit('A', 100, 70), unit('B', 100, 80)];
    const byScore = { ...options, rankBy: { kind: 'score' as const } };
    const c = closedChanges({ ...base, options: byScore, closed, current });
    expect(c.ranks).toEqual([]);
    expect(c.ranksProblem).toMatch(/không so sánh được thứ hạng/);
  });
});
