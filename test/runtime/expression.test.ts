/**
 * The formula subset the add-on writes into conditional-format rules, parsed and evaluated as Sheets
 * would through the API: English names, "," between arguments, relative and absolute references.
 */
import { describe, expect, it } from 'vitest';
import { Workbook, createRuntimeSync, appliedConditionalFormats } from '../../runtime/index';
import { FormulaError, evaluateFormula, parseFormula } from '../../runtime/formula/expression';
import type { FormulaValue } from '../../runtime/formula/expression';
import { makeBuild } from './helpers';

/** A grid from A1: rows of values (null = blank). */
const grid = (rows: FormulaValue[][]) => (row: number, column: number) => rows[row - 1]?.[column - 1] ?? null;
const value = (formula: string, rows: FormulaValue[][] = [], shift = { rows: 0, columns: 0 }) => evaluateFormula(parseFormula(formula), grid(rows), shift);

describe('evaluating a formula', () => {
  it('computes arithmetic with Sheets precedence, % and unary minus', () => {
    expect(value('=1+2*3^2')).toBe(19);
    expect(value('=(1+2)*3')).toBe(9);
    expect(value('=-2^2')).toBe(4); // Sheets: unary minus binds tighter than ^
    expect(value('=50%*2')).toBe(1);
    expect(value('=1/0')).toEqual({ error: '#DIV/0!' });
    expect(value('="a"&1&TRUE')).toBe('a1TRUE');
  });

  it('compares numbers, text without case, and orders numbers < text < booleans', () => {
    expect(value('=A1<B1', [[0.75, 0.8]])).toBe(true);
    expect(value('=A1>=B1', [[0.8, 0.8]])).toBe(true);
    expect(value('="abc"="ABC"')).toBe(true);
    expect(value('=A1<"x"', [[5]])).toBe(true);
    expect(value('=A1<>B1', [[1, '1']])).toBe(true);
  });

  it('AND, OR, NOT, IF, ISNUMBER, ISTEXT, ISBLANK', () => {
    expect(value('=AND(ISNUMBER(A1),ISTEXT(B1),ISBLANK(C1))', [[1, 'x']])).toBe(true);
    expect(value('=OR(FALSE,A1>0)', [[1]])).toBe(true);
    expect(value('=NOT(A1)', [[0]])).toBe(true);
    expect(value('=IF(A1>1,"lớn","nhỏ")', [[2]])).toBe('lớn');
    expect(value('=AND(A1,TRUE)', [['chữ']])).toEqual({ error: '#VALUE!' });
  });

  it('ROUND rounds half away from zero on the digits shown, as Sheets does', () => {
    expect(value('=ROUND(A1,4)', [[19999 / 25000]])).toBe(0.8);
    expect(value('=ROUND(A1,2)', [[1.005]])).toBe(1.01);
    expect(value('=ROUND(A1)', [[-2.5]])).toBe(-3);
    expect(value('=ROUND(A1,4)<0.8', [[19998 / 25000]])).toBe(true);
  });

  it('moves relative references with the cell and keeps the $ parts', () => {
    const rows = [
      [0.9, 0.8, 0.7],
      [0.5, 0.6, 0.4],
    ];
    // Written for A1, evaluated for B2: A1 → B2, $B1 → $B2, A$1 → B$1, $C$1 stays.
    expect(value('=A1&"|"&$B1&"|"&A$1&"|"&$C$1', rows, { rows: 1, columns: 1 })).toBe('0.6|0.6|0.8|0.7');
  });
});

describe('a formula Sheets would refuse', () => {
  it.each([
    ['=AND(ISNUMBER(E5);E5<$F5)', /";".*"," between arguments/],
    ['=E5<0,8', /parse error at ","/],
    ['=VÀ(ISNUMBER(E5),E5<$F5)', /unknown function "VÀ"/],
    ['=ISNUMBR(E5)', /unknown function "ISNUMBR"/],
    ['=AND(ISNUMBER(E5)', /"\)" expected/],
    ['AND(E5)', /starts with "="/],
    ['=E5<<F5', /parse error/],
    ['=DUNG', /unknown name/],
  ])('%s throws', (formula, message) => {
    expect(() => parseFormula(formula)).toThrow(FormulaError);
    expect(() => parseFormula(formula)).toThrow(message);
  });
});

describe('conditional-format rules in the runtime', () => {
  const CODE = `function rule(formula) {
      var s = SpreadsheetApp.getActiveSheet();
      s.setConditionalFormatRules([SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(formula).setBackground('#f4c7c3').setRanges([s.getRange('A2:A4')]).build()]);
    }
    function caught(formula) { try { rule(formula); return 'no error'; } catch (e) { return (e instanceof Error) + ':' + e.message; } }`;
  const runtime = () => {
    const wb = Workbook.empty();
    wb.addSheet('S', [['Tỷ lệ', 'Chỉ tiêu'], [0.9, 0.8], [0.7, 0.8], ['', 0.8]]);
    return createRuntimeSync({ buildDir: makeBuild({ 'a.js': CODE }).buildDir, workbook: wb });
  };

  it('colour the cells whose formula, moved to each cell, holds', () => {
    const rt = runtime();
    rt.call('rule', '=AND(ISNUMBER(A2),A2<$B2)');
    expect([...appliedConditionalFormats(rt.workbook.requireSheet('S')).keys()]).toEqual(['A3']);
  });

  it('a wrong separator or function name fails the add-on, with an error of its realm', () => {
    const rt = runtime();
    expect(rt.call('caught', '=AND(ISNUMBER(A2);A2<$B2)')).toMatch(/^true:Invalid formula .*";"/);
    expect(rt.call('caught', '=AND(ISNUMBER(A2),A2<$B2)')).toBe('no error');
    expect(rt.call('caught', '=ESNUMERO(A2)')).toMatch(/unknown function "ESNUMERO"/);
  });
});
