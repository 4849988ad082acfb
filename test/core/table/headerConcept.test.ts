import { describe, expect, it } from 'vitest';
import { headerConcept } from '../../../src/core/table/headerConcept';

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
});
