/**
 * Which cells a sheet's conditional-format rules colour (định dạng có điều kiện), evaluated as
 * Sheets does: for each cell of a rule's ranges, the first rule (in order) whose condition holds
 * gives the format; a custom formula is written for the range's top-left cell and moves with each
 * cell (relative references), `$` parts stay.
 */
import { cellA1, parseA1 } from '../model/a1';
import type { ConditionalFormatRecord, SheetModel } from '../model/sheet';
import { isDate } from '../model/cell';
import { serialFromWallClock, toWallClock } from '../model/time';
import type { Expr, FormulaValue } from './expression';
import { evaluateFormula, isSatisfied, parseFormula } from './expression';

export type AppliedFormat = ConditionalFormatRecord['format'] & { rule: number };

/** A cell's value as a formula reads it: dates as serial numbers, blank as null. */
function reader(sheet: SheetModel, timeZone: string): (row: number, column: number) => FormulaValue {
  return (row, column) => {
    const v = sheet.cell(row, column)?.value;
    if (v === undefined || v === '') return null;
    if (isDate(v)) return serialFromWallClock(toWallClock(v.getTime(), timeZone));
    return v;
  };
}

/** Whether one condition holds for a cell, given its value and the formula tree of a custom formula. */
function holds(condition: ConditionalFormatRecord['condition'], value: FormulaValue, formula: () => FormulaValue): boolean {
  const [a, b] = condition.values as number[];
  const n = typeof value === 'number' ? value : undefined;
  switch (condition.type) {
    case 'CUSTOM_FORMULA':
      return isSatisfied(formula());
    case 'NUMBER_LESS':
      return n !== undefined && n < a!;
    case 'NUMBER_LESS_THAN_EQ':
      return n !== undefined && n <= a!;
    case 'NUMBER_GREATER':
      return n !== undefined && n > a!;
    case 'NUMBER_GREATER_THAN_EQ':
      return n !== undefined && n >= a!;
    case 'NUMBER_EQ':
      return n !== undefined && n === a;
    case 'NUMBER_BETWEEN':
      return n !== undefined && n >= Math.min(a!, b!) && n <= Math.max(a!, b!);
    case 'TEXT_CONTAINS':
      return typeof value === 'string' && value.toLowerCase().includes(String(condition.values[0]).toLowerCase());
    case 'CELL_EMPTY':
      return value === null;
    case 'CELL_NOT_EMPTY':
      return value !== null;
    default:
      return false;
  }
}

/**
 * The format each coloured cell of `sheet` takes from its conditional-format rules, by A1 ("E6").
 * Throws (FormulaError) when a rule's custom formula does not parse or names an unknown function.
 * @example appliedConditionalFormats(report).get('E6') // { background: '#fce8e6', rule: 0 }
 */
export function appliedConditionalFormats(sheet: SheetModel, timeZone = 'Asia/Ho_Chi_Minh'): Map<string, AppliedFormat> {
  const read = reader(sheet, timeZone);
  const out = new Map<string, AppliedFormat>();
  sheet.conditionalFormats.forEach((rule, index) => {
    const tree: Expr | undefined = rule.condition.type === 'CUSTOM_FORMULA' ? parseFormula(String(rule.condition.values[0])) : undefined;
    for (const text of rule.ranges) {
      const rect = parseA1(text)?.rect;
      if (!rect) continue;
      for (let r = rect.row; r < rect.row + rect.numRows; r++) {
        for (let c = rect.column; c < rect.column + rect.numColumns; c++) {
          const a1 = cellA1(r, c);
          if (out.has(a1)) continue;
          const formula = () => evaluateFormula(tree!, read, { rows: r - rect.row, columns: c - rect.column });
          if (holds(rule.condition, read(r, c), formula)) out.set(a1, { ...rule.format, rule: index });
        }
      }
    }
  });
  return out;
}
