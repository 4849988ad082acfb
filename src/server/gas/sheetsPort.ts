import { LockTimeout, MADE_KEY, OWNER_KEY, TEMP_OWNER, type SheetInfo, type SheetsPort } from '../port';
import { writePlan } from './writePlan';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Spreadsheet-level metadata naming a sheet about to be created. A sheet cannot be marked before it
 * exists: a run cut off between insertSheet() and the mark would leave an unmarked sheet the next run
 * could not tell from a user's. The record says "that name is ours, being built" (treated as "temp").
 */
const PENDING_KEY = 'thads.pending';

/**
 * The port over Apps Script's services (SpreadsheetApp, PropertiesService, LockService). Each method
 * is one batch; a sheet is read with one getValues() and its formats with one getNumberFormats().
 * Marks are developer metadata "thads.owner" on the sheet, which survive renames and copies.
 */
export function appsScriptPort(): SheetsPort {
  const book = () => SpreadsheetApp.getActiveSpreadsheet();
  const byName = (name: string) => book().getSheetByName(name);
  const ownerIn = (ss: Spreadsheet, sheet: Sheet) => markOf(sheet).owner ?? (pendingNames(ss).has(sheet.getName()) ? TEMP_OWNER : null);
  // The listing of the sheets, kept for the rest of this execution: a listing costs three calls per sheet
  // (name, hidden, marks), and one report asks for it several times (reading, grading, writing). Every
  // method that adds, removes, renames, marks or hides a sheet forgets it, and so does taking the document
  // lock (a colleague's run may have changed the sheets while this one waited). Each method that acts on
  // an own sheet still checks its mark itself, so a listing never decides a write alone.
  let listing: SheetInfo[] | null = null;
  /** The add-on's own sheet `name` marked `owner`, or an error: a write never lands on a user's sheet. */
  const ownSheet = (name: string, owner: string, what = 'trang'): Sheet => {
    const sheet = byName(name);
    if (!sheet || markOf(sheet).owner !== owner) throw new Error(`Không thấy ${what} “${name}” của tiện ích.`);
    return sheet;
  };
  const forget = () => {
    listing = null;
  };

  return {
    listSheets(): SheetInfo[] {
      if (listing === null) {
        const ss = book();
        const pending = pendingNames(ss);
        listing = ss.getSheets().map((s) => {
          const name = s.getName();
          const mark = markOf(s);
          return { name, hidden: s.isSheetHidden(), owner: mark.owner ?? (pending.has(name) ? TEMP_OWNER : null), fingerprint: mark.fingerprint };
        });
      }
      return listing.map((s) => ({ ...s }));
    },
    activeSheetName(): string {
      return book().getActiveSheet().getName();
    },
    spreadsheetName(): string {
      return book().getName();
    },
    readSheet(name) {
      const sheet = byName(name);
      if (!sheet) return null;
      const range = sheet.getDataRange();
      return {
        name,
        values: range.getValues(),
        merges: range.getMergedRanges().map((m) => ({
          row: m.getRow() - 1,
          column: m.getColumn() - 1,
          rows: m.getNumRows(),
          columns: m.getNumColumns(),
        })),
        numberFormats: range.getNumberFormats(),
      };
    },
    createSheet(name, owner, plan, options) {
      forget();
      const ss = book();
      if (ss.getSheetByName(name)) throw new Error(`Trang “${name}” đã có.`);
      ss.addDeveloperMetadata(PENDING_KEY, name);
      const sheet = ss.insertSheet(name, ss.getNumSheets());
      try {
        sheet.addDeveloperMetadata(OWNER_KEY, owner);
        removePending(ss, name);
        if (options.hidden) sheet.hideSheet();
        writePlan(sheet, plan);
      } catch (e) {
        // The sheet was created by this very call: remove it, marked or not.
        try {
          ss.deleteSheet(sheet);
          removePending(ss, name);
        } catch {
          // What is left is marked (or pending) and removed by the next run.
        }
        throw e;
      }
    },
    deleteOwnSheet(name, owner) {
      forget();
      const ss = book();
      const sheet = ss.getSheetByName(name);
      if (!sheet) return;
      if (ownerIn(ss, sheet) !== owner) throw new Error(`Trang “${name}” không phải trang của tiện ích: không xóa.`);
      ss.deleteSheet(sheet);
      if (owner === TEMP_OWNER) removePending(ss, name);
    },
    readContent(name) {
      const sheet = byName(name);
      if (!sheet) return null;
      const range = sheet.getDataRange();
      return { values: range.getValues(), formulas: range.getFormulas() };
    },
    publishOwnSheet(from, owner, to, newOwner, options) {
      forget();
      const sheet = ownSheet(from, owner, 'trang tạm');
      // Recorded while the sheet is still marked "temp": a run cut off here leaves a temporary sheet.
      sheet.addDeveloperMetadata(MADE_KEY, JSON.stringify({ sheetId: sheet.getSheetId(), fingerprint: options.fingerprint }));
      if (options.warnOnEdit !== null) sheet.protect().setDescription(options.warnOnEdit).setWarningOnly(true);
      sheet.setName(to);
      for (const m of sheet.getDeveloperMetadata()) if (m.getKey() === OWNER_KEY) m.setValue(newOwner);
      if (!options.hidden) {
        sheet.showSheet();
        book().setActiveSheet(sheet);
      }
    },
    releaseOwnSheet(name, owner) {
      forget();
      const sheet = ownSheet(name, owner);
      // The protection first: cut off after it, the sheet is still marked and the next run decides again.
      for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)) if (p.isWarningOnly()) p.remove();
      for (const m of sheet.getDeveloperMetadata()) if (m.getKey() === OWNER_KEY || m.getKey() === MADE_KEY) m.remove();
    },
    renameOwnSheet(from, owner, to) {
      forget();
      const sheet = ownSheet(from, owner);
      sheet.setName(to);
    },
    appendRows(name, owner, rows, formats) {
      const sheet = ownSheet(name, owner);
      if (rows.length === 0) return;
      // Sheets refuses a range past the sheet's size: grow it first (a few calls, however many rows).
      const last = sheet.getLastRow();
      const maxRows = sheet.getMaxRows();
      if (last + rows.length > maxRows) sheet.insertRowsAfter(maxRows, last + rows.length - maxRows);
      const maxColumns = sheet.getMaxColumns();
      if (rows[0]!.length > maxColumns) sheet.insertColumnsAfter(maxColumns, rows[0]!.length - maxColumns);
      const range = sheet.getRange(last + 1, 1, rows.length, rows[0]!.length);
      range.setValues(rows);
      range.setNumberFormats(rows.map(() => formats.slice(0, rows[0]!.length)));
    },
    cellCount() {
      let cells = 0;
      for (const s of book().getSheets()) cells += s.getMaxRows() * s.getMaxColumns();
      return cells;
    },
    getSetting(key) {
      return PropertiesService.getDocumentProperties().getProperty(key);
    },
    setSetting(key, value) {
      PropertiesService.getDocumentProperties().setProperty(key, value);
    },
    deleteSetting(key) {
      PropertiesService.getDocumentProperties().deleteProperty(key);
    },
    settingKeys() {
      return PropertiesService.getDocumentProperties().getKeys();
    },
    userLocale() {
      return Session.getActiveUserLocale();
    },
    getUserSetting(key) {
      return PropertiesService.getUserProperties().getProperty(key);
    },
    setUserSetting(key, value) {
      PropertiesService.getUserProperties().setProperty(key, value);
    },
    withDocumentLock(timeoutMs, fn) {
      const lock = LockService.getDocumentLock();
      if (!lock) throw new LockTimeout();
      try {
        lock.waitLock(timeoutMs);
      } catch {
        throw new LockTimeout();
      }
      forget();
      try {
        return fn();
      } finally {
        lock.releaseLock();
      }
    },
    toast(message, title) {
      book().toast(message, title ?? 'THADS', 8);
    },
    alert(message) {
      SpreadsheetApp.getUi().alert(message);
    },
  };
}

/**
 * The add-on's mark of a sheet as it stands: the owner, unless the sheet is a user's copy (the recorded
 * sheet id is another's), and the fingerprint recorded when the add-on wrote it.
 */
function markOf(sheet: Sheet): { owner: string | null; fingerprint: string | null } {
  let owner: string | null = null;
  let made: string | null = null;
  for (const m of sheet.getDeveloperMetadata()) {
    if (m.getKey() === OWNER_KEY) owner = m.getValue();
    else if (m.getKey() === MADE_KEY) made = m.getValue();
  }
  if (owner === null || made === null) return { owner, fingerprint: null };
  const record = parseMade(made);
  if (record === null || record.sheetId !== sheet.getSheetId()) return { owner: null, fingerprint: null };
  return { owner, fingerprint: record.fingerprint };
}

/** The record of MADE_KEY, or null when it does not read (then the sheet is not taken for the add-on's). */
function parseMade(text: string): { sheetId: number; fingerprint: string } | null {
  try {
    const v = JSON.parse(text) as { sheetId?: unknown; fingerprint?: unknown };
    return typeof v.sheetId === 'number' && typeof v.fingerprint === 'string' ? { sheetId: v.sheetId, fingerprint: v.fingerprint } : null;
  } catch {
    return null;
  }
}

function pendingNames(ss: Spreadsheet): Set<string> {
  const names = new Set<string>();
  for (const m of ss.getDeveloperMetadata()) if (m.getKey() === PENDING_KEY) names.add(m.getValue() ?? '');
  return names;
}

function removePending(ss: Spreadsheet, name: string): void {
  for (const m of ss.getDeveloperMetadata()) if (m.getKey() === PENDING_KEY && m.getValue() === name) m.remove();
}
