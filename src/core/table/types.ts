/**
 * What the table reader finds in a sheet (domain §7): where the header block is, what each column
 * holds, which rows are units and which are totals, in what money unit the amounts are kept.
 * The sidebar shows a DetectedTable to the user (with each column's confidence and reasons) so that
 * the user can correct it with an ExplicitMapping, which always wins over detection.
 */
import * as z from 'zod/mini';
import { integer } from '../integerSchema';
import { lazy } from '../lazy';
import type { CellNaming } from '../text/columnName';
import type { ColumnMapping, MoneyUnit, Period, Regime, UnitRecord } from '../types';

/** A merged range of the sheet, 0-based, relative to the grid (Range.getMergedRanges()). */
export interface MergeRange {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** What a column of a case register (sổ thụ lý) holds. */
export type RegisterField =
  | 'index'
  | 'decision'
  | 'acceptedOn'
  | 'unit'
  | 'officer'
  | 'status'
  | 'amountDue'
  | 'amountCollected'
  | 'closedOn';

/** A column of a case register: its 0-based index, what it holds, and its header text. */
export interface RegisterColumn {
  column: number;
  field: RegisterField;
  header: string;
}

/** A table found in a grid (bảng số liệu thống kê). All indices are 0-based rows/columns of the grid. */
export interface DetectedTable {
  /** The sheet's name, when the caller knows it. */
  sheetTitle?: string;
  /** Text rows above the header ("BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 12 THÁNG NĂM 2020", "Đơn vị tính: …"). */
  titleRows: string[];
  /** First row of the header block. */
  headerStart: number;
  /** Last row of the header block (inclusive): the column-number row when there is one. */
  headerEnd: number;
  /** The row of column numbers "(1) (2) (3)…", when there is one. */
  numberRow?: number;
  firstDataRow: number;
  lastDataRow: number;
  /** The column of unit names (Chi cục THADS huyện …, phòng THADS khu vực …, a CHV). */
  labelColumn: number;
  columns: ColumnMapping[];
  /** The unit the sheet keeps money in; UnitRecord.tien is always converted to đồng. */
  moneyUnit: MoneyUnit;
  /** Where the money unit came from: the sheet's own text, the caller's setting, or the forms' default. */
  moneyUnitSource: 'header' | 'setting' | 'default';
  /** Units and totals rows, in sheet order (blank and sub-heading rows skipped). */
  units: UnitRecord[];
  /** Rows of sub-headings ("I. Khối tỉnh", "II. Khối huyện"): a subtotal totals the units of its section. */
  sections?: number[];
  /** One row per unit (báo cáo tổng hợp) or one row per case (sổ thụ lý). */
  layout: 'aggregated' | 'register';
  /** 0..1: the lowest confidence among the required columns; below 1 the table is a guess. */
  confidence: number;
  /** Vietnamese notes for the user (a guess made, a column ignored, a default used). */
  warnings: string[];
  /**
   * The regime the table itself points to (chế độ suy ra từ bảng), when none was given (no year, no
   * setting) and its headers or data say: the checks then use it, and say so.
   */
  regime?: { regime: Regime; source: 'structure' | 'data'; reason: string };
  /** For a case register: its columns, how it was grouped, the period, and per group what open cases collected. */
  register?: {
    columns: RegisterColumn[];
    groupBy: 'unit' | 'officer';
    period: Period;
    cases: number;
    /** Per unit record (same order as `units`, the totals row excluded), in đồng. */
    collectedOnOpen: number[];
    /** For officers: the unit each belongs to. */
    unitOf: string[];
  };
}

const measureSchema = () => z.enum(['viec', 'tien']);

const quantityKeySchema = () => z.enum([
  'carriedOver',
  'separateRegister',
  'newlyAccepted',
  'totalAccepted',
  'delegated',
  'withdrawn',
  'mustEnforce',
  'enforceable',
  'notEnforceable',
  'postponed',
  'fullyEnforced',
  'terminated',
  'inProgress',
  'other',
  'completed',
  'nextPeriod',
  'enforceableBacklog',
]);

/** A column role as the user (or the sidebar) gives it; same shape as ColumnRole of core/types. */
export const columnRoleSchema = lazy(() => z.union([
  z.object({ kind: z.literal('label') }),
  z.object({ kind: z.literal('quantity'), measure: measureSchema(), key: quantityKeySchema() }),
  z.object({ kind: z.literal('officers') }),
  z.object({ kind: z.literal('typedRate'), measure: measureSchema() }),
  z.object({ kind: z.literal('score') }),
  z.object({ kind: z.literal('notRanked') }),
  z.object({ kind: z.literal('ignored') }),
]));

/** A 0-based row or column of a sheet: Sheets holds at most 10 million cells. */
const index = () => integer().check(z.minimum(0), z.maximum(10_000_000));

/**
 * A mapping given by the user: it always wins over detection. Columns not listed are ignored;
 * `headerEnd` (0-based, inclusive) says where data starts, else the header block is detected.
 */
export const explicitMappingSchema = lazy(() => z.object({
  headerEnd: z.optional(index()),
  labelColumn: index(),
  columns: z.array(z.object({ column: index(), role: columnRoleSchema() })),
  moneyUnit: z.optional(z.enum(['dong', 'nghin', 'trieu', 'ty'])),
  /** Labels of rows not to rank (e.g. the provincial office's own line), matched ignoring case/spacing. */
  notRanked: z.optional(z.array(z.string())),
}));

export type ExplicitMapping = z.infer<ReturnType<typeof explicitMappingSchema>>;

/** Detection succeeds with a table, or fails with a Vietnamese message: what was found, what is missing. */
export type DetectionResult = { ok: true; table: DetectedTable } | { ok: false; message: string };

/**
 * Options of detectTable. Its messages name columns as CellNaming says: the sheet's letters from
 * `columnOffset` (the sidebar, the report), positions in the range with `inRange` (custom functions).
 */
export interface DetectOptions extends CellNaming {
  /** Merged ranges of the grid, when the caller can read them (the sidebar can; a custom function cannot). */
  merges?: MergeRange[];
  /** Money unit to use when the sheet does not say (else nghìn đồng, the forms' unit). */
  moneyUnit?: MoneyUnit;
  /** A mapping given by the user: wins over detection. */
  mapping?: ExplicitMapping;
  /** Labels of rows not to rank. */
  notRanked?: string[];
  /** Case registers: the reporting period (else read from a title "12 tháng năm 2024"). */
  period?: Period;
  /** The regime (else from the period's year; an aggregated table without either infers it from itself). */
  regime?: Regime;
  /** True when `regime` is only the default (no year, no setting): an aggregated table may then say its own. */
  regimeAssumed?: boolean;
  /** Case registers: one record per unit (default) or per enforcement officer. */
  registerGroupBy?: 'unit' | 'officer';
  /** Case registers: add what open cases have collected to X tiền (default false). */
  countPartialCollections?: boolean;
}
