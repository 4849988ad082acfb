/**
 * The first of "name", "name (2)", "name (3)", … not taken (tên trang còn trống; Sheets compares names
 * case-insensitively).
 *
 * @example freeName('Báo cáo 6 tháng năm 2019', new Set(['Báo cáo 6 tháng năm 2019'])) // "Báo cáo 6 tháng năm 2019 (2)"
 */
export function freeName(name: string, taken: ReadonlySet<string>): string {
  const lower = new Set(Array.from(taken, (n) => n.toLowerCase()));
  if (!lower.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name} (${i})`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
