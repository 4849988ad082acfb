import { describe, expect, it } from 'vitest';
import { shortHeaders } from '../../src/pages/sidebar/shortHeaders';

describe('shortHeaders: labels that differ only after the cut show the part that differs', () => {
  it('folds the parents three headers share, keeping the block and the distinguishing part', () => {
    expect(
      shortHeaders([
        'Đơn vị',
        'VIỆC / Tổng số thụ lý / Năm trước chuyển sang',
        'VIỆC / Tổng số thụ lý / Thụ lý mới',
        'VIỆC / Tổng số thụ lý / Tổng số',
        'TIỀN / Tổng số thụ lý / Tổng số',
      ]),
    ).toEqual(['Đơn vị', 'VIỆC / … / Năm trước chuyển sang', 'VIỆC / … / Thụ lý mới', 'VIỆC / … / Tổng số', 'TIỀN / Tổng số thụ lý / Tổng số']);
  });

  it('folds only what is shared with some other header, at the deepest level shared', () => {
    expect(shortHeaders(['A / B / C / D', 'A / B / C / E', 'A / B / F'])).toEqual(['A / … / D', 'A / … / E', 'A / … / F']);
  });

  it('leaves headers sharing only their block, and identical ones, whole', () => {
    expect(shortHeaders(['VIỆC / Có điều kiện', 'VIỆC / Chưa có điều kiện'])).toEqual(['VIỆC / Có điều kiện', 'VIỆC / Chưa có điều kiện']);
    expect(shortHeaders(['X / Y', 'X / Y', ''])).toEqual(['X / Y', 'X / Y', '']);
  });
});
