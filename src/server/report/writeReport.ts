import { ThadsError, isThadsError } from '../../core/errors';
import { layoutReport } from '../../core/report/layoutReport';
import type { ReportModel } from '../../core/report/types';
import { TEMP_OWNER, type SheetInfo, type SheetsPort } from '../port';
import { contentFingerprint } from '../ownSheets/contentFingerprint';
import { swapIn } from '../ownSheets/swapIn';
import { underDocumentLock } from '../underDocumentLock';

export { TEMP_OWNER };
export { freeName } from '../ownSheets/freeName';

/** The description of the warning-only protection on a report: Sheets shows it before an edit. */
export const REPORT_PROTECTION =
  'Trang báo cáo do tiện ích THADS tạo: lần tạo lại báo cáo kỳ này sẽ thay trang này. Nếu bạn sửa trang, tiện ích sẽ giữ lại trang đã sửa và ghi báo cáo mới bên cạnh.';

export interface WriteResult {
  /** The sheet the report now lives in. */
  sheetName: string;
  /** True when a user's sheet (or a report the user edited) had the report's name and another name was picked. */
  renamed: boolean;
  /** What happened, in Vietnamese, for a toast or the sidebar. */
  message: string;
}

export interface WriteOptions {
  lockTimeoutMs?: number;
  /**
   * Runs once the report is written, still holding the lock (saving the settings that made it). Its
   * failure does not undo the report: the message says, in Vietnamese, what was not done.
   */
  thenUnderLock?: () => void;
}

/**
 * Writes a report safely (ghi báo cáo an toàn). Under the document lock: the add-on's previous reports of
 * the period are read back and compared with the fingerprint recorded when they were written. One the user
 * changed since (or one with no fingerprint to compare) is kept and given to the user — its mark removed,
 * so no later run deletes it — and the new report goes beside it ("… (2)"). The new report is built in a
 * hidden temporary sheet and swapped in (see swapIn) with a warning-only protection; the unchanged previous
 * report is deleted and its name taken. A user's sheet, or a user's copy of a report (another sheet id),
 * is never written or deleted.
 *
 * @example writeReport(port, model).sheetName // "Báo cáo 6 tháng năm 2019"
 */
export function writeReport(port: SheetsPort, model: ReportModel, options: WriteOptions = {}): WriteResult {
  return underDocumentLock(
    port,
    () => {
      const written = writeLocked(port, model);
      return options.thenUnderLock ? withFollowUp(written, options.thenUnderLock) : written;
    },
    'Một báo cáo khác đang được ghi vào bảng tính này. Vui lòng đợi vài giây rồi thử lại; chưa có gì được ghi.',
    options.lockTimeoutMs,
  );
}

function writeLocked(port: SheetsPort, model: ReportModel): WriteResult {
  const old = port.listSheets().filter((s) => s.owner === model.ownerMark);
  const edited = old.filter((s) => editedSince(port, s));
  for (const s of edited) port.releaseOwnSheet(s.name, model.ownerMark);
  const unchanged = old.filter((s) => !edited.includes(s)).map((s) => s.name);

  const { plan } = layoutReport(model);
  const { sheetName } = swapIn(port, {
    plan,
    owner: model.ownerMark,
    name: model.sheetName,
    replaces: unchanged,
    what: 'báo cáo',
    warnOnEdit: REPORT_PROTECTION,
  });

  const renamed = sheetName !== model.sheetName;
  const kept = edited.map((s) => `“${s.name}”`).join(', ');
  const message =
    edited.length > 0
      ? `Trang ${kept} đã được sửa sau khi tiện ích tạo nên được giữ nguyên và từ nay là trang của bạn (tiện ích không xóa, không ghi đè); báo cáo mới được ghi vào trang “${sheetName}”.`
      : renamed
        ? `Trang “${model.sheetName}” là trang của người dùng nên được giữ nguyên; báo cáo được ghi vào trang “${sheetName}”.`
        : `Đã ghi báo cáo vào trang “${sheetName}”.`;
  return { sheetName, renamed, message };
}

/**
 * True when the user changed one of the add-on's reports since it was written: its content no longer has
 * the recorded fingerprint, or none was recorded (made by an earlier version: it cannot be shown unchanged,
 * so it is kept). A report that cannot be read stops the run before anything is written.
 */
function editedSince(port: SheetsPort, sheet: SheetInfo): boolean {
  if (!sheet.fingerprint) return true;
  let content;
  try {
    content = port.readContent(sheet.name);
  } catch (e) {
    throw new ThadsError(
      `Không đọc được trang “${sheet.name}” để biết bạn đã sửa báo cáo cũ hay chưa (${e instanceof Error ? e.message : String(e)}). Chưa có gì thay đổi; hãy thử lại.`,
    );
  }
  return content === null || contentFingerprint(content.values, content.formulas) !== sheet.fingerprint;
}

/** Runs what follows the report; when it fails, the report stays and the message says what was not done. */
function withFollowUp(written: WriteResult, follow: () => void): WriteResult {
  try {
    follow();
    return written;
  } catch (e) {
    // A service's own error is English and says nothing a user can act on: it is not shown.
    const why = isThadsError(e) ? e.message : 'dịch vụ của Google không trả lời';
    return {
      ...written,
      message: `${written.message} Chưa lưu được thiết lập cho “Tạo lại báo cáo” (${why}); thiết lập đã lưu trước đó vẫn giữ nguyên.`,
    };
  }
}
