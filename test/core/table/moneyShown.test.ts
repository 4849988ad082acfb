import { describe, expect, it } from 'vitest';
import { moneyShown } from '../../../src/core/table/moneyShown';
import type { UnitRecord } from '../../../src/core/types';

const unit = (tien: UnitRecord['tien']): UnitRecord => ({ label: 'Chi cục A', row: 1, kind: 'unit', ranked: true, viec: { enforceable: 4029 }, tien });
const ordinary = [unit({ enforceable: 310_100_000_000 })];

describe('moneyShown — the unit the outputs show money in', () => {
  it('is the stated or set unit, not assumed, with no warning', () => {
    expect(moneyShown({ moneyUnit: 'dong', moneyUnitSource: 'header', layout: 'aggregated', units: ordinary })).toEqual({ unit: 'dong', assumed: false, warnings: [] });
    expect(moneyShown({ moneyUnit: 'trieu', moneyUnitSource: 'setting', layout: 'aggregated', units: ordinary })).toEqual({ unit: 'trieu', assumed: false, warnings: [] });
  });

  it('is assumed nghìn đồng, with a warning, when the table has money and states no unit', () => {
    const m = moneyShown({ moneyUnit: 'nghin', moneyUnitSource: 'default', layout: 'aggregated', units: ordinary });
    expect(m.assumed).toBe(true);
    expect(m.warnings).toHaveLength(1);
    expect(m.warnings[0]).toMatch(/^Bảng không ghi đơn vị tính tiền: coi là nghìn đồng \(đơn vị của biểu mẫu\), giả định\./);
    expect(moneyShown({ moneyUnit: 'nghin', moneyUnitSource: 'default', layout: 'register', units: ordinary }).warnings[0]).toMatch(/^Sổ thụ lý không ghi/);
  });

  it('assumes nothing for a table without money (no amount, or every amount 0)', () => {
    expect(moneyShown({ moneyUnit: 'nghin', moneyUnitSource: 'default', layout: 'aggregated', units: [unit({})] }).assumed).toBe(false);
    expect(moneyShown({ moneyUnit: 'nghin', moneyUnitSource: 'default', layout: 'register', units: [unit({ enforceable: 0 })] }).warnings).toEqual([]);
  });

  it('adds that amounts of 10⁹ and more in the sheet may be đồng', () => {
    const m = moneyShown({ moneyUnit: 'nghin', moneyUnitSource: 'default', layout: 'aggregated', units: [unit({ enforceable: 310_100_000_000_000 })] });
    expect(m.looksLikeDong).toBe(m.warnings[1]);
    expect(m.warnings[1]).toBe(
      'Số tiền rất lớn (mọi đơn vị có số tiền từ 1.000.000.000 trở lên): có thể là đồng, không phải nghìn đồng; hãy ghi đơn vị tính (ví dụ “Số tiền (đồng)”) hoặc chọn đơn vị tiền.',
    );
  });
});
