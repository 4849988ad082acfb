import { describe, expect, it } from 'vitest';
import { classifyColumn } from '../../../src/core/table/classifyColumn';

const role = (path: string[], measure: 'viec' | 'tien' | null = null) => classifyColumn(path, measure).role;

describe('classifyColumn: a column\'s meaning from its header path', () => {
  it('reads the deepest header that says something, a generic one taking its parent\'s meaning', () => {
    expect(role(['Có điều kiện thi hành', 'Tổng số'])).toEqual({ kind: 'quantity', measure: 'viec', key: 'enforceable' });
    expect(role(['Có điều kiện thi hành', 'Thi hành xong'])).toEqual({ kind: 'quantity', measure: 'viec', key: 'fullyEnforced' });
    expect(classifyColumn(['Có điều kiện thi hành', 'Tổng số'], null).reasons[0]).toBe('"Tổng số" lấy nghĩa từ tiêu đề cha "Có điều kiện thi hành"');
  });

  it('reads "Có điều kiện" under "Chuyển kỳ sau" as S_Đ', () => {
    expect(role(['Chuyển kỳ sau', 'Có điều kiện'])).toEqual({ kind: 'quantity', measure: 'viec', key: 'enforceableBacklog' });
  });

  it('takes the measure named nearest the column, else the block\'s, else việc', () => {
    expect(role(['Về tiền', 'Giải quyết xong'])).toMatchObject({ measure: 'tien' });
    expect(role(['Giải quyết xong'], 'tien')).toMatchObject({ measure: 'tien' });
    expect(role(['Giải quyết xong'])).toMatchObject({ measure: 'viec' });
    expect(classifyColumn(['Về tiền', 'Giải quyết xong'], null).measureNamed).toBe(true);
  });

  it('reads a % anywhere in the path as a typed rate', () => {
    expect(role(['Tỷ lệ (%)'])).toEqual({ kind: 'typedRate', measure: 'viec' });
  });

  it('ignores an unknown or a merely generic header, and says why', () => {
    const note = classifyColumn(['Ghi chú'], null);
    expect(note.role).toEqual({ kind: 'ignored' });
    expect(note.reasons).toEqual(['không nhận ra tiêu đề "Ghi chú"']);
    expect(classifyColumn(['Tổng số'], null).reasons).toEqual(['tiêu đề "Tổng số" chung chung, không rõ chỉ tiêu nào']);
    expect(classifyColumn([], null).reasons).toEqual(['cột không có tiêu đề']);
  });

  it('lowers the confidence of a header typed without accents, with the reason', () => {
    const r = classifyColumn(['Co dieu kien thi hanh'], null);
    expect(r.role).toEqual({ kind: 'quantity', measure: 'viec', key: 'enforceable' });
    expect(r.confidence).toBe(0.9);
    expect(r.reasons.join(' ')).toContain('không dấu');
    expect(classifyColumn(['Có điều kiện thi hành'], null).confidence).toBe(1);
  });
});

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
