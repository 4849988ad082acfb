import type { SheetPlan } from '../../core/report/plan';
import type { SheetsPort } from '../port';
import { swapIn } from './swapIn';

/**
 * Creates one of the add-on's settings sheets ("Chỉ tiêu", "Xếp loại") for the first time: built hidden
 * and swapped in, so a run cut off midway leaves no half-written sheet that would then be taken for the
 * user's. When a user's sheet already has the name, the new one gets "… (2)" and `kept` says so, ready to
 * quote in the message.
 *
 * @example createSettingsSheet(port, { plan, owner: 'grades', name: 'Xếp loại', what: 'trang Xếp loại' })
 *   // { sheetName: 'Xếp loại (2)', kept: ' (trang “Xếp loại” của người dùng được giữ nguyên)' }
 */
export function createSettingsSheet(
  port: SheetsPort,
  sheet: { plan: SheetPlan; owner: string; name: string; what: string },
): { sheetName: string; kept: string } {
  const { sheetName } = swapIn(port, { ...sheet, replaces: [], warnOnEdit: null });
  const kept = sheetName !== sheet.name ? ` (trang “${sheet.name}” của người dùng được giữ nguyên)` : '';
  return { sheetName, kept };
}
