import { describe, expect, it } from 'vitest';
import { detectAggregated } from '../../../src/core/table/detectAggregated';
import type { DetectedTable } from '../../../src/core/table/types';
import type { ColumnMapping, Grid } from '../../../src/core/types';

/** The aggregated reader (báo cáo tổng hợp, one row per unit); read/detectTable chooses it and refuses a blank grid first. */
function table(grid: Grid, opts?: Parameters<typeof detectAggregated>[1]): DetectedTable {
  const r = detectAggregated(grid, opts);
  if (!r.ok) throw new Error(r.message);
  return r.table;
}

function roleOf(t: DetectedTable, column: number): string {
  const c = t.columns.find((m) => m.column === column) as ColumnMapping;
  return c.role.kind === 'quantity' ? `${c.role.measure}:${c.role.key}` : c.role.kind;
}

function column(t: DetectedTable, index: number): ColumnMapping {
  return t.columns.find((m) => m.column === index) as ColumnMapping;
}

/** The usual form: titles, a unit line, việc and tiền side by side under merged parents, column numbers. */
const sideBySide: Grid = [
  ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 12 THÁNG NĂM 2020', '', '', '', '', '', ''],
  ['Đơn vị tính: 1.000 đồng', '', '', '', '', '', ''],
  ['STT', 'Đơn vị', 'Về việc', '', '', 'Về tiền', ''],
  ['', '', 'Có điều kiện thi hành', 'Giải quyết xong', '', 'Có điều kiện thi hành', 'Giải quyết xong'],
  ['', '', '', 'Thi hành xong', 'Đình chỉ', '', ''],
  ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
  [1, 'Chi cục THADS huyện A', 100, 70, 10, '1.000', 500],
  [2, 'Chi cục THADS huyện B', 50, 30, 5, 2000, 1500],
  ['', 'Tổng cộng', 150, 100, 15, 3000, 2000],
];

describe('detectAggregated: the header block', () => {
  it('finds the titles, a three-row header with parents filled to the right, and the column-number row', () => {
    const t = table(sideBySide);
    expect(t.titleRows).toEqual(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 12 THÁNG NĂM 2020', 'Đơn vị tính: 1.000 đồng']);
    expect([t.headerStart, t.headerEnd, t.numberRow, t.firstDataRow, t.lastDataRow]).toEqual([2, 5, 5, 6, 8]);
    expect(t.labelColumn).toBe(1);
    expect([0, 1, 2, 3, 4, 5, 6].map((c) => roleOf(t, c))).toEqual([
      'ignored',
      'label',
      'viec:enforceable',
      'viec:fullyEnforced',
      'viec:terminated',
      'tien:enforceable',
      'tien:completed',
    ]);
    expect(column(t, 3).header).toBe('Về việc / Giải quyết xong / Thi hành xong');
    expect(column(t, 3).confidence).toBe(1);
  });

  it('reads the money unit from "Đơn vị tính: 1.000 đồng" and keeps tiền in đồng', () => {
    const t = table(sideBySide);
    expect(t.moneyUnit).toBe('nghin');
    expect(t.moneyUnitSource).toBe('header');
    // "1.000" nghìn đồng (Vietnamese text) = 1.000.000 đồng
    expect(t.units[0]?.tien).toEqual({ enforceable: 1_000_000, completed: 500_000 });
    expect(t.units[0]?.viec).toEqual({ enforceable: 100, fullyEnforced: 70, terminated: 10 });
  });

  it('keeps the totals row, marked and not ranked', () => {
    const t = table(sideBySide);
    expect(t.units.map((u) => [u.label, u.kind, u.ranked, u.row])).toEqual([
      ['Chi cục THADS huyện A', 'unit', true, 6],
      ['Chi cục THADS huyện B', 'unit', true, 7],
      ['Tổng cộng', 'total', false, 8],
    ]);
  });

  it('a lone "Giải quyết xong" with no Đình chỉ beside it is X, shown as a guess', () => {
    const c = column(table(sideBySide), 6);
    expect(c.confidence).toBeLessThan(1);
    expect(c.reasons.join(' ')).toContain('Đình chỉ');
  });

  it('uses the merged ranges when given: a parent covers exactly its range', () => {
    const grid: Grid = [
      ['Đơn vị', 'Có điều kiện thi hành', '', 'Ghi chú'],
      ['', 'Tổng số', 'Giải quyết xong', 'Tổng số'],
      ['Chi cục A', 10, 8, 3],
      ['Chi cục B', 20, 15, 4],
    ];
    const merged = table(grid, {
      merges: [
        { row: 0, column: 0, rows: 2, columns: 1 },
        { row: 0, column: 1, rows: 1, columns: 2 },
        { row: 0, column: 3, rows: 1, columns: 1 },
      ],
    });
    expect([0, 1, 2, 3].map((c) => roleOf(merged, c))).toEqual(['label', 'viec:enforceable', 'viec:completed', 'ignored']);
  });

  it('without merge information, a parent applies to the blank cells on its right until the next text', () => {
    const grid: Grid = [
      ['Đơn vị', 'Thụ lý', '', '', 'Có điều kiện thi hành', '', ''],
      ['', 'Cũ', 'Mới', 'Tổng số', 'Tổng số', 'Thi hành xong', 'Đình chỉ'],
      ['Chi cục A', 10, 20, 30, 25, 15, 5],
      ['Chi cục B', 1, 2, 3, 3, 1, 1],
    ];
    const t = table(grid);
    expect([1, 2, 3, 4, 5, 6].map((c) => roleOf(t, c))).toEqual([
      'viec:carriedOver',
      'viec:newlyAccepted',
      'viec:totalAccepted',
      'viec:enforceable',
      'viec:fullyEnforced',
      'viec:terminated',
    ]);
    expect(column(t, 4).reasons[0]).toBe('"Tổng số" lấy nghĩa từ tiêu đề cha "Có điều kiện thi hành"');
  });

  it('reads a plain 1, 2, 3 … row under the header as column numbers, not as a unit', () => {
    const grid: Grid = [
      ['Đơn vị', 'Có điều kiện thi hành', 'Thi hành xong', 'Đình chỉ'],
      [1, 2, 3, 4],
      ['Chi cục A', 10, 6, 2],
    ];
    const t = table(grid);
    expect(t.numberRow).toBe(1);
    expect(t.units.map((u) => u.label)).toEqual(['Chi cục A']);
  });

  it('never takes a unit whose figures happen to run 2, 3, 4 for the column-number row', () => {
    const grid: Grid = [
      ['STT', 'Đơn vị', 'Có điều kiện thi hành', 'Thi hành xong', 'Đình chỉ'],
      [1, 'Chi cục A', 2, 3, 4],
      [2, 'Chi cục B', 10, 5, 1],
    ];
    const t = table(grid);
    expect(t.numberRow).toBeUndefined();
    expect(t.units.map((u) => u.label)).toEqual(['Chi cục A', 'Chi cục B']);
  });

  it('reads formula hints in the number row ("1 = 2 + 3", "(4)=(5)+(6)")', () => {
    const grid: Grid = [
      ['Đơn vị', 'Có điều kiện thi hành', 'Thi hành xong', 'Đình chỉ'],
      ['A', '1 = 2 + 3', '2', '(3)'],
      ['Chi cục A', 10, 6, 2],
    ];
    expect(table(grid).numberRow).toBe(1);
  });
});

describe('detectAggregated: words of the headers', () => {
  it('matches headers typed without accents, at a lowered confidence with the reason', () => {
    const grid: Grid = [
      ['Don vi', 'Co dieu kien thi hanh', 'Thi hanh xong', 'Dinh chi', 'Chua co dieu kien'],
      ['Chi cuc A', 10, 6, 2, 4],
    ];
    const t = table(grid);
    expect([0, 1, 2, 3, 4].map((c) => roleOf(t, c))).toEqual(['label', 'viec:enforceable', 'viec:fullyEnforced', 'viec:terminated', 'viec:notEnforceable']);
    expect(column(t, 1).confidence).toBe(0.9);
    expect(column(t, 1).reasons.join(' ')).toContain('không dấu');
  });

  it('takes an unaccented word that is also another word ("moi": mới or mỗi) only as a guess', () => {
    const grid: Grid = [
      ['Don vi', 'So moi', 'Co dieu kien thi hanh', 'Giai quyet xong', 'Binh quan moi CHV'],
      ['Chi cuc A', 7, 10, 6, 3],
    ];
    const t = table(grid);
    expect(roleOf(t, 1)).toBe('viec:newlyAccepted');
    expect(column(t, 1).confidence).toBe(0.6);
    expect(column(t, 1).reasons.join(' ')).toContain('"mới" hay "mỗi"');
    expect(roleOf(t, 4)).toBe('ignored');
  });

  it('spells out the abbreviations CĐK, CCĐK, TĐC, THA, CHV', () => {
    const grid: Grid = [
      ['Đơn vị', 'Số CHV', 'CĐK', 'CCĐK', 'TĐC', 'Đang THA', 'Thi hành xong', 'Đình chỉ'],
      ['Chi cục A', 5, 10, 4, 1, 2, 6, 2],
    ];
    const t = table(grid);
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => roleOf(t, c))).toEqual([
      'officers',
      'viec:enforceable',
      'viec:notEnforceable',
      'viec:postponed',
      'viec:inProgress',
      'viec:fullyEnforced',
      'viec:terminated',
    ]);
    expect(t.units[0]?.officers).toBe(5);
  });

  it('reads "Có điều kiện" under "Chuyển kỳ sau" as the enforceable backlog S_Đ', () => {
    const grid: Grid = [
      ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong', 'Chuyển kỳ sau', ''],
      ['', '', '', 'Tổng số', 'Có điều kiện'],
      ['Chi cục A', 10, 6, 9, 4],
    ];
    const t = table(grid);
    expect([3, 4].map((c) => roleOf(t, c))).toEqual(['viec:nextPeriod', 'viec:enforceableBacklog']);
  });

  it('takes a lone "Thi hành xong" as X (giải quyết xong), shown as a guess below 1', () => {
    const grid: Grid = [
      ['Đơn vị', 'Có điều kiện thi hành', 'Thi hành xong'],
      ['Chi cục A', 10, 6],
    ];
    const t = table(grid);
    expect(roleOf(t, 2)).toBe('viec:completed');
    expect(column(t, 2).confidence).toBe(0.7);
    expect(t.confidence).toBe(0.7);
    expect(t.warnings.join(' ')).toContain('độ tin cậy 70%');
  });

  it('does not read "Chưa xong" as giải quyết xong', () => {
    const grid: Grid = [
      ['Đơn vị', 'Có điều kiện thi hành', 'Kết quả', ''],
      ['', '', 'Xong', 'Chưa xong'],
      ['Chi cục A', 10, 6, 4],
    ];
    const t = table(grid);
    expect([2, 3].map((c) => roleOf(t, c))).toEqual(['viec:completed', 'ignored']);
  });

  it('adds hoãn and tạm đình chỉ into H when they are two columns', () => {
    const grid: Grid = [
      ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong', 'Hoãn', 'Tạm đình chỉ'],
      ['Chi cục A', 10, 6, 2, 1],
    ];
    expect(table(grid).units[0]?.viec.postponed).toBe(3);
  });

  it('reads a typed rate column and a "Không xếp hạng" column', () => {
    const grid: Grid = [
      ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong', 'Tỷ lệ (%)', 'Không xếp hạng'],
      ['Cục THADS tỉnh', 10, 6, '60%', 'x'],
      ['Chi cục A', 10, 5, 0.5, ''],
    ];
    const t = table(grid);
    expect(roleOf(t, 3)).toBe('typedRate');
    expect(t.units.map((u) => [u.typedRate?.viec, u.ranked])).toEqual([
      [0.6, false],
      [0.5, true],
    ]);
  });
});

describe('detectAggregated: rows', () => {
  it('skips blank and sub-heading rows, finds totals and subtotals anywhere, never confuses "Công" with "Cộng"', () => {
    const grid: Grid = [
      ['STT', 'Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
      ['', 'Tổng cộng', 60, 40],
      ['I', 'Khối huyện', '', ''],
      [1, 'Chi cục THADS huyện Công Sơn', 30, 20],
      [2, 'Phòng THADS khu vực 2', 20, 15],
      ['', 'Cộng khối huyện', 50, 35],
      ['', '', '', ''],
      ['II', 'THADS tỉnh', 10, 5],
    ];
    const t = table(grid, { notRanked: ['thads  tỉnh'] });
    expect(t.units.map((u) => [u.label, u.kind, u.ranked])).toEqual([
      ['Tổng cộng', 'total', false],
      ['Chi cục THADS huyện Công Sơn', 'unit', true],
      ['Phòng THADS khu vực 2', 'unit', true],
      ['Cộng khối huyện', 'subtotal', false],
      ['THADS tỉnh', 'unit', false],
    ]);
  });

  it('takes the totals label from the STT cell when "Tổng cộng" is written across both', () => {
    const grid: Grid = [
      ['STT', 'Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
      [1, 'Chi cục A', 30, 20],
      ['Tổng cộng', '', 30, 20],
    ];
    expect(table(grid).units[1]).toMatchObject({ label: 'Tổng cộng', kind: 'total' });
  });

  it('accepts numbers typed as Vietnamese text and a dash for zero', () => {
    const grid: Grid = [
      ['Đơn vị', 'Có điều kiện thi hành', 'Thi hành xong', 'Đình chỉ'],
      ['Chi cục A', '4.029', '3.400', '20'],
      ['Chi cục B', '1.000', '900', '-'],
    ];
    expect(table(grid).units.map((u) => u.viec)).toEqual([
      { enforceable: 4029, fullyEnforced: 3400, terminated: 20 },
      { enforceable: 1000, fullyEnforced: 900, terminated: 0 },
    ]);
  });

  it('reports a cell that is not a number, naming the row, column and value', () => {
    const grid: Grid = [
      ['Đơn vị', 'Có điều kiện thi hành', 'Thi hành xong', 'Đình chỉ'],
      ['Chi cục A', 10, 'mười', 1],
    ];
    const t = table(grid);
    // Issue 11: the cell is a problem of the row (its việc figures withheld, THADS_CHECK lists it), no longer a warning.
    expect(t.units[0]!.problems).toEqual([
      { kind: 'unreadable', measure: 'viec', key: 'fullyEnforced', row: 1, column: 2, value: '"mười"', reason: expect.stringContaining('"mười"') },
    ]);
  });
});

describe('detectAggregated: money unit', () => {
  const grid = (header: string): Grid => [
    ['Đơn vị', `Có điều kiện thi hành ${header}`, `Giải quyết xong ${header}`],
    ['Chi cục A', 2, 1],
  ];

  it('reads "triệu đồng" and "tỷ đồng" from the headers', () => {
    const trieu = table(grid('(triệu đồng, tiền)'));
    expect(trieu.moneyUnit).toBe('trieu');
    expect(trieu.units[0]?.tien).toEqual({ enforceable: 2e6, completed: 1e6 });
    expect(table(grid('(tỷ đồng)')).units[0]?.tien.enforceable).toBe(2e9);
  });

  it('uses the setting when the sheet says nothing, else nghìn đồng marked as a default', () => {
    const plain: Grid = [
      ['Đơn vị', 'Số tiền có điều kiện', 'Số tiền giải quyết xong'],
      ['Chi cục A', 2, 1],
    ];
    const set = table(plain, { moneyUnit: 'dong' });
    expect([set.moneyUnit, set.moneyUnitSource, set.units[0]?.tien.enforceable]).toEqual(['dong', 'setting', 2]);
    const def = table(plain);
    expect([def.moneyUnit, def.moneyUnitSource, def.units[0]?.tien.enforceable]).toEqual(['nghin', 'default', 2000]);
    expect(def.warnings.join(' ')).toContain('nghìn đồng');
  });
});

describe('detectAggregated: việc and tiền one under the other', () => {
  it('joins a việc table and a tiền table by unit label', () => {
    const grid: Grid = [
      ['I. VỀ VIỆC', '', ''],
      ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
      ['Chi cục A', 10, 8],
      ['Chi cục B', 20, 10],
      ['', '', ''],
      ['II. VỀ TIỀN (nghìn đồng)', '', ''],
      ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
      ['Chi cục B', 300, 100],
      ['Chi cục A', 200, 50],
    ];
    const t = table(grid);
    expect(t.units.map((u) => [u.label, u.viec.enforceable, u.tien.enforceable, u.tien.completed])).toEqual([
      ['Chi cục A', 10, 200_000, 50_000],
      ['Chi cục B', 20, 300_000, 100_000],
    ]);
    expect(t.moneyUnit).toBe('nghin');
  });

  it('takes the second of two identical stacked tables as tiền ({Việc!A1:C3;Tiền!A1:C3}), as a guess', () => {
    const grid: Grid = [
      ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
      ['Chi cục A', 10, 8],
      ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
      ['Chi cục A', 200, 50],
    ];
    const t = table(grid, { moneyUnit: 'dong' });
    expect(t.units).toHaveLength(1);
    expect(t.units[0]?.tien).toEqual({ enforceable: 200, completed: 50 });
    expect(t.confidence).toBeLessThanOrEqual(0.8);
    expect(t.warnings.join(' ')).toContain('bảng dưới (dòng 3) là về tiền');
  });
});

describe('detectAggregated: an explicit mapping wins', () => {
  it('uses the given columns and header end, with confidence 1', () => {
    const grid: Grid = [
      ['Tên', 'Cột A', 'Cột B', 'Có điều kiện thi hành'],
      ['Chi cục A', 10, 7, 999],
    ];
    const t = table(grid, {
      mapping: {
        headerEnd: 0,
        labelColumn: 0,
        columns: [
          { column: 1, role: { kind: 'quantity', measure: 'viec', key: 'enforceable' } },
          { column: 2, role: { kind: 'quantity', measure: 'viec', key: 'completed' } },
        ],
      },
    });
    expect(t.units[0]?.viec).toEqual({ enforceable: 10, completed: 7 });
    expect(t.confidence).toBe(1);
    expect(roleOf(t, 3)).toBe('ignored');
  });

  it('refuses a mapping that does not validate, saying which field', () => {
    const r = detectAggregated([['a', 1, 2]], { mapping: { labelColumn: -1, columns: [] } as never });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('labelColumn');
  });
});

describe('detectAggregated: bad input', () => {
  it('no recognizable table: says how many rows were found and what is needed', () => {
    const r = detectAggregated([['Ghi chú'], ['Không có số liệu']]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/Không tìm thấy bảng số liệu: vùng có 2 dòng.*không dòng nào có từ hai số/);
  });

  it('figures without a header above them', () => {
    const r = detectAggregated([['Chi cục A', 10, 8]]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('không thấy dòng tiêu đề');
  });

  it('two candidate tables that are not a việc/tiền pair', () => {
    const grid: Grid = [
      ['VỀ VIỆC', '', ''],
      ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
      ['Chi cục A', 10, 8],
      ['VỀ VIỆC', '', ''],
      ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
      ['Chi cục B', 20, 9],
    ];
    const r = detectAggregated(grid);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/Tìm thấy hai bảng .*dòng 2–3, dòng 5–6/);
  });

  it('two columns for the same required quantity', () => {
    const grid: Grid = [
      ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong', 'Có điều kiện thi hành'],
      ['Chi cục A', 10, 8, 10],
    ];
    const r = detectAggregated(grid);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('có điều kiện thi hành (Đ) về việc: cột B ("Có điều kiện thi hành") và cột D');
  });

  it('no enforceable column: says what was found', () => {
    const grid: Grid = [
      ['Đơn vị', 'Tổng số thụ lý', 'Giải quyết xong'],
      ['Chi cục A', 10, 8],
    ];
    const r = detectAggregated(grid);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain('thiếu cột "Có điều kiện thi hành" (Đ)');
      expect(r.message).toContain('cột B: tổng số thụ lý (T) về việc');
    }
  });

  it('no completed column', () => {
    const grid: Grid = [
      ['Đơn vị', 'Có điều kiện thi hành', 'Chưa có điều kiện'],
      ['Chi cục A', 10, 8],
    ];
    const r = detectAggregated(grid);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('"Giải quyết xong" (X) hoặc "Thi hành xong" (X1)');
  });
});
