import { ThadsError } from '../../core/errors';
import { matchUnits } from '../../core/summary/matchUnits';
import { UNIT_MAPPING_SHEET_NAME } from '../../core/summary/unitMappingRows';
import type { CreateUnitMappingSheetRequest, CreateUnitMappingSheetResponse } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { alreadyThere } from '../ownSheets/alreadyThere';
import { createSettingsSheet } from '../ownSheets/createSettingsSheet';
import { readLastYear } from '../report/comparisonFor';
import { readReportTable } from '../report/reportTable';
import { UNIT_MAPPING_OWNER, unitMappingSheetOf, unitMappingSheetPlan } from '../settings/unitMappingSheet';
import { underDocumentLock } from '../underDocumentLock';

/**
 * sidebarCreateUnitMappingSheet: creates the «Đối chiếu đơn vị» sheet once, pre-filled with the units of
 * the report's table and of last year's that do not match by name (each on a row of its own, nothing
 * paired: the pairing is the user's); when the sheet exists (the add-on's, or a user's of that name) it
 * says so and writes nothing — from then on the report only reads it. Needs the report's settings with
 * a last-year table; the two tables are read as the report reads them.
 */
export function createUnitMappingSheet(port: SheetsPort, request: CreateUnitMappingSheetRequest): CreateUnitMappingSheetResponse {
  const { settings } = request;
  return underDocumentLock(port, () => {
    const existing = unitMappingSheetOf(port.listSheets());
    if (existing) return { ok: true, sheetName: existing.name, created: false, unmatched: 0, message: alreadyThere(existing) };
    const { table } = readReportTable(port, settings, settings.notRanked);
    const last = readLastYear(port, settings, table, settings.notRanked);
    if (!last) {
      throw new ThadsError(`Chưa chọn bảng cùng kỳ năm trước: trang “${UNIT_MAPPING_SHEET_NAME}” ghép đơn vị của năm trước với năm nay, hãy chọn bảng năm trước trước.`);
    }
    const match = matchUnits(table.units, last.previous);
    const previous = match.unmatchedPrevious.map((u) => u.label);
    const current = match.unmatchedCurrent.map((u) => u.label);
    const { sheetName, kept } = createSettingsSheet(port, {
      plan: unitMappingSheetPlan(previous, current),
      owner: UNIT_MAPPING_OWNER,
      name: UNIT_MAPPING_SHEET_NAME,
      what: 'trang Đối chiếu đơn vị',
    });
    const filled =
      previous.length + current.length > 0
        ? `điền sẵn ${previous.length} đơn vị năm trước và ${current.length} đơn vị năm nay chưa ghép được theo tên`
        : 'mọi đơn vị đã ghép được theo tên, trang chỉ có dòng tiêu đề';
    return {
      ok: true,
      sheetName,
      created: true,
      unmatched: previous.length + current.length,
      message:
        `Đã tạo trang “${sheetName}”${kept}, ${filled}. Mỗi dòng ghi một đơn vị năm trước (cột A) và đơn vị năm nay tương ứng (cột B); ` +
        'nhiều đơn vị năm trước gộp vào một đơn vị năm nay thì mỗi đơn vị một dòng, số liệu được cộng lại. Từ nay tiện ích chỉ đọc trang này; hãy tạo lại báo cáo.',
    };
  });
}
