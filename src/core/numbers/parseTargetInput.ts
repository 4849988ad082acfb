import { decimalValue, readDecimal } from './readDecimal';
import { formatNumber } from './formatNumber';

/**
 * Why a typed target was refused: `fraction` ("0,8": a fraction where a percent is asked),
 * `pointDecimal` ("83.25": an English decimal point), `notNumber`, `negative`, `above100`.
 */
export type TargetInputProblem = 'fraction' | 'pointDecimal' | 'notNumber' | 'negative' | 'above100';

/**
 * A target as typed by a user, read: a fraction (0..1), null for a blank, or why not (in Vietnamese,
 * quoting the text) with what it probably meant (`suggestion`, a fraction) when that can be said.
 */
export type TargetInput =
  | { ok: true; value: number | null }
  | { ok: false; problem: TargetInputProblem; reason: string; suggestion?: number };

/**
 * Reads a target typed by a user (chỉ tiêu nhập tay) — the sidebar's % fields and the demo's
 * --target-viec / --target-tien alike — as a fraction. The one rule: the text is a percent, with or
 * without "%": "80", "80%", "80,5" and "80,5%" are 80% and 80,5%. A cell of a sheet is another
 * matter (Sheets hands over 80% as 0,8; see parsePercent): a person typing into a field labelled
 * "%" means percent.
 *
 * Two readings are never guessed:
 * - "0,8" without "%": 0,8% is not a target anyone is given, 80% written as a fraction is likely;
 *   it is refused with the question "có phải 80%?" (and the suggestion 0,8), never taken either way.
 *   "0,8%" says what it means and is read as 0,8%.
 * - "83.25": the Vietnamese convention (readDecimal) has "," as the decimal mark and "." grouping
 *   thousands, so "83.25" is not a number there; it is refused with the hint to write 83,25.
 *
 * Blank → null (not set). Negative or above 100% → refused.
 *
 * @example parseTargetInput('80')     // { ok: true, value: 0.8 }
 * @example parseTargetInput('80,5%')  // { ok: true, value: 0.805 }
 * @example parseTargetInput('0,8')    // { ok: false, problem: 'fraction', reason: '"0,8" — có phải 80%? …', suggestion: 0.8 }
 * @example parseTargetInput('83.25')  // { ok: false, problem: 'pointDecimal', reason: '… hãy viết 83,25', suggestion: 0.8325 }
 */
export function parseTargetInput(text: string): TargetInput {
  const t = text.replace(/\s+/g, '');
  if (t === '') return { ok: true, value: null };
  const percentSign = t.endsWith('%');
  const body = percentSign ? t.slice(0, -1) : t;
  const shown = text.trim();
  const d = readDecimal(body);
  if (!d.ok) {
    if (/^\d+\.\d+$/.test(body)) {
      const comma = body.replace('.', ',');
      const percent = Number(body);
      return {
        ok: false,
        problem: 'pointDecimal',
        reason: `"${shown}": số viết kiểu Việt Nam dùng dấu phẩy làm dấu thập phân — hãy viết ${comma}`,
        // Only what the comma form would be read as: "0.8" written "0,8" is asked about again.
        ...(percent >= 1 && percent <= 100 ? { suggestion: Math.round(percent * 1e6) / 1e8 } : {}),
      };
    }
    return { ok: false, problem: 'notNumber', reason: `"${shown}" không phải là số phần trăm (ví dụ 80, 80% hoặc 80,5)` };
  }
  const percent = decimalValue(d);
  if (d.negative && percent !== 0) return { ok: false, problem: 'negative', reason: `"${shown}" là tỷ lệ âm` };
  if (percent > 100) return { ok: false, problem: 'above100', reason: `"${shown}" lớn hơn 100%` };
  if (!percentSign && percent > 0 && percent < 1) {
    const meant = formatNumber(percent * 100, 4, true);
    return {
      ok: false,
      problem: 'fraction',
      reason: `"${shown}" — có phải ${meant}%? Chỉ tiêu nhập theo phần trăm: hãy viết ${meant} hoặc ${meant}%`,
      suggestion: percent,
    };
  }
  // Shift the decimal point on the digits: "81,5" is exactly 0.815, not 0.8150000000000001.
  return { ok: true, value: decimalValue(d, -2) };
}
