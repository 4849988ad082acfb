/**
 * Writing a value into a cell the way Sheets' setValue/setValues does: "=" (or "+", "-", "@"
 * before something that is not a number) starts a formula, a leading apostrophe keeps the rest as
 * text, and a string Sheets would read as a number, percentage, date or boolean in a vi_VN
 * spreadsheet becomes one (typed-input.ts).
 */
import type { Cell, Value } from './cell';
import { isDate } from './cell';
import { typedInput } from './typed-input';

/**
 * Stores `raw` in `cell` as Sheets would store typed input, keeping the cell's format.
 * @example writeValue(cell, "'=IMPORTXML(x)") // cell.value === '=IMPORTXML(x)', no formula
 */
export function writeValue(cell: Cell, raw: unknown, timeZone = 'Asia/Ho_Chi_Minh'): void {
  // Deleted only when there: a delete turns the cell object into a slow dictionary, which made writing a
  // report's cells (a fresh sheet, nothing to delete) a noticeable part of its time in this runtime.
  if ('formula' in cell) delete cell.formula;
  if ('computed' in cell) delete cell.computed;
  if ('spillFrom' in cell) delete cell.spillFrom;
  const value = toValue(raw);
  if (typeof value === 'string') {
    if (value.startsWith("'")) {
      cell.value = value.slice(1);
      return;
    }
    if (value.length > 1 && value.startsWith('=')) {
      cell.formula = value;
      delete cell.value;
      return;
    }
    // A cell formatted as plain text keeps what is typed into it.
    const typed = cell.numberFormat === '@' ? undefined : typedInput(value, timeZone);
    if (typed) {
      cell.value = typed.value;
      if (typed.numberFormat && (cell.numberFormat === undefined || cell.numberFormat === 'General')) cell.numberFormat = typed.numberFormat;
      return;
    }
    // Typed "+1+1", "-A1" or "@SUM(A1)" is a formula too (a number such as "-2,5" was read above).
    if (value.length > 1 && /^[+\-@]/.test(value)) {
      cell.formula = '=' + value;
      delete cell.value;
      return;
    }
  }
  if (value === undefined || value === '') {
    if ('value' in cell) delete cell.value;
  } else cell.value = value;
}

/** A value from any realm to a cell value; null/undefined → blank, objects → their string. */
export function toValue(raw: unknown): Value | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'string' || typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : '#NUM!';
  if (isDate(raw)) return new Date((raw as Date).getTime());
  return String(raw);
}
