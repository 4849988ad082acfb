import { describe, expect, it } from 'vitest';
import { classifyColumn } from '../../../src/core/table/classifyColumn';

describe('classifyColumn', () => {
  it('an abbreviated header is a guess that names its abbreviation', () => {
    const r = classifyColumn(['Có điều kiện', 'ĐC'], null);
    expect(r.role).toEqual({ kind: 'quantity', measure: 'viec', key: 'terminated' });
    expect(r.confidence).toBeLessThan(1);
    expect(r.reasons).toContain('viết tắt "ĐC" hiểu là "đình chỉ" — đoán');
  });
  it('an unknown header is unplaced, not a known "Bỏ qua"', () => {
    expect(classifyColumn(['Xyz'], null)).toMatchObject({ role: { kind: 'ignored' }, unplaced: true, reasons: ['không nhận ra tiêu đề "Xyz"'] });
    expect(classifyColumn(['STT'], null).unplaced).toBeUndefined();
  });
  it('"Hoãn" under "Có điều kiện" is marked as inside Đ; beside it, not', () => {
    expect(classifyColumn(['Có điều kiện thi hành', 'Hoãn theo điểm c khoản 1 Điều 48'], null)).toMatchObject({ role: { key: 'postponed' }, underEnforceable: true });
    expect(classifyColumn(['Hoãn, tạm đình chỉ'], null).underEnforceable).toBeUndefined();
  });
});
