/**
 * The bad-input corpus (issue 6, item 1): cell values and ranges of the kinds Sheets hands a custom
 * function, and the kinds it should not but a bug or a strange sheet might. Every generator here is
 * used by the property tests over the registry and over the table reader.
 *
 * Text generators never produce the words "NaN", "Infinity" or "undefined": a message may quote the
 * value found, and those words in a message are how a leaked JS error is recognised.
 */
import fc from 'fast-check';
import type { CellValue, Grid } from '../../src/core/types';

/** Numbers as Vietnamese sheets type them as text ("." groups thousands, "," is the decimal mark). */
export const vietnameseNumberTexts = [
  '4.555', '1.431.146.957', '79,32', '84,88%', '80,5%', '3.420 việc', '406,5 tỷ đồng',
  '168.182 tỷ 330 triệu 867 nghìn đồng', '0,5', '1.234,5', ' 4.029 ', '-12', '100%', '0%',
];

/** Numbers as other locales (or nobody) write them: must be refused or read without a crash. */
export const foreignNumberTexts = [
  '1,234.56', '1 234,5', '1e5', '1E-7', '0x1F', '0b101', '١٢٣', '１２３', '$1,000', '(123)', '12-', '--5',
  '+-3', '.5', '5.', '1.2.3', '1,2,3', '4.5', '4,5', '1.234', '∞', '½', '12 345', '1_000', '80 %', '%',
];

/** Error values as a formula cell shows them. */
export const errorTexts = ['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!', '#SPILL!', '#N/A!'];

/** Text that looks like anything but data. */
export const hostileTexts = [
  '', ' ', '\t', '\n', '-', '—', 'không', 'chưa có', 'Tổng cộng', 'Chi cục THADS huyện A', 'x',
  '=SUM(A1)', '=IMPORTXML("http://x","//a")', '+1+1', '@SUM(A1)', '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>', '🙂', '\u0000', '\u202e', 'a'.repeat(10_000), 'null', 'true', 'FALSE',
  'Cộng', 'Công', '(1)', '1 = 2 + 3', '__proto__', 'constructor', 'toString',
];

/** Numbers a cell can hold that break careless arithmetic. */
export const extremeNumbers = [
  0, -0, 1, -1, 0.5, 1.5, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, 5e-324, 1e-300, 1e21, 1e15,
  2 ** 53 + 1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 3420, 4029, 0.848846, 80, 0.8,
];

/** JS numbers Sheets never passes but a bug upstream could: must not come back out as a number. */
export const nonFiniteNumbers = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];

const safeText = fc
  .string({ unit: 'grapheme', maxLength: 30 })
  .filter((s) => !/NaN|Infinity|undefined/.test(s));

const vietnameseWords = fc
  .array(fc.constantFrom('Chi cục', 'THADS', 'huyện', 'việc', 'tiền', 'xong', 'đình chỉ', 'tỷ', 'nghìn', 'đồng', 'Ủy thác', 'CĐK'), {
    minLength: 1,
    maxLength: 4,
  })
  .map((w) => w.join(' '));

/** Dates as Sheets passes them (valid ones), from 1899 to 2100. */
export const dates = fc.date({ min: new Date('1899-12-30T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true });

/** One cell value: good, bad or strange. */
export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -1_000_000, max: 10_000_000 }) },
  { weight: 2, arbitrary: fc.double({ min: -2, max: 2, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom(...extremeNumbers) },
  { weight: 1, arbitrary: fc.constantFrom(...nonFiniteNumbers) },
  { weight: 2, arbitrary: fc.constantFrom(...vietnameseNumberTexts) },
  { weight: 2, arbitrary: fc.constantFrom(...foreignNumberTexts) },
  { weight: 2, arbitrary: fc.constantFrom(...errorTexts) },
  { weight: 2, arbitrary: fc.constantFrom(...hostileTexts) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: dates },
  { weight: 1, arbitrary: safeText },
  { weight: 1, arbitrary: vietnameseWords },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** A rectangular range of `rows` × `columns` cells. */
export function rectangle(rows: number, columns: number, cell: fc.Arbitrary<CellValue> = cellValue): fc.Arbitrary<Grid> {
  return fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows });
}

/** A range with rows of different lengths (Sheets never sends one; a caller's array literal might). */
export const jaggedGrid: fc.Arbitrary<Grid> = fc.array(fc.array(cellValue, { minLength: 0, maxLength: 5 }), { minLength: 2, maxLength: 6 });

/** Ranges with nothing in them. */
export const emptyGrids: Grid[] = [[], [[]], [[], []], [['']], [['', ''], ['', '']]];

/** A grid of any of the shapes above, up to 12×8. */
export const anyGrid: fc.Arbitrary<Grid> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 8 })).chain(([r, c]) => rectangle(r, c)) },
  { weight: 1, arbitrary: fc.constantFrom(...emptyGrids) },
  { weight: 1, arbitrary: jaggedGrid },
  { weight: 1, arbitrary: rectangle(1, 1) },
);

/** Setting names a THADS_… options range may hold (two columns: name, value), and junk. */
const optionNames = ['năm', 'tháng', 'chế độ', 'đơn vị tiền', 'xếp hạng theo', 'chỉ tiêu việc', 'chỉ tiêu tiền', 'mẫu số', 'cách tính', 'year', ''];

/** A two-column range of settings, with bad values (and sometimes a bad shape). */
export const optionsGrid: fc.Arbitrary<Grid> = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...optionNames), safeText), cellValue).map(([k, v]) => [k, v] as CellValue[]), { minLength: 1, maxLength: 6 }) },
  { weight: 1, arbitrary: anyGrid },
);

/**
 * A small aggregated THADS table (domain §7) that the reader should detect: two-row header with a
 * merged parent, two units and a totals row. Regime B identities hold: P = Đ + K + H, X = X1 + X2.
 * The corruption tests start from it and break cells, so the reader's deeper paths are reached.
 */
export function validTable(): Grid {
  return [
    ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC', '', '', '', '', '', '', '', ''],
    ['12 tháng năm 2020 (từ 01/10/2019 đến 30/09/2020)', '', '', '', '', '', '', '', ''],
    ['STT', 'Đơn vị', 'Tổng số phải thi hành', 'Có điều kiện thi hành', '', '', 'Chưa có điều kiện thi hành', 'Hoãn, tạm đình chỉ', 'Tỷ lệ (%)'],
    ['', '', '', 'Tổng số', 'Thi hành xong', 'Đình chỉ', '', '', ''],
    [1, 'Chi cục THADS huyện A', 5000, 4029, 3000, 420, 800, 171, 0.8488],
    [2, 'Chi cục THADS huyện B', 1000, 800, 500, 100, 150, 50, 0.75],
    ['', 'Tổng cộng', 6000, 4829, 3500, 520, 950, 221, 0.8325],
  ];
}

/** `validTable()` with some data cells (rows 4..6, columns 1..8) replaced by bad values. */
export const corruptedTable: fc.Arbitrary<Grid> = fc
  .array(fc.tuple(fc.integer({ min: 4, max: 6 }), fc.integer({ min: 1, max: 8 }), cellValue), { minLength: 1, maxLength: 6 })
  .map((edits) => {
    const grid = validTable();
    for (const [r, c, v] of edits) grid[r]![c] = v;
    return grid;
  });

/** A table-kind argument: random, empty, jagged, or a real table with bad cells. */
export const tableGrid: fc.Arbitrary<Grid> = fc.oneof(
  { weight: 2, arbitrary: anyGrid },
  { weight: 3, arbitrary: corruptedTable },
);
