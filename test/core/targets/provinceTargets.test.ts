import { describe, expect, it } from 'vitest';
import { provinceTargets, totalsTargetLine } from '../../../src/core/targets/provinceTargets';

describe('provinceTargets — chỉ tiêu của toàn tỉnh', () => {
  it('finds the row with a totals label (Toàn tỉnh, Toàn Cục, Tổng cộng, written without accents too)', () => {
    for (const label of ['Toàn tỉnh', 'TOÀN CỤC', 'Tổng cộng', 'Toan tinh']) {
      expect(provinceTargets([{ label: 'Chi cục THADS huyện A', targets: { viec: 0.8 } }, { label, targets: { viec: 0.82 } }])).toEqual({
        ok: true,
        row: { label, targets: { viec: 0.82 } },
      });
    }
  });

  it('finds none among units (a "Công" is not a "Cộng"), nor a totals row left blank', () => {
    expect(provinceTargets([{ label: 'Chi cục THADS huyện Công Sơn', targets: { viec: 0.8 } }])).toEqual({ ok: true, row: null });
    expect(provinceTargets([{ label: 'Toàn tỉnh', targets: {} }])).toEqual({ ok: true, row: null });
  });

  it('leaves a "Cộng khối huyện" subtotal beside the province row out', () => {
    const r = provinceTargets([{ label: 'Cộng khối huyện', targets: { viec: 0.7 } }, { label: 'Toàn tỉnh', targets: { viec: 0.82 } }]);
    expect(r).toEqual({ ok: true, row: { label: 'Toàn tỉnh', targets: { viec: 0.82 } } });
  });

  it('refuses two province rows, naming both', () => {
    expect(provinceTargets([{ label: 'Toàn tỉnh', targets: { viec: 0.8 } }, { label: 'Tổng cộng', targets: { viec: 0.82 } }])).toEqual({ ok: false, labels: ['Toàn tỉnh', 'Tổng cộng'] });
  });
});

describe('totalsTargetLine — chỉ tiêu của dòng tổng cộng', () => {
  it('names the province row when there is one', () => {
    expect(totalsTargetLine({ row: { label: 'Toàn tỉnh', targets: { viec: 0.82, tien: 0.4 } }, sheet: 'Chỉ tiêu' }, { viec: 0.8 })).toBe(
      'Chỉ tiêu của dòng tổng cộng: dòng “Toàn tỉnh” của trang “Chỉ tiêu” — 82,00% (việc), 40,00% (tiền)',
    );
  });

  it('else says the shared target, or none, and how to set the province’s own', () => {
    expect(totalsTargetLine({ row: null, sheet: 'Chỉ tiêu' }, { viec: 0.8 })).toBe(
      'Chỉ tiêu của dòng tổng cộng: chỉ tiêu chung của mọi đơn vị — 80,00% (việc) (thêm dòng “Toàn tỉnh” vào trang “Chỉ tiêu” để đặt chỉ tiêu riêng của toàn tỉnh)',
    );
    expect(totalsTargetLine({ row: null, sheet: 'Chỉ tiêu' }, {})).toContain('không có, các đơn vị có chỉ tiêu khác nhau');
  });
});
