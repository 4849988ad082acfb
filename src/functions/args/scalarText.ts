import { ThadsError } from '../../core/errors';
import { describeValue } from '../../core/numbers/describeValue';

/**
 * An argument that must be one value, not a range (a kind, a unit): its text, or "" when omitted.
 * A 1×1 range counts as one value.
 *
 * @example scalarText('THADS_YOY', 'kind', 'tỷ lệ') // "tỷ lệ"
 */
export function scalarText(fnName: string, name: string, value: unknown): string {
  let v = value;
  if (Array.isArray(v)) {
    const only = v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 ? v[0][0] : undefined;
    if (only === undefined) throw new ThadsError(`${fnName}: đối số ${name} phải là một ô, không phải một vùng.`);
    v = only;
  }
  if (v === undefined || v === null || v === '') return '';
  if (typeof v === 'string') return v.trim();
  throw new ThadsError(`${fnName}: đối số ${name}: ${describeValue(v)} không hợp lệ.`);
}
