/**
 * Abbreviations used in the forms (chữ viết tắt: THA, CĐK, CCĐK, TĐC, CHV, KTS), spelled out before a
 * header or a status is matched; normalised (lower case). Longer ones first: "ccđk" before "cđk" before
 * "đk". KTS is read as "kỳ trước chuyển sang" (carried over) — an inference, hence the lower confidence
 * the column reader gives it.
 */
export const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['ccđk', 'chưa có điều kiện'],
  ['cđk', 'có điều kiện'],
  ['đk', 'điều kiện'],
  ['tđc', 'tạm đình chỉ'],
  ['tha', 'thi hành án'],
  ['thads', 'thi hành án dân sự'],
  ['chv', 'chấp hành viên'],
  ['kts', 'kỳ trước chuyển sang'],
  ['qđ', 'quyết định'],
];
