import { ThadsError } from '../../core/errors';
import type { SheetPlan } from '../../core/report/plan';
import { TEMP_OWNER, type SheetsPort } from '../port';
import { contentFingerprint } from './contentFingerprint';
import { freeName } from './freeName';

/** A sheet the add-on writes whole (trang của tiện ích): a report, the "Chỉ tiêu" or the "Xếp loại" sheet. */
export interface OwnSheet {
  plan: SheetPlan;
  /** Its mark once shown ("report:2019-6", "targets", "grades"). */
  owner: string;
  /** The name it should have; when a sheet that is not replaced holds it, "… (2)" is used. */
  name: string;
  /** The add-on's own sheets (marked `owner`) it replaces: deleted once it is shown, their name taken. */
  replaces: readonly string[];
  /** What it is, for messages and the temporary sheet's name: "báo cáo", "trang Chỉ tiêu". */
  what: string;
  /** A warning-only protection with this description, or null. */
  warnOnEdit: string | null;
  /** Kept hidden once published (the add-on's own store, not a page to read); absent: shown. */
  hidden?: boolean;
}

/**
 * Writes one of the add-on's sheets so that no one ever sees it half written (dựng trang tạm rồi thay vào);
 * to be called holding the document lock. Temporary sheets a cut-off run left are removed; the whole plan
 * is built in a new hidden sheet marked "temp"; what was written is read back and fingerprinted; only then
 * is the sheet shown, under a free name, with its mark, and the sheets it replaces deleted and their name
 * taken. At every step either the previous state is intact or the new sheet is complete and visible; a run
 * cut off before the swap leaves only a hidden temporary sheet, which the next write removes.
 *
 * @example swapIn(port, { plan, owner: 'targets', name: 'Chỉ tiêu', replaces: [], what: 'trang Chỉ tiêu', warnOnEdit: null })
 *   // { sheetName: "Chỉ tiêu" }, or "Chỉ tiêu (2)" when a user's sheet has that name
 */
export function swapIn(port: SheetsPort, sheet: OwnSheet): { sheetName: string } {
  // Listed once (a listing costs three calls per sheet of the workbook): the names left once the temporary
  // sheets are removed, and below the same with the new temporary sheet, are known without listing again.
  const listed = port.listSheets();
  for (const s of listed) if (s.owner === TEMP_OWNER) port.deleteOwnSheet(s.name, TEMP_OWNER);
  const names = listed.filter((s) => s.owner !== TEMP_OWNER).map((s) => s.name);

  const tempName = freeName(`THADS đang tạo ${sheet.what}`, new Set(names));
  let fingerprint: string;
  try {
    port.createSheet(tempName, TEMP_OWNER, sheet.plan, { hidden: true });
    const written = port.readContent(tempName);
    if (!written) throw new Error(`không thấy trang tạm “${tempName}”`);
    fingerprint = contentFingerprint(written.values, written.formulas);
  } catch (e) {
    removeQuietly(port, tempName);
    throw new ThadsError(`Không ghi được ${sheet.what} (${detailOf(e)}). Các trang tính hiện có không bị thay đổi.`);
  }

  // Published under a free name first, the replaced sheets deleted after, then their name taken.
  const sheets = [...names, tempName];
  const replaced = new Set(sheet.replaces.map((n) => n.toLowerCase()));
  const others = new Set(sheets.filter((n) => !replaced.has(n.toLowerCase())));
  const sheetName = freeName(sheet.name, others);
  const staging = replaced.has(sheetName.toLowerCase()) ? freeName(sheet.name, new Set(sheets)) : sheetName;
  try {
    port.publishOwnSheet(tempName, TEMP_OWNER, staging, sheet.owner, { fingerprint, warnOnEdit: sheet.warnOnEdit, ...(sheet.hidden ? { hidden: true } : {}) });
  } catch (e) {
    removeQuietly(port, tempName);
    throw new ThadsError(`Không ghi được ${sheet.what} (${detailOf(e)}). Các trang tính hiện có không bị thay đổi.`);
  }
  try {
    for (const name of sheet.replaces) port.deleteOwnSheet(name, sheet.owner);
    if (staging !== sheetName) port.renameOwnSheet(staging, sheet.owner, sheetName);
  } catch (e) {
    const What = sheet.what.charAt(0).toUpperCase() + sheet.what.slice(1);
    throw new ThadsError(
      `${What} mới đã được ghi đầy đủ vào trang “${staging}”, nhưng chưa thay được ${sheet.what} cũ (${detailOf(e)}). Hãy tạo lại ${sheet.what} để thay hẳn.`,
    );
  }
  return { sheetName };
}

/** Removes a temporary sheet if it can; what is left is removed by the next write. */
function removeQuietly(port: SheetsPort, tempName: string): void {
  try {
    port.deleteOwnSheet(tempName, TEMP_OWNER);
  } catch {
    // The user's sheets were not touched either way.
  }
}

function detailOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
