import { describe, expect, it } from 'vitest';
import { isUnaccentedTwin } from '../../../src/core/text/isUnaccentedTwin';

describe('isUnaccentedTwin', () => {
  it('is true when the plain text leaves out some or all of the other’s accents and changes none', () => {
    expect(isUnaccentedTwin('huyen tan phu', 'huyện tân phú')).toBe(true);
    expect(isUnaccentedTwin('huyện tân phu', 'huyện tân phú')).toBe(true);
    expect(isUnaccentedTwin('dong hoa', 'đông hòa')).toBe(true);
  });

  it('is false for two different accents, for the same text, the wrong way round, or other letters', () => {
    expect(isUnaccentedTwin('huyện công sơn', 'huyện cống sơn')).toBe(false);
    expect(isUnaccentedTwin('huyện tân phú', 'huyện tân phú')).toBe(false);
    expect(isUnaccentedTwin('huyện tân phú', 'huyen tan phu')).toBe(false);
    expect(isUnaccentedTwin('huyen tan phuc', 'huyện tân phú')).toBe(false);
    expect(isUnaccentedTwin('huyen tan pho', 'huyện tân phú')).toBe(false);
  });
});
