import { describe, expect, it } from 'vitest';
import { regimeFromData } from '../../../src/core/table/regimeFromData';
import type { QuantitySet, UnitRecord } from '../../../src/core/types';

const unit = (viec: QuantitySet): UnitRecord => ({ label: 'A', row: 1, kind: 'unit', ranked: true, viec, tien: {} });

describe('regimeFromData', () => {
  it('P = Đ + K + H on every row is B, P = Đ + K is A, a mix or no H says nothing', () => {
    expect(regimeFromData([unit({ mustEnforce: 140, enforceable: 100, notEnforceable: 30, postponed: 10 })])?.regime).toBe('B');
    expect(regimeFromData([unit({ mustEnforce: 130, enforceable: 100, notEnforceable: 30, postponed: 10 })])?.regime).toBe('A');
    expect(regimeFromData([unit({ mustEnforce: 130, enforceable: 100, notEnforceable: 30, postponed: 0 })])).toBeNull();
    expect(regimeFromData([unit({ mustEnforce: 130, enforceable: 100, notEnforceable: 30, postponed: 10 }), unit({ mustEnforce: 140, enforceable: 100, notEnforceable: 30, postponed: 10 })])).toBeNull();
    expect(regimeFromData([unit({ enforceable: 100 })])).toBeNull();
  });
});
