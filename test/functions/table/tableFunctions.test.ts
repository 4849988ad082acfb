import { describe, expect, it } from 'vitest';
import { guard } from '../../../src/functions/guard';
import { tableFunctions } from '../../../src/functions/table/index';
import type { CustomFunctionSpec } from '../../../src/functions/spec';
import type { Grid } from '../../../src/core/types';

const spec = (name: string) => tableFunctions.find((f) => f.name === name) as CustomFunctionSpec;
const SUMMARY = guard(spec('THADS_SUMMARY'));
const CHECK = guard(spec('THADS_CHECK'));

/** Domain §5: a district 2020 (Đ 4.029, X 3.420 → 84,88%) and a second unit, with a totals row. */
const table: Grid = [
  ['STT', 'Đơn vị', 'Có điều kiện thi hành', 'Thi hành xong', 'Đình chỉ'],
  [1, 'Chi cục THADS huyện A', 4029, 3400, 20],
  [2, 'Chi cục THADS huyện B', 1000, 900, 0],
  ['', 'Tổng cộng', 5029, 4300, 20],
];

function column(result: unknown, header: string): unknown[] {
  const rows = result as unknown[][];
  const i = (rows[0] as unknown[]).indexOf(header);
  expect(i, header).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((r) => r[i]);
}

describe('THADS_SUMMARY', () => {
  it('is declared in the table registry with its parameters in order', () => {
    expect(spec('THADS_SUMMARY').params.map((p) => p.name)).toEqual(['table', 'target_viec', 'target_tien', 'options']);
    expect(spec('THADS_CHECK').params[0]?.name).toBe('table');
  });

  it('returns the headers "Đơn vị", "Tỷ lệ việc", "Tỷ lệ tiền", "Xếp hạng" and one row per table row in sheet order', () => {
    const out = SUMMARY(table, 0.8) as unknown[][];
    expect(out).toHaveLength(4);
    expect(column(out, 'Đơn vị')).toEqual(['Chi cục THADS huyện A', 'Chi cục THADS huyện B', 'Tổng cộng']);
    const rates = column(out, 'Tỷ lệ việc') as number[];
    expect(rates[0]).toBeCloseTo(3420 / 4029, 12);
    expect(rates[1]).toBeCloseTo(0.9, 12);
    expect(rates[2]).toBeCloseTo(4320 / 5029, 12);
    // 84,88% − 80% = +4,88 points (domain §5)
    expect(column(out, 'Vượt/thiếu việc')[0]).toBe(0.0488); // of the rate as shown
  });

  it('ranks the units, keeps the totals row marked and unranked, and leaves "Tỷ lệ tiền" blank without a tiền block', () => {
    const out = SUMMARY(table) as unknown[][];
    expect(column(out, 'Xếp hạng')).toEqual([2, 1, '']);
    expect(column(out, 'Thứ hạng')).toEqual(['2/2', '1/2', '']);
    expect(column(out, 'Loại dòng')).toEqual(['đơn vị', 'đơn vị', 'tổng cộng']);
    expect(column(out, 'Tỷ lệ tiền')).toEqual(['', '', '']);
  });

  it('takes targets as a range with one row per table row (header and totals rows ignored)', () => {
    const targets = [['Chỉ tiêu'], [0.85], ['90%'], [0.5]];
    const out = SUMMARY(table, targets) as unknown[][];
    expect(column(out, 'Chỉ tiêu việc')).toEqual([0.85, 0.9, '']);
    expect(column(out, 'Đạt chỉ tiêu')).toEqual(['0/1', '1/1', '']);
  });

  it('refuses a target range of another height, and a target of 80 where 80% is meant', () => {
    expect(() => SUMMARY(table, [[0.8], [0.8]])).toThrow('vùng target_viec có 2 dòng nhưng bảng có 4 dòng');
    expect(() => SUMMARY(table, 80)).toThrow('có phải 80%?');
  });

  it('reads the options range: rank by tiền, money unit, not-ranked labels', () => {
    const money: Grid = [
      ['Đơn vị', 'Số tiền có điều kiện', 'Số tiền giải quyết xong', 'Số việc có điều kiện', 'Số việc giải quyết xong'],
      ['Chi cục A', 100, 50, 10, 9],
      ['Chi cục B', 100, 60, 10, 5],
      ['Chi cục C', 100, 90, 10, 10],
    ];
    const out = SUMMARY(money, '', '', [
      ['xếp hạng theo', 'tiền'],
      ['đơn vị tiền', 'triệu đồng'],
      ['không xếp hạng', 'chi cục  C'],
    ]) as unknown[][];
    expect(column(out, 'Xếp hạng')).toEqual([2, 1, '']);
    expect(column(out, 'Có điều kiện (tiền, triệu đồng)')).toEqual([100, 100, 100]);
    expect(column(out, 'Tỷ lệ tiền')).toEqual([0.5, 0.6, 0.9]);
  });

  it('takes columns from the options when the headers cannot be read ("cột đơn vị", "cột có điều kiện việc" …)', () => {
    const plain: Grid = [
      ['Tên', 'A', 'B'],
      ['Chi cục A', 10, 8],
      ['Chi cục B', 10, 9],
    ];
    const out = SUMMARY(plain, '', '', [
      ['cột đơn vị', 1],
      ['cột có điều kiện việc', 2],
      ['cột giải quyết xong việc', 3],
      ['dòng tiêu đề cuối', 1],
    ]) as unknown[][];
    expect(column(out, 'Tỷ lệ việc')).toEqual([0.8, 0.9]);
    expect(column(out, 'Xếp hạng')).toEqual([2, 1]);
  });

  it('compares with pro-rata progress when asked (6 months of an 80% target: 40%)', () => {
    const out = SUMMARY(table, 0.8, '', [
      ['năm', 2020],
      ['tháng', 6],
      ['so với chỉ tiêu', 'tiến độ'],
    ]) as unknown[][];
    expect(column(out, 'Vượt/thiếu tiến độ việc')[1] as number).toBeCloseTo(0.9 - 0.4, 12);
  });

  it('fails with a Vietnamese message naming an unknown option and its row', () => {
    expect(() => SUMMARY(table, '', '', [['năm', 2020], ['màu', 'đỏ']])).toThrow('tùy chọn "màu" (dòng 2 của vùng options): tên tùy chọn không biết');
    expect(() => SUMMARY(table, '', '', [['tháng', 13]])).toThrow('cần số nguyên từ 1 đến 12');
  });

  it('fails on a table it cannot read, saying what is missing', () => {
    expect(() => SUMMARY([['Đơn vị', 'Ghi chú'], ['A', 'x']])).toThrow(/THADS_SUMMARY: Không tìm thấy bảng số liệu/);
    expect(() => SUMMARY('A1')).toThrow('phải là cả bảng');
  });
});

describe('THADS_SUMMARY on a case register', () => {
  const register: Grid = [
    ['Đơn vị', 'Chấp hành viên', 'Ngày thụ lý', 'Trạng thái'],
    ['Chi cục A', 'Nguyễn Văn An', '01/12/2023', 'Thi hành xong'],
    ['Chi cục A', 'Trần Thị Bình', '01/12/2023', 'Đang thi hành'],
    ['Chi cục B', 'Lê Văn Cường', '01/08/2023', 'Đình chỉ'],
    ['Chi cục A', 'Nguyễn Văn An', '02/12/2023', 'Đang thi hành'],
  ];

  it('aggregates per unit, or per officer with "nhóm theo"', () => {
    const byUnit = SUMMARY(register, '', '', [['năm', 2024]]) as unknown[][];
    expect(column(byUnit, 'Đơn vị')).toEqual(['Chi cục A', 'Chi cục B', 'Tổng cộng']);
    expect(column(byUnit, 'Tỷ lệ việc')).toEqual([1 / 3, 1, 0.5]);
    const byOfficer = SUMMARY(register, '', '', [['năm', 2024], ['nhóm theo', 'chấp hành viên']]) as unknown[][];
    expect(column(byOfficer, 'Đơn vị')).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Tổng cộng']);
    expect(column(byOfficer, 'Xếp hạng')).toEqual([2, 3, 1, '']);
  });
});

describe('THADS_CHECK', () => {
  it('returns a single blank row when the table is consistent', () => {
    expect(CHECK(table)).toEqual([['']]);
  });

  it('returns one finding a row, naming the row of the range, the unit, the identity and the difference', () => {
    const broken: Grid = [
      ['Đơn vị', 'Năm trước chuyển sang', 'Thụ lý mới', 'Tổng số thụ lý', 'Có điều kiện thi hành', 'Giải quyết xong'],
      ['Chi cục A', 346, 3379, 3730, 100, 120],
      ['Tổng cộng', 346, 3379, 3730, 100, 121],
    ];
    expect(CHECK(broken)).toEqual([
      ['Dòng 2 của vùng (Chi cục A), việc: T = C + M không đúng: T = 3.730 việc nhưng C + M = 346 + 3.379 = 3.725 việc, chênh lệch 5 việc.'],
      ['Dòng 2 của vùng (Chi cục A), việc: giải quyết xong (X) = 120 việc lớn hơn có điều kiện thi hành (Đ) = 100 việc, vượt 20 việc: phải có X ≤ Đ.'],
      ['Dòng 3 của vùng (Tổng cộng), việc: T = C + M không đúng: T = 3.730 việc nhưng C + M = 346 + 3.379 = 3.725 việc, chênh lệch 5 việc.'],
      ['Dòng 3 của vùng (Tổng cộng), việc: giải quyết xong (X) = 121 việc lớn hơn có điều kiện thi hành (Đ) = 100 việc, vượt 21 việc: phải có X ≤ Đ.'],
      ['Dòng 3 của vùng (Tổng cộng), việc, cột 6 của vùng (giải quyết xong (X)): dòng tổng ghi 121 việc nhưng tổng các đơn vị là 120 việc, chênh lệch 1 việc.'],
    ]);
  });

  it('checks P = Đ + K under the regime the year gives (2016: A)', () => {
    const t: Grid = [
      ['Đơn vị', 'Tổng số phải thi hành', 'Có điều kiện thi hành', 'Chưa có điều kiện thi hành', 'Hoãn', 'Giải quyết xong'],
      ['Tỉnh', 3703, 3366, 337, 10, 3086],
    ];
    expect(CHECK(t, [['năm', 2016]])).toEqual([['']]);
    expect((CHECK(t, [['năm', 2020]]) as string[][])[0]?.[0]).toContain('P = Đ + K + H không đúng');
  });
});

describe('THADS_SUMMARY shows money in the table’s own unit (issue 11, case 6)', () => {
  const header = (unit: string) => ['Đơn vị', 'Số việc có điều kiện', 'Số việc giải quyết xong', `Số tiền có điều kiện${unit}`, `Số tiền giải quyết xong${unit}`];

  it('a table in đồng ("(đồng)" in the header) says đồng and shows the sheet’s numbers', () => {
    const out = SUMMARY([header(' (đồng)'), ['Chi cục THADS huyện A', 4029, 3420, 310_100_000_000, 180_700_000_000]]);
    expect(column(out, 'Có điều kiện (tiền, đồng)')).toEqual([310_100_000_000]);
    expect(column(out, 'Giải quyết xong (tiền, đồng)')).toEqual([180_700_000_000]);
    expect((out as unknown[][])[0]!.some((h) => String(h).includes('nghìn đồng'))).toBe(false);
  });

  it('THADS_CHECK lists amounts of 10⁹ and more under an assumed nghìn đồng as possibly đồng, and not once the unit is stated', () => {
    const rows = [
      ['Chi cục THADS huyện A', 4029, 3420, 310_100_000_000, 180_700_000_000],
      ['Chi cục THADS huyện B', 3366, 3086, 105_000_000_000, 47_000_000_000],
    ];
    expect(CHECK([header(''), ...rows])).toEqual([
      [
        'Số tiền rất lớn (mọi đơn vị có số tiền từ 1.000.000.000 trở lên): có thể là đồng, không phải nghìn đồng; ' +
          'hãy ghi đơn vị tính (ví dụ “Số tiền (đồng)”) hoặc chọn đơn vị tiền.',
      ],
    ]);
    expect(CHECK([header(' (đồng)'), ...rows])).toEqual([['']]);
    expect(CHECK([header(''), ...rows], [['đơn vị tiền', 'đồng']])).toEqual([['']]);
  });

  it('a table that states no unit says "nghìn đồng, giả định" in its money headers', () => {
    const out = SUMMARY([header(''), ['Chi cục THADS huyện A', 4029, 3420, 310_100_000, 180_700_000]]);
    expect(column(out, 'Có điều kiện (tiền, nghìn đồng, giả định)')).toEqual([310_100_000]);
  });
});

describe('THADS_SUMMARY’s header row is an interface users’ sheets refer to (MATCH on "Tỷ lệ việc")', () => {
  /** Today's headers, written out: a change here breaks users' formulas, so it must be deliberate. */
  const HEAD = ['Đơn vị', 'Loại dòng', 'Tỷ lệ việc', 'Tỷ lệ tiền', 'Xếp hạng', 'Thứ hạng', 'Chỉ tiêu việc', 'Vượt/thiếu việc', 'Chỉ tiêu tiền', 'Vượt/thiếu tiền'];
  const TAIL = (unit: string) => [
    'Đạt chỉ tiêu',
    'Thụ lý (việc)',
    'Phải thi hành (việc)',
    'Có điều kiện (việc)',
    'Giải quyết xong (việc)',
    'Chuyển kỳ sau (việc)',
    'Có điều kiện chuyển kỳ sau (việc)',
    'Tỷ trọng có điều kiện (việc)',
    `Có điều kiện (tiền, ${unit})`,
    `Giải quyết xong (tiền, ${unit})`,
    `Chuyển kỳ sau (tiền, ${unit})`,
    `Có điều kiện chuyển kỳ sau (tiền, ${unit})`,
    'Thụ lý mỗi chấp hành viên (việc)',
  ];

  it('keeps its headers and their order against the full-year target', () => {
    // The money columns name the sheet's unit: the forms' nghìn đồng unless the table or the options say otherwise.
    expect((SUMMARY(table, 0.8) as unknown[][])[0]).toEqual([...HEAD, ...TAIL('nghìn đồng')]);
    expect((SUMMARY(table, 0.8, '', [['đơn vị tiền', 'tỷ đồng']]) as unknown[][])[0]).toEqual([...HEAD, ...TAIL('tỷ đồng')]);
  });

  it('changes the money suffix only to add ", giả định" when the table has money and states no unit', () => {
    const money: Grid = [
      ['Đơn vị', 'Số việc có điều kiện', 'Số việc giải quyết xong', 'Số tiền có điều kiện', 'Số tiền giải quyết xong'],
      ['Chi cục A', 10, 9, 100, 50],
    ];
    expect((SUMMARY(money, 0.8) as unknown[][])[0]).toEqual([...HEAD, ...TAIL('nghìn đồng, giả định')]);
    expect((SUMMARY(money, 0.8, '', [['đơn vị tiền', 'nghìn đồng']]) as unknown[][])[0]).toEqual([...HEAD, ...TAIL('nghìn đồng')]);
  });

  it('adds the two progress gaps after "Vượt/thiếu tiền" when compared with progress (tiến độ)', () => {
    const out = SUMMARY(table, 0.8, '', [['năm', 2020], ['tháng', 6], ['so với chỉ tiêu', 'tiến độ']]) as unknown[][];
    expect(out[0]).toEqual([...HEAD, 'Vượt/thiếu tiến độ việc', 'Vượt/thiếu tiến độ tiền', ...TAIL('nghìn đồng')]);
    for (const row of out) expect(row).toHaveLength(out[0]!.length);
  });
});
