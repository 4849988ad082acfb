/**
 * The one narrow interface through which the shell talks to Google (cổng giao tiếp với Google Sheets).
 * The Apps Script adapter (gas/) implements it with batched service calls; tests use an in-memory
 * implementation. Each method is one batch: a sheet is read in one go, a sheet is written from one plan.
 */
import type { PlanValue, SheetPlan } from '../core/report/plan';
import type { Grid } from '../core/types';

/** The developer-metadata key the add-on marks its own sheets with. */
export const OWNER_KEY = 'thads.owner';

/** The mark of a sheet being built; one left behind was cut off and is removed by the next run. */
export const TEMP_OWNER = 'temp';

/**
 * The developer-metadata key beside the mark that records which sheet the add-on made (its sheet id) and
 * the fingerprint of what it wrote. Sheets copies a sheet's metadata when the user duplicates it: a sheet
 * whose id is not the recorded one is a user's copy, and is the user's.
 */
export const MADE_KEY = 'thads.made';

/** A merged block, 0-based. */
export interface Merge {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface SheetInfo {
  name: string;
  hidden: boolean;
  /**
   * The add-on's mark ("report:2019-6", "targets", "temp"), or null for a user's sheet — a user's copy
   * of one of the add-on's sheets (same mark, another sheet id) included.
   */
  owner: string | null;
  /**
   * The fingerprint of the content as the add-on wrote it (see contentFingerprint), recorded with the
   * mark; null or absent when none was recorded (a sheet made by an earlier version).
   */
  fingerprint?: string | null;
}

/** A sheet's values and formulas, read back to tell whether the user changed it. */
export interface SheetContent {
  values: Grid;
  formulas: string[][];
}

/** How an own sheet is shown once complete. */
export interface PublishOptions {
  /** The fingerprint of its content as written, recorded with the mark. */
  fingerprint: string;
  /**
   * A warning-only protection with this description (Sheets asks before the user edits it), or null.
   * Reports carry one: the next run replaces an unchanged report, so edits there are worth a warning.
   */
  warnOnEdit: string | null;
  /** Kept hidden rather than shown and activated (the "THADS Chốt số liệu" sheet); absent: shown. */
  hidden?: boolean;
}

export interface SheetData {
  name: string;
  /** The sheet's used range from A1, as getValues() gives it. */
  values: Grid;
  merges: Merge[];
  /** Number formats of the same cells ("0.00%" tells a percentage column). */
  numberFormats: string[][];
}

/** The document lock could not be had in time: another report is being written. */
export class LockTimeout extends Error {
  constructor() {
    super('LockTimeout');
    this.name = 'LockTimeout';
  }
}

export interface SheetsPort {
  /** Every sheet, in order, with the add-on's mark. */
  listSheets(): SheetInfo[];
  activeSheetName(): string;
  /** The spreadsheet's own name. */
  spreadsheetName(): string;
  /** Values, merges and number formats of one sheet; null when there is no such sheet. */
  readSheet(name: string): SheetData | null;
  /**
   * Creates a new sheet named `name`, marked `owner`, hidden or not, and writes the whole plan into it.
   * Fails when a sheet of that name exists.
   */
  createSheet(name: string, owner: string, plan: SheetPlan, options: { hidden: boolean }): void;
  /** Deletes a sheet only if it carries the add-on's mark `owner`; a user's sheet is never touched. */
  deleteOwnSheet(name: string, owner: string): void;
  /** Values and formulas of one sheet's used range; null when there is no such sheet. */
  readContent(name: string): SheetContent | null;
  /**
   * Renames one of the add-on's sheets and changes its mark, records which sheet it is and the
   * fingerprint of its content, protects it if asked, shows and activates it.
   */
  publishOwnSheet(from: string, owner: string, to: string, newOwner: string, options: PublishOptions): void;
  /**
   * Gives one of the add-on's sheets (marked `owner`) to the user: removes the add-on's marks and its
   * warning-only protection, so that no later run deletes or replaces it. Its content is not touched.
   */
  releaseOwnSheet(name: string, owner: string): void;
  /**
   * Appends rows under the last filled row of one of the add-on's sheets (marked `owner`); existing
   * rows are never rewritten. `formats` gives each column's number format for the new rows.
   */
  appendRows(name: string, owner: string, rows: PlanValue[][], formats: string[]): void;
  /** Renames one of the add-on's sheets (marked `owner`); a user's sheet is never renamed. */
  renameOwnSheet(from: string, owner: string, to: string): void;
  /**
   * The spreadsheet's cells as Sheets counts them against its limit of 10 million: every sheet's rows ×
   * columns, blank cells included (two calls per sheet, none per cell).
   */
  cellCount(): number;
  /** Document settings (PropertiesService.getDocumentProperties); null when unset. */
  getSetting(key: string): string | null;
  setSetting(key: string, value: string): void;
  deleteSetting(key: string): void;
  /** Every document setting's key. */
  settingKeys(): string[];
  /** The user's locale as Apps Script gives it (Session.getActiveUserLocale: "vi", "en", "en_US"…). */
  userLocale(): string;
  /** The user's own settings, across documents (PropertiesService.getUserProperties); null when unset. */
  getUserSetting(key: string): string | null;
  setUserSetting(key: string, value: string): void;
  /** Runs `fn` holding the document lock; throws LockTimeout when it is not had within `timeoutMs`. */
  withDocumentLock<T>(timeoutMs: number, fn: () => T): T;
  toast(message: string, title?: string): void;
  alert(message: string): void;
}
