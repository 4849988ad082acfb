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
  const [a, b] = fnv1a2(text, 0x811c9dc5, 0x01000193);
  return `${a.toString(16)}${b.toString(16)}-${text.length}`;
}

/** A Date from Sheets becomes its time (the same instant reads back the same in any realm). */
function canonical(v: unknown): unknown {
  if (Object.prototype.toString.call(v) === '[object Date]') return { d: (v as Date).getTime() };
  return v ?? '';
}

/** Both FNV-1a passes in one loop over the text (a 700-unit report's text is about 700,000 characters). */
function fnv1a2(text: string, seedA: number, seedB: number): [number, number] {
  let a = seedA >>> 0;
  let b = seedB >>> 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
  }
  return [a, b];
}
