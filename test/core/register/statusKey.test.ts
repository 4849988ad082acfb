import { describe, expect, it } from 'vitest';
import { statusKey } from '../../../src/core/register/statusKey';

describe('statusKey: a case status matched as headers are', () => {
  it.each([
    ['Thi hành xong', 'fullyEnforced'],
    ['Đình chỉ', 'terminated'],
    ['Đang thi hành', 'inProgress'],
    ['đang THA', 'inProgress'],
    ['Hoãn', 'postponed'],
    ['Tạm đình chỉ', 'postponed'],
    ['TĐC', 'postponed'],
    ['Chưa có điều kiện', 'notEnforceable'],
    ['CCĐK', 'notEnforceable'],
    ['Uỷ thác', 'delegated'],
    ['Thu hồi, hủy quyết định', 'withdrawn'],
    ['Trường hợp khác', 'other'],
    ['thi hanh xong', 'fullyEnforced'],
  ])('%s → %s', (text, key) => {
    expect(statusKey(text)).toBe(key);
  });

  it('gives null for a status it does not know', () => {
    expect(statusKey('Chờ xử lý')).toBeNull();
  });
});
