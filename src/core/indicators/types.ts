/**
 * What the indicator engine computes for one unit (domain §4). Rates, shares and gaps are
 * fractions (0.8488 = 84,88%; a gap of 0.0488 = 4,88 percentage points); null where the inputs
 * are missing or the denominator is 0 — never NaN.
 */
import type { Period, RankBy, Regime, RowKind, ShareBase, TargetMode } from '../types';

export interface IndicatorOptions {
  regime: Regime;
  /** The reporting period; needed for pro-rata progress (tiến độ). */
  period?: Period;
  /** Which gap counts for "đạt"/"vượt"/"thiếu": full-year target (default) or pro-rata progress. */
  targetMode: TargetMode;
  /** Denominator of the shares Đ/K/H: P (default) or T. */
  shareBase: ShareBase;
  rankBy: RankBy;
  /**
   * The regime last year's figures are classified under, when it differs from `regime` (statistical
   * year 2019 under A, 2020 under B): last year's quantities are completed under their own rules, so
   * its rate is the one last year's report gave. Absent: `regime`.
   */
  previousRegime?: Regime;
}

/** One measure's (việc or tiền) indicators for one unit. */
export interface MeasureIndicators {
  /** T — tổng số thụ lý. */
  totalAccepted: number | null;
  /** P — tổng số phải thi hành. */
  mustEnforce: number | null;
  /** Đ — có điều kiện thi hành. */
  enforceable: number | null;
  /** X = X1 + X2 — giải quyết xong. */
  completed: number | null;
  /** X / Đ — tỷ lệ giải quyết xong. */
  rate: number | null;
  /** The unit's target for this measure, or null when none was given. */
  target: number | null;
  /** rate − target (percentage points as a fraction) — vượt (> 0) / thiếu (< 0) chỉ tiêu. */
  gap: number | null;
  /** rate − target × m / 12 — vượt/thiếu tiến độ. */
  progressGap: number | null;
  /** rate ≥ target under the chosen target mode; null without a target. */
  met: boolean | null;
  /** S = P − X — chuyển kỳ sau. */
  backlog: number | null;
  /** S_Đ = Đ − X — có điều kiện chuyển kỳ sau. */
  enforceableBacklog: number | null;
  /** Đ / base, K / base, H / base (base = P or T by the share setting). */
  shareEnforceable: number | null;
  shareNotEnforceable: number | null;
  sharePostponed: number | null;
  /** Same period last year, when comparison data was given. */
  previousRate: number | null;
  /** rate − previousRate, in points. */
  rateChange: number | null;
  /** X − X_prev (tăng/giảm … việc / đồng). */
  completedChange: number | null;
  /** (X − X_prev) / X_prev. */
  completedChangeRelative: number | null;
  /** (S_prev − S) / S_prev — giảm án tồn. */
  backlogReduction: number | null;
  /**
   * Không tính: why every figure above but the target is withheld (null) — the row's cells of this
   * measure that cannot be used, in words naming row, column and value (domain §5). Absent when the
   * figures are computed. The outputs show this text instead of the figures; none decides it again.
   */
  withheld?: string;
}

export interface UnitIndicators {
  label: string;
  /** 0-based row of the unit in the source grid. */
  row: number;
  kind: RowKind;
  ranked: boolean;
  viec: MeasureIndicators;
  tien: MeasureIndicators;
  /** CHV — số chấp hành viên. */
  officers: number | null;
  /** T / CHV (việc) — thụ lý bình quân mỗi chấp hành viên. */
  workloadTotal: number | null;
  /** P / CHV (việc). */
  workloadMust: number | null;
  /** How many of the unit's own targets it met ("đạt 3/4 chỉ tiêu"). */
  targetsMet: number;
  /** How many targets the unit was given. */
  targetsSet: number;
  /** Competition rank among ranked units (1, 2, 2, 4); null for unranked rows. */
  rank: number | null;
  /** How many units were ranked (the 15 of "5/15"). */
  rankOf: number | null;
  /** Competition grade (A/B/C/D) when grading rules are set. */
  grade: string | null;
}
