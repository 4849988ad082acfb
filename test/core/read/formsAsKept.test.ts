/**
 * Issue 11, cases 1–5 (reading the table): each case's table as staff keep it, and variants of it
 * (other abbreviations of the same words, other orders of header rows, unaccented headers).
 */
import { describe, expect, it } from 'vitest';
import { defaultIndicatorOptions } from '../../../src/core/indicators/defaultOptions';
import { detectTable } from '../../../src/core/read/detectTable';
import { summarizeTable } from '../../../src/core/summary/summarizeTable';
import type { DetectedTable } from '../../../src/core/table/types';
import type { ColumnMapping, Grid } from '../../../src/core/types';
import { validateTable } from '../../../src/core/validation/validateTable';

function read(grid: Grid, opts = {}): DetectedTable {
  const r = detectTable(grid, opts);
  if (!r.ok) throw new Error(r.message);
  return r.table;
}

function column(t: DetectedTable, header: string): ColumnMapping {
  const c = t.columns.find((x) => x.header === header);
  if (!c) throw new Error(`no column "${header}" in ${t.columns.map((x) => x.header).join(' | ')}`);
  return c;
}

/** The whole rate of a table, as the summary computes it (the totals row's rate). */
function totalRate(grid: Grid): number | null {
  const r = summarizeTable(grid, { targets: () => ({}), options: defaultIndicatorOptions({ year: 2020, month: 12 }) });
  if (!r.ok) throw new Error(r.message);
  const total = r.indicators.find((u) => u.label === 'Toàn tỉnh');
  return total?.viec.rate ?? null;
}

describe('case 1: abbreviated headers (ĐC, TH xong) are read, and shown as guesses', () => {
  // Toàn tỉnh: X1 7.970 + X2 376 = 8.346 of Đ 10.000 → 83,46%; X1 alone would be 79,70%.
  const rows = (h: string[]): Grid => [
    ['Đơn vị', 'Có điều kiện', ...h],
    ['Chi cục A', 6000, 4800, 200],
    ['Chi cục B', 4000, 3170, 176],
    ['Toàn tỉnh', 10000, 7970, 376],
  ];

  for (const [x1, x2] of [
    ['TH xong', 'ĐC'],
    ['TH xong', 'Đ/C'.replace('/', '')],
    ['Thi hành xong', 'ĐC'],
    ['TH xong', 'Đình chỉ'],
    ['TH xong', 'DC'],
    ['Thi hanh xong', 'Dinh chi'],
  ] as const) {
    it(`"${x1}" | "${x2}" gives 83,46%, not 79,70%`, () => {
      const grid = rows([x1, x2]);
      const t = read(grid);
      expect(column(t, x1).role).toEqual({ kind: 'quantity', measure: 'viec', key: 'fullyEnforced' });
      expect(column(t, x2).role).toEqual({ kind: 'quantity', measure: 'viec', key: 'terminated' });
      expect(totalRate(grid)).toBeCloseTo(0.8346, 10);
    });
  }

  it('a header read only through an abbreviation is a guess, with the reason', () => {
    const t = read(rows(['TH xong', 'ĐC']));
    const dc = column(t, 'ĐC');
    expect(dc.confidence).toBeLessThan(1);
    expect(dc.reasons.join('; ')).toContain('viết tắt "ĐC" hiểu là "đình chỉ" — đoán');
    expect(column(t, 'TH xong').confidence).toBeLessThan(1);
    expect(t.confidence).toBeLessThan(1);
    expect(t.warnings.some((w) => w.includes('"ĐC"') && w.includes('đoán'))).toBe(true);
  });

  it('the other abbreviations of the forms: GQ xong, CĐK, Có ĐK, Chưa có ĐK, CCĐK, TĐC, UT, TS', () => {
    const t = read([
      ['Đơn vị', 'Có ĐK', '', '', 'Chưa có ĐK', 'TĐC', 'UT'],
      ['', 'TS', 'GQ xong', 'Đang THA', '', '', ''],
      ['Chi cục A', 100, 80, 20, 30, 5, 2],
      ['Chi cục B', 50, 40, 10, 10, 1, 0],
    ]);
    const roles = t.columns.map((c) => (c.role.kind === 'quantity' ? c.role.key : c.role.kind));
    expect(roles).toEqual(['label', 'enforceable', 'completed', 'inProgress', 'notEnforceable', 'postponed', 'delegated']);
    // Every one of them rests on an abbreviation: none is certain.
    for (const c of t.columns.slice(1)) expect(c.confidence, c.header).toBeLessThan(1);
    expect(column(t, 'Có ĐK / TS').reasons.join('; ')).toContain('viết tắt "TS" hiểu là "tổng số" — đoán');
  });

  it('a header that says the same without its abbreviation stays certain ("Có điều kiện THA")', () => {
    const t = read([
      ['Đơn vị', 'Có điều kiện THA', 'Thi hành xong', 'Đình chỉ'],
      ['Chi cục A', 100, 80, 5],
      ['Chi cục B', 50, 40, 1],
    ]);
    expect(column(t, 'Có điều kiện THA').confidence).toBe(1);
    expect(t.confidence).toBe(1);
  });

  it('a column the reader cannot place, holding figures, is shown as such: never a certain "Bỏ qua"', () => {
    const t = read([
      ['Đơn vị', 'Có điều kiện', 'Thi hành xong', 'Xyz'],
      ['Chi cục A', 100, 80, 5],
      ['Chi cục B', 50, 40, 1],
    ]);
    const c = column(t, 'Xyz');
    expect(c.role).toEqual({ kind: 'ignored' });
    expect(c.confidence).toBeLessThan(1);
    expect(c.reasons[0]).toBe('không nhận ra tiêu đề "Xyz"');
    expect(t.warnings).toContain('Cột D ("Xyz") có số liệu nhưng không nhận ra tiêu đề: không dùng để tính. Nếu là một chỉ tiêu, hãy chọn vai trò cho cột trong thanh bên.');
  });

  it('a column without figures that the reader cannot place ("Ghi chú") stays quietly ignored', () => {
    const t = read([
      ['Đơn vị', 'Có điều kiện', 'Giải quyết xong', 'Ghi chú'],
      ['Chi cục A', 100, 80, 'đủ'],
      ['Chi cục B', 50, 40, ''],
    ]);
    expect(column(t, 'Ghi chú').confidence).toBe(1);
  });

  it('X without X2 beside a column that looks like đình chỉ is a warning', () => {
    const t = read([
      ['Đơn vị', 'Có điều kiện', 'Thi hành xong', 'Đ/C'],
      ['Chi cục A', 100, 80, 5],
      ['Chi cục B', 50, 40, 1],
    ]);
    expect(column(t, 'Thi hành xong').role).toEqual({ kind: 'quantity', measure: 'viec', key: 'completed' });
    expect(t.warnings.some((w) => w.includes('cột D ("Đ/C") có thể là đình chỉ'))).toBe(true);
  });
});

describe('case 2: a column-number row with formula hints is part of the header, not a unit', () => {
  const header = ['STT', 'Đơn vị', 'Có điều kiện', 'Thi hành xong', 'Đình chỉ'];
  const data: Grid = [
    [1, 'Chi cục A', 100, 80, 5],
    [2, 'Chi cục B', 80, 60, 4],
  ];
  for (const numbers of [
    ['A', 'B', '1 = 2 + 3', 2, 3],
    ['A', 1, '2 = 3 + 4', 3, 4],
    ['(A)', '(B)', '(1)=(2)+(3)', '(2)', '(3)'],
    ['A', 'B', '1=2+3', '2', '3'],
    ['', 'A', '(5)=(6)+(7)', '(6)', '(7)'],
  ] as const) {
    it(`${numbers.join(' | ')}`, () => {
      const t = read([header, [...numbers], ...data]);
      expect(t.numberRow).toBe(1);
      expect(t.headerEnd).toBe(1);
      expect(t.firstDataRow).toBe(2);
      expect(t.units.map((u) => u.label)).toEqual(['Chi cục A', 'Chi cục B']);
    });
  }
});

describe('case 3: "Hoãn" inside Đ, "điểm" in a legal reference, the regime said', () => {
  // Regime B: P = Đ + K + H, the creditor-agreed postponement inside Đ (Đ = X1 + X2 + đang + hoãn điểm c).
  const regimeB = (inside: string): Grid => [
    ['Đơn vị', 'Phải thi hành', 'Có điều kiện thi hành', '', '', '', '', 'Chưa có điều kiện', 'Hoãn, tạm đình chỉ'],
    ['', '', 'Tổng số', 'Thi hành xong', 'Đình chỉ', 'Đang thi hành', inside, '', ''],
    ['Chi cục A', 140, 100, 60, 5, 30, 5, 30, 10],
    ['Chi cục B', 75, 50, 30, 2, 15, 3, 20, 5],
  ];

  for (const inside of ['Hoãn theo điểm c khoản 1 Điều 48', 'Hoãn', 'Hoãn theo điểm c, khoản 1, Điều 48 Luật THADS', 'Hoan theo diem c khoan 1 dieu 48']) {
    it(`"${inside}" under Đ is a part of Đ in regime B, not competition points nor H: no finding`, () => {
      const t = read(regimeB(inside));
      const c = column(t, `Có điều kiện thi hành / ${inside}`);
      expect(c.role).toEqual({ kind: 'quantity', measure: 'viec', key: 'other' });
      expect(t.units[0]?.viec.postponed).toBe(10);
      expect(t.regime).toMatchObject({ regime: 'B', source: 'structure' });
      expect(validateTable(t.units, { regime: 'B', moneyUnit: 'nghin' })).toEqual([]);
    });
  }

  it('with the year given as B, "Hoãn" alone under Đ is a part of Đ too', () => {
    const grid: Grid = [
      ['Đơn vị', 'Phải thi hành', 'Có điều kiện thi hành', '', '', '', 'Chưa có điều kiện'],
      ['', '', 'Tổng số', 'Giải quyết xong', 'Đang thi hành', 'Hoãn', ''],
      ['Chi cục A', 130, 100, 65, 30, 5, 30],
      ['Chi cục B', 70, 50, 32, 15, 3, 20],
    ];
    const t = read(grid, { period: { year: 2021, month: 12 } });
    expect(column(t, 'Có điều kiện thi hành / Hoãn').role).toMatchObject({ key: 'other' });
    expect(t.regime).toBeUndefined();
    expect(validateTable(t.units, { regime: 'B', moneyUnit: 'nghin' })).toEqual([]);
  });

  // Regime A: P = Đ + K, Đ = X + đang + hoãn + tạm đình chỉ.
  const regimeA: Grid = [
    ['Đơn vị', 'Phải thi hành', 'Có điều kiện thi hành', '', '', '', '', 'Chưa có điều kiện'],
    ['', '', 'Tổng số', 'Giải quyết xong', 'Đang thi hành', 'Hoãn', 'Tạm đình chỉ', ''],
    ['Chi cục A', 130, 100, 60, 30, 6, 4, 30],
    ['Chi cục B', 70, 50, 30, 15, 3, 2, 20],
    ['Chi cục C', 40, 30, 20, 6, 2, 2, 10],
  ];

  it('a regime A table with no year: the structure says A, and says why', () => {
    const t = read(regimeA);
    expect(t.regime).toMatchObject({ regime: 'A', source: 'structure' });
    expect(t.warnings.some((w) => w.startsWith('Chế độ phân loại suy ra từ bảng: chế độ A, vì cột hoãn, tạm đình chỉ (cột F, G) nằm dưới "Có điều kiện thi hành"'))).toBe(true);
    expect(column(t, 'Có điều kiện thi hành / Hoãn').role).toMatchObject({ key: 'postponed' });
    expect(validateTable(t.units, { regime: 'A', moneyUnit: 'nghin' })).toEqual([]);
  });

  it('H beside Đ and K with no year: the data says the regime (P = Đ + K + H → B; P = Đ + K → A)', () => {
    const beside = (p: number[]): Grid => [
      ['Đơn vị', 'Phải thi hành', 'Có điều kiện', 'Giải quyết xong', 'Chưa có điều kiện', 'Hoãn'],
      ['Chi cục A', p[0] as number, 100, 60, 30, 10],
      ['Chi cục B', p[1] as number, 50, 30, 20, 5],
    ];
    const b = read(beside([140, 75]));
    expect(b.regime).toMatchObject({ regime: 'B', source: 'data' });
    const a = read(beside([130, 70]));
    expect(a.regime).toMatchObject({ regime: 'A', source: 'data' });
    expect(read(beside([131, 70])).regime).toBeUndefined();
  });
});

describe('case 4: án theo dõi riêng (F) and the net or gross số cũ (C)', () => {
  // Domain §3: "Tổng thụ lý 5.211 việc (đã trừ án theo dõi riêng là 999 việc)": 2.299 − 999 + 3.911.
  const gross = (withT: boolean): Grid => [
    ['Đơn vị', 'Năm trước chuyển sang', 'Chuyển sổ theo dõi riêng', 'Thụ lý mới', ...(withT ? ['Tổng số thụ lý'] : []), 'Có điều kiện', 'Giải quyết xong'],
    ['Toàn tỉnh', 2299, 999, 3911, ...(withT ? [5211] : []), 4000, 3000],
    ['Chi cục A', 2299, 999, 3911, ...(withT ? [5211] : []), 4000, 3000],
  ];

  it('gross C with F and no T: Thụ lý is C − F + M = 5.211, not 6.210', () => {
    const r = summarizeTable(gross(false), { targets: () => ({}), options: defaultIndicatorOptions({ year: 2020, month: 12 }) });
    if (!r.ok) throw new Error(r.message);
    expect(r.indicators[1]?.viec.totalAccepted).toBe(5211);
    expect(r.findings).toEqual([]);
  });

  it('gross C with F and T given: T agrees with C − F + M, no false "T ≠ C + M"', () => {
    const t = read(gross(true));
    expect(validateTable(t.units, { regime: 'B', moneyUnit: 'nghin' })).toEqual([]);
    const wrong = gross(true);
    (wrong[1] as unknown[])[4] = 6210;
    (wrong[2] as unknown[])[4] = 6210;
    const findings = validateTable(read(wrong).units, { regime: 'B', moneyUnit: 'nghin' });
    expect(findings.map((f) => f.rule)).toEqual(['T=C-F+M', 'T=C-F+M']);
    expect(findings[0]?.message).toContain('T = C − F + M không đúng: T = 6.210 việc nhưng C − F + M = 2.299 − 999 + 3.911 = 5.211 việc');
  });

  for (const header of ['Số cũ chuyển sang (trừ số đã chuyển sổ theo dõi riêng)', 'Năm trước chuyển sang sau khi trừ án theo dõi riêng', 'Số cũ (đã trừ theo dõi riêng)', 'So cu chuyen sang (tru so da chuyen so theo doi rieng)']) {
    it(`"${header}" is C net of F, not F; T = C + M even beside an F column`, () => {
      const t = read([
        ['Đơn vị', header, 'Theo dõi riêng', 'Thụ lý mới', 'Tổng số thụ lý', 'Có điều kiện', 'Giải quyết xong'],
        ['Chi cục A', 1300, 999, 3911, 5211, 4000, 3000],
        ['Chi cục B', 100, 5, 50, 150, 100, 60],
      ]);
      expect(column(t, header).role).toEqual({ kind: 'quantity', measure: 'viec', key: 'carriedOver' });
      expect(column(t, 'Theo dõi riêng').role).toEqual({ kind: 'ignored' });
      expect(validateTable(t.units, { regime: 'B', moneyUnit: 'nghin' })).toEqual([]);
    });
  }
});

describe('case 5: a typed rate as forms type it is checked against the data', () => {
  // Domain §5: Đ 310,1 tỷ, X 180,7 tỷ give 58,27%; the sheet typed 54,75%.
  for (const [header, typed] of [
    ['Tỷ lệ về tiền (%)', 54.75],
    ['Tỷ lệ (%)', 54.75],
    ['Tỷ lệ (%)', '54,75'],
    ['Tỷ lệ', '54,75%'],
    ['Tỷ lệ', 0.5475],
    ['Ty le (%)', 54.75],
  ] as const) {
    it(`"${header}" holding ${JSON.stringify(typed)} is flagged against 58,27%`, () => {
      const t = read([
        ['Đơn vị', 'Có điều kiện về tiền', 'Giải quyết xong về tiền', header],
        ['Chi cục A', 310100000, 180700000, typed],
        ['Chi cục B', 1000, 500, 50],
      ]);
      expect(t.units[0]?.typedRate?.tien).toBeCloseTo(0.5475, 10);
      const f = validateTable(t.units, { regime: 'B', moneyUnit: 'nghin' });
      expect(f.map((x) => x.rule)).toEqual(['typed-rate']);
      expect(f[0]?.message).toContain('bảng ghi tỷ lệ 54,75% nhưng X / Đ = 180.700.000 nghìn đồng / 310.100.000 nghìn đồng = 58,27%');
    });
  }
});
