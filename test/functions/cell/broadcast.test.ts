/** Property: for the cell-by-cell functions, a call on ranges equals the calls on each cell. */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { call } from './helpers';

function single(name: string, ...args: unknown[]): unknown {
  try {
    return call(name, ...args);
  } catch (e) {
    return { error: true };
  }
}

/** The range result's cell compared with the single call: same number, or both a problem. */
function same(rangeCell: unknown, singleResult: unknown): boolean {
  if (typeof rangeCell === 'string' && rangeCell.startsWith('Lỗi')) return typeof singleResult === 'object';
  return Object.is(rangeCell, singleResult);
}

const count = fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.constant(''), fc.constant('abc'), fc.integer({ min: -5, max: -1 }));
const pct = fc.oneof(fc.integer({ min: 0, max: 100 }).map((k) => k / 100), fc.constant(''), fc.constant(85));

function check(name: string, gens: fc.Arbitrary<unknown>[], extra: unknown[] = []) {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 6 }),
      fc.integer({ min: 1, max: 2 }),
      fc.array(fc.boolean(), { minLength: gens.length, maxLength: gens.length }),
      fc.infiniteStream(fc.tuple(...gens)),
      (rows, cols, isRange, stream) => {
        const it = stream[Symbol.iterator]();
        const scalars = gens.map(() => undefined as unknown);
        const grids = gens.map(() => [] as unknown[][]);
        for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
          const t = it.next().value as unknown[];
          gens.forEach((_, i) => {
            (grids[i]![r] ??= [])[c] = t[i];
            if (r === 0 && c === 0) scalars[i] = t[i];
          });
        }
        if (rows * cols === 1 || !isRange.some(Boolean)) return true;
        const args = gens.map((_, i) => (isRange[i] ? grids[i] : scalars[i]));
        let out: unknown;
        try {
          out = call(name, ...args, ...extra);
        } catch {
          // Only a bad single value may fail a call on ranges: check one is bad.
          return gens.some((_, i) => !isRange[i] && typeof single(name, ...gens.map((__, j) => (j === i ? scalars[i] : 1)), ...extra) === 'object');
        }
        const grid = out as unknown[][];
        for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
          const cellArgs = gens.map((_, i) => (isRange[i] ? grids[i]![r]![c] : scalars[i]));
          expect(same(grid[r]![c], single(name, ...cellArgs, ...extra)), `${name}(${JSON.stringify(cellArgs)}) ${JSON.stringify(isRange)} → ${JSON.stringify(grid[r]![c])} vs ${JSON.stringify(single(name, ...cellArgs, ...extra))}`).toBe(true);
        }
        return true;
      },
    ),
  );
}

describe('broadcasting equals cell-by-cell calls', () => {
  it('THADS_RATE', () => check('THADS_RATE', [count, count, count]));
  it('THADS_GAP', () => check('THADS_GAP', [pct, pct]));
  it('THADS_PROGRESS', () => check('THADS_PROGRESS', [pct, pct, fc.integer({ min: 0, max: 13 })]));
  it('THADS_YOY', () => check('THADS_YOY', [count, count]));
  it('THADS_YOY, diff', () => check('THADS_YOY', [count, count], ['chênh lệch']));
  it('THADS_BACKLOG', () => check('THADS_BACKLOG', [count, count, count]));
  it('THADS_MONEY', () => check('THADS_MONEY', [count]));
});
