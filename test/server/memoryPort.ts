/**
 * An in-memory SheetsPort for the shell's unit tests: sheets with values and marks, settings, a lock
 * that a test can hold, and switches to make a write fail midway.
 */
import type { PlanValue, SheetPlan } from '../../src/core/report/plan';
import type { Grid } from '../../src/core/types';
import { LockTimeout, type Merge, type PublishOptions, type SheetsPort } from '../../src/server/port';

export interface MemorySheet {
  name: string;
  hidden: boolean;
  owner: string | null;
  values: Grid;
  merges: Merge[];
  plan?: SheetPlan;
  /** The fingerprint recorded when the add-on published it (null: none recorded). */
  fingerprint?: string | null;
  /** The description of its warning-only protection, if it has one. */
  warnOnEdit?: string | null;
}

export class MemoryPort implements SheetsPort {
  sheets: MemorySheet[] = [];
  active = '';
  settings = new Map<string, string>();
  /** Another execution holds the document lock. */
  lockHeld = false;
  /** createSheet makes the sheet, then fails while writing it (a service error midway). */
  failWhileWriting = false;
  /** One step of the swap fails (a service error after the report was built). */
  failOn: 'publish' | 'deleteOld' | 'rename' | null = null;
  /** setSetting / deleteSetting throw from this call on (1-based), as a failing PropertiesService. */
  failSettingFrom: number | null = null;
  private settingWrites = 0;
  toasts: string[] = [];
  alerts: string[] = [];
  /** Every call, by method name, to check what the shell did. */
  log: string[] = [];

  constructor(sheets: { name: string; values?: Grid; owner?: string | null; hidden?: boolean; fingerprint?: string | null }[] = []) {
    for (const s of sheets) {
      this.sheets.push({ name: s.name, hidden: s.hidden ?? false, owner: s.owner ?? null, values: s.values ?? [], merges: [], fingerprint: s.fingerprint ?? null });
    }
    this.active = this.sheets[0]?.name ?? '';
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  listSheets() {
    this.log.push('listSheets');
    return this.sheets.map((s) => ({ name: s.name, hidden: s.hidden, owner: s.owner, fingerprint: s.fingerprint ?? null }));
  }
  activeSheetName() {
    return this.active;
  }
  spreadsheetName() {
    return 'Bảng tính thử';
  }
  readSheet(name: string) {
    this.log.push(`readSheet ${name}`);
    const s = this.sheet(name);
    if (!s) return null;
    return { name: s.name, values: s.values.map((r) => [...r]), merges: [...s.merges], numberFormats: s.values.map((r) => r.map(() => 'General')) };
  }
  createSheet(name: string, owner: string, plan: SheetPlan, options: { hidden: boolean }) {
    this.log.push(`createSheet ${name} ${owner}`);
    if (this.sheet(name)) throw new Error(`exists: ${name}`);
    const s: MemorySheet = { name, hidden: options.hidden, owner, values: [], merges: [] };
    this.sheets.push(s);
    if (this.failWhileWriting) {
      s.values = plan.values.slice(0, 2) as Grid; // half written
      throw new Error('Service Spreadsheets timed out');
    }
    s.values = plan.values.map((r) => [...r]) as Grid;
    s.plan = plan;
  }
  deleteOwnSheet(name: string, owner: string) {
    this.log.push(`deleteOwnSheet ${name} ${owner}`);
    if (this.failOn === 'deleteOld' && owner.startsWith('report')) throw new Error('Service Spreadsheets failed');
    const s = this.sheet(name);
    if (!s) return;
    if (s.owner !== owner) throw new Error(`refused to delete a sheet not marked ${owner}: ${name}`);
    this.sheets = this.sheets.filter((x) => x !== s);
  }
  readContent(name: string) {
    this.log.push(`readContent ${name}`);
    const s = this.sheet(name);
    if (!s) return null;
    return { values: s.values.map((r) => [...r]), formulas: s.values.map((r) => r.map(() => '')) };
  }
  releaseOwnSheet(name: string, owner: string) {
    this.log.push(`releaseOwnSheet ${name}`);
    const s = this.sheet(name);
    if (!s || s.owner !== owner) throw new Error(`no own sheet ${name}`);
    s.owner = null;
    s.fingerprint = null;
    s.warnOnEdit = null;
  }
  publishOwnSheet(from: string, owner: string, to: string, newOwner: string, options: PublishOptions) {
    this.log.push(`publishOwnSheet ${from} -> ${to}`);
    if (this.failOn === 'publish') throw new Error('Service Spreadsheets failed');
    const s = this.sheet(from);
    if (!s || s.owner !== owner) throw new Error(`no own sheet ${from}`);
    if (this.sheet(to)) throw new Error(`exists: ${to}`);
    s.name = to;
    s.owner = newOwner;
    s.hidden = options.hidden === true;
    s.fingerprint = options.fingerprint;
    s.warnOnEdit = options.warnOnEdit;
    if (!options.hidden) this.active = to;
  }
  renameOwnSheet(from: string, owner: string, to: string) {
    this.log.push(`renameOwnSheet ${from} -> ${to}`);
    if (this.failOn === 'rename') throw new Error('Service Spreadsheets failed');
    const s = this.sheet(from);
    if (!s || s.owner !== owner) throw new Error(`no own sheet ${from}`);
    if (this.sheet(to)) throw new Error(`exists: ${to}`);
    s.name = to;
  }
  appendRows(name: string, owner: string, rows: PlanValue[][], _formats: string[]) {
    this.log.push(`appendRows ${name}`);
    const s = this.sheet(name);
    if (!s || s.owner !== owner) throw new Error(`no own sheet ${name}`);
    s.values.push(...(rows.map((r) => [...r]) as Grid));
  }
  /** Cells as Sheets counts them: a sheet is at least 1000 × 26, as a new one is made. */
  cellCount() {
    this.log.push('cellCount');
    return this.sheets.reduce((n, s) => n + Math.max(1000, s.values.length) * Math.max(26, ...s.values.map((r) => r.length)), 0);
  }
  getSetting(key: string) {
    return this.settings.get(key) ?? null;
  }
  setSetting(key: string, value: string) {
    this.failingSettingWrite();
    this.settings.set(key, value);
  }
  deleteSetting(key: string) {
    this.failingSettingWrite();
    this.settings.delete(key);
  }
  /** The user's locale (Session.getActiveUserLocale) and user properties. */
  locale = 'vi';
  userSettings = new Map<string, string>();
  userLocale() {
    return this.locale;
  }
  getUserSetting(key: string) {
    return this.userSettings.get(key) ?? null;
  }
  setUserSetting(key: string, value: string) {
    this.userSettings.set(key, value);
  }
  settingKeys() {
    return [...this.settings.keys()];
  }
  private failingSettingWrite() {
    this.settingWrites++;
    if (this.failSettingFrom !== null && this.settingWrites >= this.failSettingFrom) throw new Error('Service Properties failed');
  }
  withDocumentLock<T>(_timeoutMs: number, fn: () => T): T {
    if (this.lockHeld) throw new LockTimeout();
    this.lockHeld = true;
    try {
      return fn();
    } finally {
      this.lockHeld = false;
    }
  }
  toast(message: string) {
    this.toasts.push(message);
  }
  alert(message: string) {
    this.alerts.push(message);
  }
}
