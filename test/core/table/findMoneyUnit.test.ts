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

describe('findMoneyUnit — the money unit a sheet states', () => {
  it.each([
    ['Số tiền phải thi hành (đồng)', 'dong'],
    ['Về tiền (VNĐ)', 'dong'],
    ['ĐVT: đồng', 'dong'],
    ['Đơn vị tính tiền: đồng', 'dong'],
    ['ĐVT: 1.000 đồng', 'nghin'],
    ['ĐVT: triệu đồng', 'trieu'],
    // One unit line for both measures, as a Chi cục's per-officer tab writes it (tester, issue 13 case 2).
    ['Đơn vị tính: việc; tiền: đồng', 'dong'],
    ['Đơn vị tính: việc; tiền: 1.000 đồng', 'nghin'],
    ['Đơn vị tính: việc, tiền tính bằng đồng', 'dong'],
  ])('"%s" → %s', (text, unit) => {
    expect(findMoneyUnit([text])?.unit).toBe(unit);
  });

  it('lets the first text that names a unit decide, and finds none where only việc is named', () => {
    expect(findMoneyUnit(['BÁO CÁO 12 THÁNG NĂM 2020', 'Đơn vị tính: đồng', 'Số tiền (nghìn đồng)'])).toEqual({ unit: 'dong', text: 'Đơn vị tính: đồng' });
    expect(findMoneyUnit(['ĐVT: việc', 'Đồng Nai'])).toBeUndefined();
  });
});
