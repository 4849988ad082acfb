import { describe, expect, it } from 'vitest';
import { moneyUnitFactor, moneyUnitLabel, moneyUnitName, parseMoneyUnit } from '../../../src/core/numbers/moneyUnit';

describe('moneyUnitFactor — đồng per unit', () => {
  it('gives the factor of each unit', () => {
    expect(moneyUnitFactor('dong')).toBe(1);
    expect(moneyUnitFactor('nghin')).toBe(1000);
    expect(moneyUnitFactor('trieu')).toBe(1e6);
    expect(moneyUnitFactor('ty')).toBe(1e9);
  });
});

describe('parseMoneyUnit — a money unit named in text', () => {
  it('knows the units as sheets write them', () => {
    expect(parseMoneyUnit('Nghìn đồng')).toBe('nghin');
    expect(parseMoneyUnit('Đơn vị tính: 1.000 đồng')).toBe('nghin');
    expect(parseMoneyUnit('đồng')).toBe('dong');
    expect(parseMoneyUnit('triệu đồng')).toBe('trieu');
    expect(parseMoneyUnit('tỉ')).toBe('ty');
  });

  it('finds none in a word that is not money', () => {
    expect(parseMoneyUnit('việc')).toBeUndefined();
  });
});

describe('moneyUnitName, moneyUnitLabel — the unit as a header names it', () => {
  it('names each unit, and says "giả định" when it was assumed', () => {
    expect(moneyUnitName('trieu')).toBe('triệu đồng');
    expect(moneyUnitLabel({ unit: 'dong', assumed: false })).toBe('đồng');
    expect(moneyUnitLabel({ unit: 'nghin', assumed: true })).toBe('nghìn đồng, giả định');
  });
});
