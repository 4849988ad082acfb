import { ThadsError } from '../../core/errors';
import { layoutReport } from '../../core/report/layoutReport';
import type { ReportModel } from '../../core/report/types';
import { TEMP_OWNER, type SheetsPort } from '../port';
import { underDocumentLock } from '../underDocumentLock';

export { TEMP_OWNER };

export interface WriteResult {
  /** The sheet the report now lives in. */
  sheetName: string;
  /** True when a user's sheet had the report's name and another name was picked. */
  renamed: boolean;
  /** What happened, in Vietnamese, for a toast or the sidebar. */
  message: string;
}

/**
 * Writes a report safely (ghi báo cáo an toàn). Under the document lock: removes temporary sheets a
 * cut-off run left, builds the whole report in a new hidden sheet marked "temp", and only when it is
 * complete shows it, then deletes the add-on's previous report for the period and takes its name. A user's
 * sheet is never written or deleted: when one has the report's name, "… (2)" is used and said.
 *
 * @example writeReport(port, model).sheetName // "Báo cáo 6 tháng năm 2019"
 */
export function writeReport(port: SheetsPort, model: ReportModel, options: { lockTimeoutMs?: number } = {}): WriteResult {
  return underDocumentLock(
    port,
    () => writeLocked(port, model),
    'Một báo cáo khác đang được ghi vào bảng tính này. Vui lòng đợi vài giây rồi thử lại; chưa có gì được ghi.',
    options.lockTimeoutMs,
  );
}

function writeLocked(port: SheetsPort, model: ReportModel): WriteResult {
  for (const s of port.listSheets()) if (s.owner === TEMP_OWNER) port.deleteOwnSheet(s.name, TEMP_OWNER);

  const names = new Set(port.listSheets().map((s) => s.name));
  const tempName = freeName('THADS đang tạo báo cáo', names);
  const { plan } = layoutReport(model);
  try {
    port.createSheet(tempName, TEMP_OWNER, plan, { hidden: true });
  } catch (e) {
    removeQuietly(port, tempName);
    throw new ThadsError(`Không ghi được báo cáo (${detailOf(e)}). Các trang tính hiện có không bị thay đổi.`);
  }

  // Swapped in so that at every step either the previous report is intact or the new one is complete
  // and visible: published under a free name first, the old one deleted after, then the name taken.
  const sheets = port.listSheets();
  const old = sheets.filter((s) => s.owner === model.ownerMark);
  const users = new Set(sheets.filter((s) => s.owner !== model.ownerMark).map((s) => s.name));
  const sheetName = freeName(model.sheetName, users);
  const staging = old.some((s) => s.name.toLowerCase() === sheetName.toLowerCase())
    ? freeName(model.sheetName, new Set(sheets.map((s) => s.name)))
    : sheetName;
  try {
    port.publishOwnSheet(tempName, TEMP_OWNER, staging, model.ownerMark);
  } catch (e) {
    removeQuietly(port, tempName);
    throw new ThadsError(`Không ghi được báo cáo (${detailOf(e)}). Các trang tính hiện có không bị thay đổi.`);
  }
  try {
    for (const s of old) port.deleteOwnSheet(s.name, model.ownerMark);
    if (staging !== sheetName) port.renameOwnSheet(staging, model.ownerMark, sheetName);
  } catch (e) {
    throw new ThadsError(
      `Báo cáo mới đã được ghi đầy đủ vào trang “${staging}”, nhưng chưa thay được báo cáo cũ (${detailOf(e)}). Hãy tạo lại báo cáo để thay hẳn.`,
    );
  }

  const renamed = sheetName !== model.sheetName;
  const message = renamed
    ? `Trang “${model.sheetName}” là trang của người dùng nên được giữ nguyên; báo cáo được ghi vào trang “${sheetName}”.`
    : `Đã ghi báo cáo vào trang “${sheetName}”.`;
  return { sheetName, renamed, message };
}

/** Removes a temporary sheet if it can; what is left is removed by the next run. */
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

/**
 * The first of "name", "name (2)", "name (3)", … not taken (Sheets compares names case-insensitively).
 *
 * @example freeName('Báo cáo 6 tháng năm 2019', new Set(['Báo cáo 6 tháng năm 2019'])) // "Báo cáo 6 tháng năm 2019 (2)"
 */
export function freeName(name: string, taken: ReadonlySet<string>): string {
  const lower = new Set(Array.from(taken, (n) => n.toLowerCase()));
  if (!lower.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name} (${i})`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
