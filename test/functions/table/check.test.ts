import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/types';
import { guard } from '../../../src/functions/guard';
import type { CustomFunctionSpec } from '../../../src/functions/spec';
import { tableFunctions } from '../../../src/functions/table/index';

const CHECK = guard(tableFunctions.find((f) => f.name === 'THADS_CHECK') as CustomFunctionSpec);

/** Regime A (P = Đ + K; hoãn and tạm đình chỉ inside Đ), six units: under B each row broke twice. */
const regimeA: Grid = [
  ['Đơn vị', 'Phải thi hành', 'Có điều kiện thi hành', '', '', '', '', 'Chưa có điều kiện'],
  ['', '', 'Tổng số', 'Giải quyết xong', 'Đang thi hành', 'Hoãn', 'Tạm đình chỉ', ''],
  ...[1, 2, 3, 4, 5, 6].map((i) => [`Chi cục ${i}`, 130 * i, 100 * i, 60 * i, 30 * i, 6 * i, 4 * i, 30 * i]),
];

describe('THADS_CHECK and the regime', () => {
  it('a regime A table with no year: checked under A as its structure says, with the reason, no false finding', () => {
    const out = CHECK(regimeA) as string[][];
    expect(out).toHaveLength(1);
    expect(out[0]?.[0]).toMatch(/^Kiểm tra theo chế độ A \(suy ra từ bảng: cột hoãn, tạm đình chỉ \(cột 6, 7 của vùng\) nằm dưới "Có điều kiện thi hành"/);
  });

  it('with a year of regime B the hoãn under Đ is a part of Đ: still no false finding, and no note', () => {
    expect(CHECK(regimeA, [['năm', 2021]])).toEqual([['']]);
  });

  it('a regime A table whose P is wrong: the note, then the finding under A', () => {
    const broken = regimeA.map((r) => r.slice());
    (broken[2] as unknown[])[1] = 131;
    const out = CHECK(broken) as string[][];
    expect(out).toHaveLength(2);
    expect(out[1]?.[0]).toContain('P = Đ + K không đúng: P = 131 việc');
  });

  it('a consistent regime B table with no year stays one blank cell', () => {
    const grid: Grid = [
      ['Đơn vị', 'Phải thi hành', 'Có điều kiện', 'Giải quyết xong', 'Chưa có điều kiện', 'Hoãn'],
      ['Chi cục A', 140, 100, 60, 30, 10],
      ['Chi cục B', 75, 50, 30, 20, 5],
    ];
    expect(CHECK(grid)).toEqual([['']]);
  });

  it('gross C with F: T = C − F + M holds, no false "T ≠ C + M"', () => {
    const grid: Grid = [
      ['Đơn vị', 'Năm trước chuyển sang', 'Chuyển sổ theo dõi riêng', 'Thụ lý mới', 'Tổng số thụ lý', 'Có điều kiện', 'Giải quyết xong'],
      ['Chi cục A', 2299, 999, 3911, 5211, 4000, 3000],
      ['Chi cục B', 100, 10, 50, 140, 100, 60],
    ];
    expect(CHECK(grid, [['năm', 2020]])).toEqual([['']]);
  });

  it('a typed "(%)" rate of 54,75 against 58,27% is a finding', () => {
    const grid: Grid = [
      ['Đơn vị', 'Có điều kiện về tiền', 'Giải quyết xong về tiền', 'Tỷ lệ về tiền (%)'],
      ['Chi cục A', 310100000, 180700000, 54.75],
      ['Chi cục B', 1000, 500, 50],
    ];
    const out = CHECK(grid, [['năm', 2020]]) as string[][];
    expect(out).toHaveLength(1);
    expect(out[0]?.[0]).toContain('bảng ghi tỷ lệ 54,75% nhưng X / Đ');
    expect(out[0]?.[0]).toContain('= 58,27%');
  });
});
