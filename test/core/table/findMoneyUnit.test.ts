import { describe, expect, it } from 'vitest';
import { findMoneyUnit } from '../../../src/core/table/findMoneyUnit';

describe('findMoneyUnit', () => {
  it.each([
    ['Đơn vị tính: 1.000 đồng', 'nghin'],
    ['(nghìn đồng)', 'nghin'],
    ['Đơn vị tính: triệu đồng', 'trieu'],
    ['Số tiền (tỷ đồng)', 'ty'],
    ['Đơn vị tính: đồng', 'dong'],
  ])('"%s" → %s', (text, unit) => {
    expect(findMoneyUnit([text])?.unit).toBe(unit);
  });

  it('finds none in "Đơn vị tính: việc"', () => {
    expect(findMoneyUnit(['Đơn vị tính: việc', 'BÁO CÁO'])).toBeUndefined();
  });
});
