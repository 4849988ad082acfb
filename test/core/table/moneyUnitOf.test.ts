import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../src/core/table/findTableBlocks';
import { moneyUnitOf } from '../../../src/core/table/moneyUnitOf';
import type { Grid } from '../../../src/core/types';

const rows: Grid = [
  ['Đơn vị tính: triệu đồng', ''],
  ['Đơn vị', 'Có điều kiện thi hành'],
  ['Chi cục A', 10],
];
const withTitle: TableBlock = { titleRows: [0], headerStart: 1, headerEnd: 1, firstDataRow: 2, lastDataRow: 2 };
const withoutTitle: TableBlock = { titleRows: [], headerStart: 1, headerEnd: 1, firstDataRow: 2, lastDataRow: 2 };

describe('moneyUnitOf', () => {
  it('takes the unit the titles or headers name, over the setting', () => {
    expect(moneyUnitOf(rows, [withTitle], 'dong')).toEqual({ unit: 'trieu', source: 'header', warnings: [] });
  });

  it('else the setting, else nghìn đồng marked as a default', () => {
    expect(moneyUnitOf(rows, [withoutTitle], 'ty')).toMatchObject({ unit: 'ty', source: 'setting' });
    expect(moneyUnitOf(rows, [withoutTitle], undefined)).toMatchObject({ unit: 'nghin', source: 'default' });
  });
});
