/**
 * Abbreviations used in the forms (chữ viết tắt: THA, CĐK, CCĐK, ĐKTH, TĐC, CHV, KTS, ĐC, Đ.chỉ, TH, GQ, TS, UT),
 * spelled out before a header or a status is matched; normalised (lower case). A header read only
 * through one of them is a guess (đoán): the column reader lowers its confidence to `confidence` and
 * says which abbreviation it read how. Two-letter ones are the least sure ("ĐC" is đình chỉ in a
 * THADS form, địa chỉ elsewhere; "TS" tổng số or tài sản), so they stay below the longer ones.
 * Only what is unambiguous in THADS forms is listed: "HT" (hoãn? hoàn thành?) is not.
 * Longer ones first: "ccđk" before "cđk" before "đk".
 */
export interface Abbreviation {
  /** As typed, normalised: "đc". */
  short: string;
  /** Spelled out: "đình chỉ". */
  long: string;
  /** How sure the reading is, below 1: a header read through it is shown as a guess. */
  confidence: number;
}

export const ABBREVIATIONS: readonly Abbreviation[] = [
  // "ĐKTH" runs "điều kiện thi hành" together ("Có ĐKTH", "Chưa có ĐKTH", "CĐKTH").
  // "ĐKTHA" adds the "án": "Chưa có ĐKTHA", "Có ĐKTHA" (the forms' own spelling).
  { short: 'ccđktha', long: 'chưa có điều kiện thi hành án', confidence: 0.9 },
  { short: 'cđktha', long: 'có điều kiện thi hành án', confidence: 0.9 },
  { short: 'đktha', long: 'điều kiện thi hành án', confidence: 0.8 },
  { short: 'ccđkth', long: 'chưa có điều kiện thi hành', confidence: 0.9 },
  { short: 'cđkth', long: 'có điều kiện thi hành', confidence: 0.9 },
  { short: 'đkth', long: 'điều kiện thi hành', confidence: 0.8 },
  { short: 'ccđk', long: 'chưa có điều kiện', confidence: 0.9 },
  { short: 'cđk', long: 'có điều kiện', confidence: 0.9 },
  // "Chưa ĐK" drops the "có" as well: without this it would read "chưa điều kiện", nothing.
  { short: 'chưa đk', long: 'chưa có điều kiện', confidence: 0.8 },
  { short: 'đk', long: 'điều kiện', confidence: 0.8 },
  { short: 'tđc', long: 'tạm đình chỉ', confidence: 0.9 },
  { short: 'thads', long: 'thi hành án dân sự', confidence: 0.9 },
  { short: 'tha', long: 'thi hành án', confidence: 0.9 },
  { short: 'chv', long: 'chấp hành viên', confidence: 0.9 },
  // An inference: "kỳ trước chuyển sang" (carried over).
  { short: 'kts', long: 'kỳ trước chuyển sang', confidence: 0.8 },
  { short: 'qđ', long: 'quyết định', confidence: 0.9 },
  { short: 'đc', long: 'đình chỉ', confidence: 0.7 },
  // "Đ.chỉ", "Đ/chỉ" (normalised "đ chỉ"), "ĐChỉ".
  { short: 'đ chỉ', long: 'đình chỉ', confidence: 0.7 },
  { short: 'đchỉ', long: 'đình chỉ', confidence: 0.7 },
  { short: 'th', long: 'thi hành', confidence: 0.7 },
  { short: 'gq', long: 'giải quyết', confidence: 0.7 },
  { short: 'ts', long: 'tổng số', confidence: 0.7 },
  { short: 'ut', long: 'ủy thác', confidence: 0.7 },
];
