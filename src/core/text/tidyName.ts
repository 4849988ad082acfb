/**
 * A name as typed, tidied (tên đã chuẩn hóa khoảng trắng): trimmed, runs of spaces, tabs and line
 * breaks as one space, letters and accents kept. The register's officers and units and a close's
 * cases are tidied by this one rule, so that a name retyped with other spacing is the same on both
 * sides of a comparison (tester, issue 14: a double space made a second officer of the same name).
 * Cheap on the common case: a name with no run of spaces is returned as it is.
 *
 * @example tidyName(' Nguyễn  Văn Hùng ') // 'Nguyễn Văn Hùng'
 */
export function tidyName(text: string): string {
  const t = text.trim();
  return t.indexOf('  ') >= 0 || t.indexOf('\t') >= 0 || t.indexOf('\n') >= 0 ? t.replace(/\s+/g, ' ') : t;
}
