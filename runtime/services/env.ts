/** What every service object of one runtime shares: the workbook, the counter, the add-on's realm. */
import type { Workbook } from '../model/workbook';
import type { SheetModel } from '../model/sheet';
import type { Rect } from '../model/a1';
import type { Value } from '../model/cell';
import type { CallCounter } from '../counter';
import type { UiRecord } from './ui-record';
import { isDateFormat } from '../model/display';
import { fromWallClock, wallClockFromSerial } from '../model/time';

/** Constructors of the vm context, so Dates and Errors handed to the add-on are of its realm. */
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
}

export interface CacheEntry {
  value: string;
  expires: number;
}

export interface Env {
  workbook: Workbook;
  counter: CallCounter;
  realm: Realm;
  /**
   * 'customFunction' while a formula is evaluated (Sheets allows reads only); 'authNone' while a
   * trigger runs with `e.authMode === 'NONE'` (only the menu may be built).
   */
  mode: 'normal' | 'customFunction' | 'authNone';
  buildDir: string;
  scriptTimeZone: string;
  /** The manifest's oauthScopes; undefined when it lists none (then every call may run). */
  scopes?: ReadonlySet<string>;
  ui: UiRecord;
  lock: { heldElsewhere: boolean };
  userProperties: Record<string, string>;
  scriptProperties: Record<string, string>;
  caches: Map<string, Map<string, CacheEntry>>;
  logs: string[];
  activeRange?: { sheet: SheetModel; rect: Rect };
}

/**
 * A cell value as the add-on reads it: blank → "", Dates of the add-on's realm; a number with a
 * date format reads as the Date of that serial in the spreadsheet's time zone, as in Sheets.
 */
export function outValue(env: Env, v: Value | undefined, numberFormat?: string): string | number | boolean | Date {
  if (v === undefined) return '';
  if (typeof v === 'object') return new env.realm.Date(v.getTime());
  if (typeof v === 'number' && numberFormat !== undefined && isDateFormat(numberFormat))
    return new env.realm.Date(fromWallClock(wallClockFromSerial(v), env.workbook.timeZone));
  return v;
}
