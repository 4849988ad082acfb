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

describe('headerConcept', () => {
  it('reads the forms\' abbreviations, and says when the concept rests on one', () => {
    expect(headerConcept('ĐC')).toMatchObject({ concept: 'terminated', guessedFrom: [{ short: 'đc' }] });
    expect(headerConcept('TH xong')).toMatchObject({ concept: 'fullyEnforced', guessedFrom: [{ short: 'th' }] });
    expect(headerConcept('GQ xong')?.concept).toBe('completed');
    expect(headerConcept('Chưa có ĐK')?.concept).toBe('notEnforceable');
    expect(headerConcept('Có điều kiện THA')?.guessedFrom).toBeUndefined();
  });
  it('"điểm" of a legal reference is not competition points', () => {
    expect(headerConcept('Hoãn theo điểm c khoản 1 Điều 48')?.concept).toBe('postponed');
    expect(headerConcept('Điểm thi đua')?.concept).toBe('score');
  });
  it('a deducted clause does not decide, and marks the figure net', () => {
    expect(headerConcept('Số cũ chuyển sang (trừ số đã chuyển sổ theo dõi riêng)')).toMatchObject({ concept: 'carriedOver', net: true });
    expect(headerConcept('Chuyển sổ theo dõi riêng')?.concept).toBe('separateRegister');
    expect(headerConcept('Năm trước chuyển sang')?.net).toBeUndefined();
  });
  it('reads the abbreviations issue 11\'s try found unread: "Đ.chỉ", "Đ/chỉ", "Chưa ĐK", "Có ĐKTH", "CĐKTH" (guesses)', () => {
    expect(headerConcept('Đ.chỉ')).toMatchObject({ concept: 'terminated', guessedFrom: [{ short: 'đ chỉ' }] });
    expect(headerConcept('Đ/chỉ')?.concept).toBe('terminated');
    expect(headerConcept('ĐChỉ')?.concept).toBe('terminated');
    expect(headerConcept('Chưa ĐK')).toMatchObject({ concept: 'notEnforceable', guessedFrom: [{ short: 'chưa đk' }] });
    expect(headerConcept('Có ĐKTH')).toMatchObject({ concept: 'enforceable', guessedFrom: [{ short: 'đkth' }] });
    expect(headerConcept('Chưa có ĐKTH')?.concept).toBe('notEnforceable');
    expect(headerConcept('CĐKTH')?.concept).toBe('enforceable');
    expect(headerConcept('Địa chỉ')).toBeNull();
  });

  it('reads "ĐKTHA", the forms\' spelling with "án" (tester, issue 13 case 1: "Chưa có ĐKTHA" was unread)', () => {
    expect(headerConcept('Chưa có ĐKTHA')).toMatchObject({ concept: 'notEnforceable', guessedFrom: [{ short: 'đktha' }] });
    expect(headerConcept('Có ĐKTHA')?.concept).toBe('enforceable');
    expect(headerConcept('CCĐKTHA')?.concept).toBe('notEnforceable');
  });
});
