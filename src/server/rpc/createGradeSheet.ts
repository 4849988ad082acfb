import type { CreateGradeSheetRequest, CreateGradeSheetResponse } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { alreadyThere } from '../ownSheets/alreadyThere';
import { createSettingsSheet } from '../ownSheets/createSettingsSheet';
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
      const { sheetName: name, kept } = createSettingsSheet(port, {
        plan: gradeSheetPlan(),
        owner: GRADES_OWNER,
        name: GRADES_SHEET_NAME,
        what: 'trang Xếp loại',
      });
      return {
        ok: true,
        sheetName: name,
        created: true,
        message:
          `Đã tạo trang “${name}”${kept} theo bảng xếp loại năm 2015; ô trống là ngưỡng chưa biết, hãy điền. ` +
          'Điểm thi đua của từng đơn vị ghi ở cột “Điểm thi đua” của trang Chỉ tiêu.',
      };
    },
  );
}
