import { describe, expect, it } from 'vitest';
import { guard } from '../../../src/functions/guard';
import { tableFunctions } from '../../../src/functions/table/index';
import type { CustomFunctionSpec } from '../../../src/functions/spec';
import type { Grid } from '../../../src/core/types';

const DIFF = guard(tableFunctions.find((f) => f.name === 'THADS_DIFF') as CustomFunctionSpec);

type Row = [string, number, number, number, number];
const ROWS: Row[] = [
  ['Chi cục THADS huyện A', 4029, 3420, 310_100, 180_700],
  ['Chi cục THADS huyện B', 1000, 900, 5000, 1000],
  ['Tổng cộng', 5029, 4320, 315_100, 181_700],
];

/** A table with a việc and a tiền block, amounts given in triệu and written × factor in `unitName`. */
function table(rows: Row[], unitName = 'triệu đồng', factor = 1): Grid {
  return [
    [`Đơn vị tính: ${unitName}`, '', '', '', ''],
    ['Đơn vị', 'Về việc', '', 'Về tiền', ''],
    ['', 'Có điều kiện thi hành', 'Giải quyết xong', 'Có điều kiện thi hành', 'Giải quyết xong'],
    ...rows.map(([l, d, x, dt, xt]) => [l, d, x, dt * factor, xt * factor]),
  ];
}

const edit = (label: string, row: Row): Row[] => ROWS.map((r) => (r[0] === label ? row : r));

describe('THADS_DIFF — bản đã chốt so với bảng hiện nay', () => {
  it('is declared in the table registry: closed, current, [options]', () => {
    const spec = tableFunctions.find((f) => f.name === 'THADS_DIFF');
    expect(spec?.mode).toBe('table');
    expect(spec?.params.map((p) => [p.name, p.optional ?? false])).toEqual([['closed', false], ['current', false], ['options', true]]);
  });

  it('gives a single blank row when nothing changed', () => {
    expect(DIFF(table(ROWS), table(ROWS))).toEqual([['']]);
  });

  it('gives one row for a changed count: unit, quantity, closed value, value now, difference', () => {
    expect(DIFF(table(ROWS), table(edit('Chi cục THADS huyện B', ['Chi cục THADS huyện B', 1000, 905, 5000, 1000])))).toEqual([
      ['Chi cục THADS huyện B', 'giải quyết xong (X) về việc', 900, 905, 5],
    ]);
  });

  it('gives a row for a unit added and one for a unit removed', () => {
    const now = [...ROWS.slice(1, 2), ['Phòng THADS khu vực 1', 10, 5, 1, 1] as Row, ...ROWS.slice(2)];
    expect(DIFF(table(ROWS), table(now))).toEqual([
      ['Phòng THADS khu vực 1', 'đơn vị mới: có trong bảng hiện nay, không có trong bản đã chốt', '', '', ''],
      ['Chi cục THADS huyện A', 'không còn trong bảng hiện nay (có trong bản đã chốt)', '', '', ''],
    ]);
  });

  it('matches units and columns in another order', () => {
    const reordered = table([ROWS[2]!, ROWS[0]!, ROWS[1]!]).map((r) => [r[0], r[3], r[4], r[1], r[2]]);
    reordered[1] = ['Đơn vị', 'Về tiền', '', 'Về việc', ''];
    expect(DIFF(table(ROWS), reordered)).toEqual([['']]);
  });

  it('writes money in the current table’s unit, converting a closed copy kept in another, and says so', () => {
    const closed = table(ROWS, 'nghìn đồng', 1000);
    const now = table(edit('Tổng cộng', ['Tổng cộng', 5029, 4320, 315_100, 181_750.5]));
    expect(DIFF(closed, now)).toEqual([
      ['Tổng cộng', 'giải quyết xong (X) về tiền (triệu đồng; bản đã chốt tính bằng nghìn đồng, đã quy đổi)', 181_700, 181_750.5, 50.5],
    ]);
  });

  it('names the range it cannot read', () => {
    expect(() => DIFF([['']], table(ROWS))).toThrow('THADS_DIFF: closed (bản đã chốt): Vùng dữ liệu trống');
  });
});

describe('THADS_DIFF — money unit said as every output says it', () => {
  it('names an assumed unit "giả định" when the table states none', () => {
    const noUnit = (rows: Row[]) => table(rows).slice(1);
    const out = DIFF(noUnit(ROWS), noUnit(edit('Chi cục THADS huyện B', ['Chi cục THADS huyện B', 1000, 900, 5000, 1000.5]))) as unknown[][];
    expect(String(out.find((r) => String(r[1]).includes('về tiền'))?.[1])).toContain('(nghìn đồng, giả định)');
  });
});
