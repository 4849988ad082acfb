import { rowsOfClose } from '../../core/close/recordsOfSnapshot';
import { SNAPSHOT_AT } from '../../core/close/snapshotRows';
import type { ClosedPeriod } from '../../shared/rpc';
import { contentFingerprint } from '../ownSheets/contentFingerprint';
import type { SheetInfo, SheetsPort } from '../port';

/** The add-on's hidden sheet of snapshots (trang lưu số liệu đã chốt), its mark and its name. */
export const CLOSES_OWNER = 'closes';
export const CLOSES_SHEET_NAME = 'THADS Chốt số liệu';

/** The warning Sheets shows before a user edits the snapshot sheet (a warning only: a colleague's later close still appends). */
export const CLOSES_WARNING = 'Số liệu đã chốt (tiện ích THADS). Sửa trang này làm các lần chốt không còn dùng được để đối chiếu.';

/** The snapshot sheet, found by the add-on's mark (a rename keeps it); undefined when there is none. */
export function snapshotSheet(port: SheetsPort): SheetInfo | undefined {
  return port.listSheets().find((s) => s.owner === CLOSES_OWNER);
}

/**
 * The fingerprint of a close's rows (dấu vân tay của một lần chốt): the same whether computed from the
 * rows as written or as read back, blank cells as ''.
 *
 * @example closeFingerprint([[1, 2020, 'Chi cục A', '']]) === closeFingerprint([[1, 2020, 'Chi cục A', null]]) // true
 */
export function closeFingerprint(rows: readonly (readonly unknown[])[]): string {
  return contentFingerprint(rows.map(fingerprinted) as never, []);
}

/**
 * A row as fingerprinted: blank cells as '', and a blank "Dữ liệu" column left out — rows of closes made
 * before that column existed read back with it blank once a later close wrote it, and must still match.
 */
function fingerprinted(row: readonly unknown[]): unknown[] {
  const cells = row.map((v) => v ?? '');
  if (cells.length > SNAPSHOT_AT.data && cells.slice(SNAPSHOT_AT.data).every((v) => v === '')) cells.length = SNAPSHOT_AT.data;
  return cells;
}

/** What the store says of the sheet: deleted while closes are listed, or renamed; null when all is well. */
export function sheetProblem(sheet: SheetInfo | undefined, closes: readonly ClosedPeriod[]): string | null {
  if (!sheet && closes.length > 0) {
    return `Trang “${CLOSES_SHEET_NAME}” đã bị xóa: ${closes.length} lần chốt số liệu không còn số liệu để đối chiếu. Hãy khôi phục trang (Tệp → Nhật ký phiên bản), hoặc xóa các lần chốt này trong bảng điều khiển rồi chốt lại.`;
  }
  if (sheet && sheet.name !== CLOSES_SHEET_NAME) {
    return `Trang “${CLOSES_SHEET_NAME}” đã bị đổi tên thành “${sheet.name}”; tiện ích vẫn nhận ra trang theo dấu riêng và vẫn kiểm tra từng lần chốt.`;
  }
  return null;
}

/**
 * The rows of one close as read back, checked against the fingerprint recorded at the close (one read
 * of the sheet): the rows, or why they cannot be trusted (the sheet gone, the rows edited or deleted),
 * in Vietnamese.
 */
export function readClose(port: SheetsPort, close: ClosedPeriod): { rows: unknown[][] } | { problem: string } {
  const sheet = snapshotSheet(port);
  const label = `Lần chốt số ${close.close} (kỳ ${close.month} tháng năm ${close.year})`;
  if (!sheet) return { problem: `${label}: trang “${CLOSES_SHEET_NAME}” đã bị xóa, không còn số liệu đã chốt để đối chiếu. Hãy khôi phục trang (Tệp → Nhật ký phiên bản) hoặc xóa lần chốt này trong bảng điều khiển.` };
  const content = port.readContent(sheet.name);
  const rows = content ? rowsOfClose(content.values, close.close, close.closedAt) : [];
  if (rows.length !== close.rows || closeFingerprint(rows) !== close.fingerprint) {
    return {
      problem: `${label}: các dòng của lần chốt này trên trang “${sheet.name}” đã bị sửa hoặc xóa sau khi chốt (${rows.length}/${close.rows} dòng còn lại), nên không được dùng để đối chiếu. Hãy khôi phục trang (Tệp → Nhật ký phiên bản), hoặc xóa lần chốt này trong bảng điều khiển rồi chốt lại.`,
    };
  }
  return { rows };
}
