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
  /** The add-on's mark ("report:2019-6", "targets", "temp"), or null for a user's sheet. */
  owner: string | null;
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
  /** Renames one of the add-on's sheets and changes its mark, shows and activates it. */
  publishOwnSheet(from: string, owner: string, to: string, newOwner: string): void;
  /**
   * Appends rows under the last filled row of one of the add-on's sheets (marked `owner`); existing
   * rows are never rewritten. `formats` gives each column's number format for the new rows.
   */
  appendRows(name: string, owner: string, rows: PlanValue[][], formats: string[]): void;
  /** Renames one of the add-on's sheets (marked `owner`); a user's sheet is never renamed. */
  renameOwnSheet(from: string, owner: string, to: string): void;
  /** Document settings (PropertiesService.getDocumentProperties); null when unset. */
  getSetting(key: string): string | null;
  setSetting(key: string, value: string): void;
  /** Runs `fn` holding the document lock; throws LockTimeout when it is not had within `timeoutMs`. */
  withDocumentLock<T>(timeoutMs: number, fn: () => T): T;
  toast(message: string, title?: string): void;
  alert(message: string): void;
}
