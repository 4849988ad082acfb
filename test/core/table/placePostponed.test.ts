import { describe, expect, it } from 'vitest';
import type { BlockMapping } from '../../../src/core/table/mapColumns';
import { placePostponedInsideD } from '../../../src/core/table/placePostponed';
import type { ColumnMapping, QuantityKey } from '../../../src/core/types';

type Mapped = Extract<BlockMapping, { ok: true }>;
const col = (column: number, key: QuantityKey): ColumnMapping => ({ column, role: { kind: 'quantity', measure: 'tien', key }, header: key, confidence: 1, reasons: [] });

describe('placePostponedInsideD — in regime B a hoãn column under Đ is a part of Đ, not H', () => {
  it('reads the hoãn column under "Có điều kiện thi hành" as one of Đ’s parts and says why; H beside Đ stays H', () => {
    const map: Mapped = {
      ok: true,
      columns: [col(1, 'enforceable'), col(2, 'postponed'), col(3, 'postponed')],
      labelColumn: 0,
      warnings: [],
      measures: ['tien'],
      postponedInsideD: [2],
    };
    placePostponedInsideD([map]);
    expect(map.columns[1]!.role).toEqual({ kind: 'quantity', measure: 'tien', key: 'other' });
    expect(map.columns[1]!.reasons.join(' ')).toContain('một phần của Đ');
    expect(map.columns[2]!.role).toEqual({ kind: 'quantity', measure: 'tien', key: 'postponed' });
  });
});
