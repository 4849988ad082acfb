/** A sheet's values as the add-on would read them with getDataRange().getValues(), for tests. */
import type { Workbook } from './model/workbook';
import type { Value } from './model/cell';
import { displayValue, isDateFormat } from './model/display';
import { fromWallClock, wallClockFromSerial } from './model/time';

/**
 * Values from A1 to the last row and column with content; blank cells as "".
 * @example sheetToGrid(Workbook.empty().addSheet('S', [[1, '', 'x']]) && wb, 'S') // [[1, '', 'x']]
 */
export function sheetToGrid(workbook: Workbook, sheetName: string): (string | number | boolean | Date)[][] {
  return read(workbook, sheetName, (v, fmt) => {
    if (v === undefined) return '';
    if (typeof v === 'number' && isDateFormat(fmt)) return new Date(fromWallClock(wallClockFromSerial(v), workbook.timeZone));
    return v;
  });
}

/** Display values (vi_VN) of the same area, as getDisplayValues() returns them. */
export function displayGrid(workbook: Workbook, sheetName: string): string[][] {
  return read(workbook, sheetName, (v, fmt) => displayValue(v, fmt, workbook.timeZone, workbook.locale));
}

function read<T>(workbook: Workbook, sheetName: string, f: (v: Value | undefined, fmt: string | undefined) => T): T[][] {
  const sheet = workbook.requireSheet(sheetName);
  const rows = Math.max(1, sheet.lastRow());
  const cols = Math.max(1, sheet.lastColumn());
  const out: T[][] = [];
  for (let r = 1; r <= rows; r++) {
    const line: T[] = [];
    for (let c = 1; c <= cols; c++) {
      const cell = sheet.cell(r, c);
      line.push(f(cell?.value, cell?.numberFormat));
    }
    out.push(line);
  }
  return out;
}
