import { describe, expect, it } from 'vitest';
import { expandAbbreviations, headerConcept, headerMeasure } from '../../../src/core/table/headerConcept';

describe('headerConcept', () => {
  it.each([
    ['Tổng số thụ lý', 'totalAccepted'],
    ['Năm trước chuyển sang', 'carriedOver'],
    ['Kỳ trước chuyển sang', 'carriedOver'],
    ['Chuyển kỳ sau', 'nextPeriod'],
    ['Mới thụ lý', 'newlyAccepted'],
    ['Án theo dõi riêng', 'separateRegister'],
    ['Rút lên', 'withdrawn'],
    ['Tổng số phải thi hành', 'mustEnforce'],
    ['Chưa có điều kiện thi hành', 'notEnforceable'],
    ['Có điều kiện thi hành', 'enforceable'],
    ['Tạm đình chỉ', 'postponed'],
    ['Đình chỉ thi hành án', 'terminated'],
    ['Đã giải quyết xong', 'completed'],
    ['Tỷ lệ giải quyết xong (%)', 'rate'],
    ['Số CHV', 'officers'],
    ['Họ và tên', 'label'],
    ['STT', 'rowNumber'],
    ['Tổng số', 'generic'],
  ])('"%s" speaks of %s', (text, concept) => {
    expect(headerConcept(text)?.concept).toBe(concept);
  });

  it('matches text typed without accents accent-blind, and says so', () => {
    expect(headerConcept('Chua co dieu kien')).toMatchObject({ concept: 'notEnforceable', unaccented: true });
  });

  it('never reads an accented word as another one: "Công" is not "Cộng"', () => {
    expect(headerConcept('Công')).toBeNull();
    expect(headerConcept('Cộng')?.concept).toBe('generic');
  });

  it('returns null for a header it does not know', () => {
    expect(headerConcept('Ghi chú')).toBeNull();
  });
});

describe('headerMeasure', () => {
  it('tells việc from tiền, a money unit meaning tiền', () => {
    expect(headerMeasure('Về việc')).toBe('viec');
    expect(headerMeasure('Số tiền (nghìn đồng)')).toBe('tien');
    expect(headerMeasure('Giá trị (1.000đ)')).toBe('tien');
    expect(headerMeasure('Việc và tiền')).toBeNull();
    expect(headerMeasure('Có điều kiện')).toBeNull();
  });
});

describe('expandAbbreviations', () => {
  it('spells out the forms\' abbreviations, the longer one first (CCĐK before CĐK)', () => {
    expect(expandAbbreviations('ccđk', false)).toContain('chưa có điều kiện');
    expect(expandAbbreviations('cđk', false)).not.toContain('chưa');
  });
});
