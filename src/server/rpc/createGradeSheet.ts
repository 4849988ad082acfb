import type { CreateGradeSheetRequest, CreateGradeSheetResponse } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { alreadyThere } from '../ownSheets/alreadyThere';
import { swapIn } from '../ownSheets/swapIn';
import { GRADES_OWNER, GRADES_SHEET_NAME, gradeSheetPlan } from '../settings/gradeSheet';
import { underDocumentLock } from '../underDocumentLock';

/**
 * sidebarCreateGradeSheet: creates the "Xếp loại" sheet once, with the 2015 rules as the example and
 * their unknown thresholds blank; when it exists, says so and writes nothing (it is the user's).
 */
export function createGradeSheet(port: SheetsPort, _request: CreateGradeSheetRequest): CreateGradeSheetResponse {
  return underDocumentLock(
    port,
    () => {
      const sheets = port.listSheets();
      const existing = sheets.find((s) => s.owner === GRADES_OWNER);
      if (existing) {
        return { ok: true, sheetName: existing.name, created: false, message: alreadyThere(existing) };
      }
      // Built hidden and swapped in: a run cut off midway leaves no half-written sheet taken for the user's.
      const { sheetName: name } = swapIn(port, {
        plan: gradeSheetPlan(),
        owner: GRADES_OWNER,
        name: GRADES_SHEET_NAME,
        replaces: [],
        what: 'trang Xếp loại',
        warnOnEdit: null,
      });
      const renamed = name !== GRADES_SHEET_NAME ? ` (trang “${GRADES_SHEET_NAME}” của người dùng được giữ nguyên)` : '';
      return {
        ok: true,
        sheetName: name,
        created: true,
        message:
          `Đã tạo trang “${name}”${renamed} theo bảng xếp loại năm 2015; ô trống là ngưỡng chưa biết, hãy điền. ` +
          'Điểm thi đua của từng đơn vị ghi ở cột “Điểm thi đua” của trang Chỉ tiêu.',
      };
    },
  );
}
