/**
 * The shared vocabulary of the pure core: what a unit's statistics are, how a table is mapped,
 * what a finding says. Every layer (custom functions, table reader, report, sidebar) speaks these
 * types; keep this file free of logic so that any layer can import it at no cost.
 *
 * Symbols follow docs/domain.md §3.
 */

/** Việc (cases) or tiền (money). Every việc quantity has a tiền twin. */
export type Measure = 'viec' | 'tien';

/**
 * A quantity of domain §3. Each exists once for việc and once for tiền.
 */
export type QuantityKey =
  /** C — số cũ chuyển sang (after removing án theo dõi riêng). */
  | 'carriedOver'
  /** F — án chuyển sổ theo dõi riêng. */
  | 'separateRegister'
  /** M — thụ lý mới. */
  | 'newlyAccepted'
  /** T — tổng số thụ lý = C + M. */
  | 'totalAccepted'
  /** U — ủy thác. */
  | 'delegated'
  /** R — thu hồi, hủy quyết định; rút lên. */
  | 'withdrawn'
  /** P — tổng số phải thi hành = T − U − R. */
  | 'mustEnforce'
  /** Đ — có điều kiện thi hành. */
  | 'enforceable'
  /** K — chưa có điều kiện thi hành. */
  | 'notEnforceable'
  /** H — hoãn, tạm đình chỉ (tạm dừng). */
  | 'postponed'
  /** X1 — thi hành xong. */
  | 'fullyEnforced'
  /** X2 — đình chỉ thi hành án. */
  | 'terminated'
  /** đang thi hành. */
  | 'inProgress'
  /** trường hợp khác. */
  | 'other'
  /** X — giải quyết xong = X1 + X2. */
  | 'completed'
  /** S — chuyển kỳ sau = P − X. */
  | 'nextPeriod'
  /** S_Đ — có điều kiện chuyển kỳ sau = Đ − X. */
  | 'enforceableBacklog';

/** One set of quantities (việc, or tiền in đồng) for one unit; a quantity the sheet lacks is absent. */
export type QuantitySet = Partial<Record<QuantityKey, number>>;

/**
 * Classification regime (domain §3): A = rules of 2013/2015 (years ≤ 2019, H inside Đ);
 * B = rules of 2019/2024 (years ≥ 2020, P = Đ + K + H).
 */
export type Regime = 'A' | 'B';

/** Money unit a sheet keeps its amounts in: đồng, nghìn đồng (the forms' default), triệu, tỷ. */
export type MoneyUnit = 'dong' | 'nghin' | 'trieu' | 'ty';

/** A cell value as Apps Script hands it over: "" for blank, percentages as fractions. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A range as Apps Script hands it over: rows of columns. */
export type Grid = CellValue[][];

/**
 * The statistical period (domain §2): year N runs 01/10/N-1 to 30/09/N; `month` counts the
 * cumulative months from 01/10 (1 = to 31/10, 6 = to 31/03, 12 = the annual report).
 */
export interface Period {
  year: number;
  month: number;
}

/** What kind of row of a statistics table this is. */
export type RowKind = 'unit' | 'total' | 'subtotal';

/** One row of an aggregated table (one unit, or a totals row), money converted to đồng. */
export interface UnitRecord {
  /** The unit's name as written in the sheet (Chi cục THADS huyện …, phòng THADS khu vực …, a CHV). */
  label: string;
  /** 0-based index of the row in the grid the table was read from. */
  row: number;
  kind: RowKind;
  /** False for totals rows and rows the user flagged "không xếp hạng" (e.g. the provincial office). */
  ranked: boolean;
  viec: QuantitySet;
  /** Money quantities, always in đồng (converted from the sheet's unit). */
  tien: QuantitySet;
  /** CHV — số chấp hành viên. */
  officers?: number;
  /** A completion rate typed in the sheet (fraction), kept to check it against the data. */
  typedRate?: Partial<Record<Measure, number>>;
  /** A user-entered score, for ranking by score. */
  score?: number;
  /**
   * Cells whose figure cannot be used (ô số liệu sai): unreadable, negative, a fractional việc count,
   * or X > Đ. Each withholds every figure of its measure for this row (domain §5); absent when none.
   */
  problems?: CellProblem[];
}

/** Why a quantity cell cannot be used: each withholds its measure's figures (domain §5, bad data). */
export type CellProblemKind = 'unreadable' | 'negative' | 'fractional' | 'exceeds' | 'missing';

/**
 * Ô số liệu sai: one quantity cell of a row that cannot be used, where it is and why. The cell's
 * value is not in the row's QuantitySet (except for X > Đ, where both figures are read as given).
 * 'missing': a blank Đ or X cell while the other of the pair holds a figure (the rate cannot be
 * computed, and the totals would count one side only).
 */
export interface CellProblem {
  kind: CellProblemKind;
  measure: Measure;
  /** The quantity the column holds (for X > Đ: X, or X1 when the sheet has no X column). */
  key: QuantityKey;
  /** 0-based row and column in the grid the table was read from. */
  row: number;
  column: number;
  /** The cell's value as a message quotes it (describeValue: "\"#N/A\"", "-50", "TRUE"; for X > Đ, X as read). */
  value: string;
  /** Why, in Vietnamese, quoting the value but not saying where: "số âm -50: số việc không thể âm". */
  reason: string;
}

/** Targets assigned to one unit for one year; rates as fractions (0.8 = 80%). */
export interface Targets {
  /** Chỉ tiêu tỷ lệ giải quyết xong về việc. */
  viec?: number;
  /** Chỉ tiêu tỷ lệ giải quyết xong về tiền. */
  tien?: number;
  /** Chỉ tiêu giảm án tồn (backlog reduction, fraction of last year's backlog). */
  backlogReduction?: number;
}

/** How units are ranked (domain §4). Default: việc rate, ties broken by tiền rate. */
export type RankBy =
  | { kind: 'viec' }
  | { kind: 'tien' }
  | { kind: 'weighted'; weightViec: number; weightTien: number }
  | { kind: 'score' };

/** Against what a mid-year rate is compared (domain §2). Default: the full-year target. */
export type TargetMode = 'fullYear' | 'proRata';

/** Denominator of the shares Đ/K/H: P (official) or T (as some reports write them). */
export type ShareBase = 'mustEnforce' | 'totalAccepted';

/** A data problem found in a table, in Vietnamese, naming where it is. */
export interface Finding {
  severity: 'error' | 'warning' | 'info';
  /** Short identifier of the rule broken, e.g. "T=C+M", "X<=D", "totals", "typed-rate". */
  rule: string;
  /** 0-based row in the grid, when the finding is about one row. */
  row?: number;
  /** 0-based column in the grid, when the finding is about one column. */
  column?: number;
  /** The unit's label, when the finding is about one unit. */
  unit?: string;
  measure?: Measure;
  expected?: number;
  actual?: number;
  /** The whole message in Vietnamese, e.g. "Dòng 7 (Chi cục THADS huyện A), việc: T = C + M không đúng: …". */
  message: string;
}

/** What a column of a table holds. */
export type ColumnRole =
  | { kind: 'label' }
  | { kind: 'quantity'; measure: Measure; key: QuantityKey }
  | { kind: 'officers' }
  | { kind: 'typedRate'; measure: Measure }
  | { kind: 'score' }
  | { kind: 'notRanked' }
  | { kind: 'ignored' };

/** One column's detected (or user-given) meaning, with why. */
export interface ColumnMapping {
  /** 0-based column in the grid. */
  column: number;
  role: ColumnRole;
  /** The header text (parents joined with " / "), for showing to the user. */
  header: string;
  /** 0..1; 1 for a mapping the user gave. Below 1 is a guess and must be shown as one. */
  confidence: number;
  /** Why, in Vietnamese ("tiêu đề 'Thi hành xong' dưới 'Có điều kiện thi hành'"). */
  reasons: string[];
}
