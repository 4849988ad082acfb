import type { Grid } from '../../core/types';

/**
 * A short fingerprint of a sheet's content (dấu vân tay nội dung): its values and formulas as read back,
 * hashed with two 32-bit FNV-1a passes over a canonical text of the cells. Recorded with the add-on's mark
 * when it writes a sheet and compared at the next run: a different fingerprint means the user changed the
 * sheet since, and it is kept. Not a security measure — it only has to notice an edit.
 *
 * @example contentFingerprint([[1, 'a']], [['', '']]) === contentFingerprint([[1, 'a']], [['', '']]) // true
 * @example contentFingerprint([[1, 'a']], [['', '']]) === contentFingerprint([[2, 'a']], [['', '']]) // false
 */
export function contentFingerprint(values: Grid, formulas: readonly (readonly string[])[]): string {
  const text = JSON.stringify({ v: values.map((row) => row.map(canonical)), f: formulas });
  return `${fnv1a(text, 0x811c9dc5).toString(16)}${fnv1a(text, 0x01000193).toString(16)}-${text.length}`;
}

/** A Date from Sheets becomes its time (the same instant reads back the same in any realm). */
function canonical(v: unknown): unknown {
  if (Object.prototype.toString.call(v) === '[object Date]') return { d: (v as Date).getTime() };
  return v ?? '';
}

function fnv1a(text: string, seed: number): number {
  // Math.imul taken once: a close's snapshot hashes millions of characters, and a global looked up per
  // character is slow where globals are looked up through the context (the local runtime's vm).
  const imul = Math.imul;
  const n = text.length;
  let h = seed >>> 0;
  for (let i = 0; i < n; i++) {
    h ^= text.charCodeAt(i);
    h = imul(h, 0x01000193) >>> 0;
  }
  return h;
}
