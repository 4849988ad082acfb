import { ThadsError, isThadsError } from '../core/errors';
import type { CustomFunctionSpec } from './spec';
import { runCellFunction } from './args/cellwise';

/**
 * Runs a custom function from its declaration: a cell function through the interpreter of its
 * parameter list (runCellFunction), a column or table function through its `impl`. What reaches
 * a cell is always something Sheets can show: a user error keeps its Vietnamese message; an unexpected JS error becomes a Vietnamese message
 * naming the function (never "TypeError: …" alone); undefined/null become "" and a non-finite
 * number is refused rather than shown as a number that looks right.
 *
 * @example guard(THADS_RATE)(3420, 4029) // 0.8488…, or a ThadsError
 */
export function guard(spec: CustomFunctionSpec): (...args: unknown[]) => unknown {
  return (...args: unknown[]) => {
    let result: unknown;
    try {
      result = spec.mode === 'cell' ? runCellFunction(spec, args) : spec.impl(...args);
    } catch (e) {
      if (isThadsError(e)) throw e;
      const detail = e instanceof Error ? e.message : String(e);
      throw new ThadsError(`${spec.name}: lỗi không mong đợi (${detail}). Vui lòng báo cho người quản trị.`);
    }
    return sanitize(result, spec.name);
  };
}

function sanitize(value: unknown, name: string): unknown {
  if (Array.isArray(value)) {
    if (value.length === 0) return '';
    // A 100.000-row result is usually clean: check it without copying it (no allocation, no GC).
    if (isClean(value)) return value;
    return value.map((row) => (Array.isArray(row) ? row.map((v) => sanitizeCell(v, name)) : sanitizeCell(row, name)));
  }
  return sanitizeCell(value, name);
}

/**
 * Array.isArray held in the bundle's closure: in Apps Script and in a vm context every global
 * lookup goes through the global object's interceptor, too slow once per row of 100.000.
 */
const isArray = Array.isArray;

/** True when every row is an array of cells Sheets can show as they are. */
function isClean(rows: unknown[]): boolean {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!isArray(row)) return false;
    for (let c = 0; c < row.length; c++) {
      const v: unknown = row[c];
      if (v === undefined || v === null || (typeof v === 'number' && v - v !== 0)) return false;
    }
  }
  return true;
}

function sanitizeCell(v: unknown, name: string): unknown {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number' && !Number.isFinite(v)) {
    throw new ThadsError(`${name}: kết quả không xác định (chia cho 0 hoặc số quá lớn). Hãy kiểm tra dữ liệu đầu vào.`);
  }
  return v;
}
