import { describe, expect, it } from 'vitest';
import { CASES_CHUNK, CASES_FORMAT, packCases, unpackCases } from '../../../src/core/close/packCases';
import type { CaseRecord } from '../../../src/core/register/registerCases';

const kase = (i: number, over: Partial<CaseRecord> = {}): CaseRecord => ({
  row: -1,
  unit: `Chi cục ${i % 3}`,
  decision: `${i + 1}/QĐ-CCTHADS`,
  decidedOn: 20230101 + (i % 28),
  officer: `CHV ${i % 5}`,
  slot: i % 9,
  due: (i + 1) * 1_000_000,
  collected: i % 2 ? 0 : (i + 1) * 500_000,
  ...over,
});

describe('packCases / unpackCases', () => {
  it('gives back every case as packed: identity, officer, status, amounts', () => {
    const cases = [
      kase(0),
      kase(1, { decision: 'QĐ số 7, ngày 2', officer: '', decidedOn: null }),
      kase(2, { due: 1234.5, collected: -1 }),
      kase(3, { decision: '', decidedOn: 19991231 }),
      kase(4, { unit: 'Chi cục "Đông", Hà Nội\nmới' }),
    ];
    const chunks = packCases(cases);
    expect(chunks[0]!.startsWith(`${CASES_FORMAT}\n`)).toBe(true);
    expect(unpackCases(chunks)).toEqual({ cases });
  });

  it('cuts a large list into cells of at most 49.000 characters, joined back in order', () => {
    const cases = Array.from({ length: 20_000 }, (_, i) => kase(i));
    const chunks = packCases(cases);
    expect(chunks.length).toBeGreaterThan(5);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(CASES_CHUNK);
    // About 30 characters a case: a 200.000-case close is ~120 cells.
    expect(chunks.join('').length / cases.length).toBeLessThan(40);
    expect(unpackCases(chunks)).toEqual({ cases });
  });

  it('an empty list packs and reads back empty', () => {
    expect(unpackCases(packCases([]))).toEqual({ cases: [] });
  });

  it('a cell lost, cut or edited, or another format, is said, never read as a shorter list', () => {
    const chunks = packCases(Array.from({ length: 5000 }, (_, i) => kase(i)));
    expect(unpackCases(chunks.slice(0, -1))).toHaveProperty('problem');
    expect(unpackCases([chunks[0]!.replace(',', ';'), ...chunks.slice(1)])).toHaveProperty('problem');
    expect(unpackCases(['THADS-VIEC 2\n{}'])).toEqual({ problem: expect.stringContaining('không đọc được') });
    expect(unpackCases([''])).toHaveProperty('problem');
    // A field emptied is not read as 0.
    const one = packCases([kase(0)])[0]!;
    expect(unpackCases([one.replace(/\n0,0,0,/, '\n0,0,,')])).toHaveProperty('problem');
  });
});
