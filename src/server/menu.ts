/**
 * The add-on menu and its actions (menu tiện ích). onOpen runs in AuthMode.NONE before the user has
 * used the add-on in a file: it builds the menu and touches nothing else (no properties, no sheets).
 */
import { answerOrFailure } from './answerOrFailure';
import { appsScriptPort } from './gas/sheetsPort';
import type { SheetsPort } from './port';
import { makeReport } from './report/makeReport';
import { loadSettings } from './settings/settingsStore';

export const MENU_ITEMS = [
  { label: 'Mở bảng điều khiển', action: 'showSidebar' },
  { label: 'Tạo lại báo cáo', action: 'remakeReport' },
  { label: 'Hướng dẫn', action: 'showHelp' },
] as const;

/** Builds the add-on menu only. */
export function onOpen(_e?: unknown): void {
  let menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu = menu.addItem(item.label, item.action);
  menu.addToUi();
}

/** Installing from the Marketplace runs onInstall, not onOpen: build the menu the same way. */
export function onInstall(e?: unknown): void {
  onOpen(e);
}

/** Shows the sidebar (build/Sidebar.html). */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('THADS — Thống kê thi hành án');
  SpreadsheetApp.getUi().showSidebar(html);
}

/**
 * Makes the report again with the settings saved in this document; says in Vietnamese what was done
 * or why nothing was written.
 */
export function remakeReportWith(port: SheetsPort): { ok: boolean; message: string } {
  const settings = loadSettings(port);
  if (!settings) {
    const message = 'Chưa có thiết lập báo cáo đã lưu cho bảng tính này. Hãy mở “Mở bảng điều khiển” và tạo báo cáo lần đầu.';
    port.alert(message);
    return { ok: false, message };
  }
  const result = answerOrFailure(() => makeReport(port, settings));
  if (!result.ok) {
    port.alert(result.message);
    return { ok: false, message: result.message };
  }
  port.toast(result.message, 'Báo cáo THADS');
  return { ok: true, message: result.message };
}

export function remakeReport(): void {
  remakeReportWith(appsScriptPort());
}

export const HELP_TEXT = [
  'Tiện ích THADS tính tỷ lệ giải quyết xong (X/Đ), so sánh với chỉ tiêu, xếp hạng đơn vị và tạo trang báo cáo.',
  '1. Mở trang số liệu (mỗi dòng một đơn vị), chọn “Mở bảng điều khiển”.',
  '2. Kiểm tra các cột tiện ích nhận diện, kỳ báo cáo, chế độ phân loại và chỉ tiêu.',
  '3. Bấm “Tạo báo cáo”: tiện ích ghi trang “Báo cáo … tháng năm …”, không sửa trang số liệu của bạn.',
  '“Tạo lại báo cáo” dùng lại thiết lập đã lưu.',
  'Các hàm THADS_… dùng được trong ô của bảng tính đã bật tiện ích: Tiện ích → Quản lý tiện ích → THADS → Dùng trong tài liệu này.',
  'Số liệu không đi đâu cả: tiện ích chỉ đọc và ghi trong bảng tính này. Danh sách hàm và phiên bản: mục «Trợ giúp và giới thiệu» cuối bảng điều khiển.',
].join('\n');

export function showHelp(): void {
  SpreadsheetApp.getUi().alert(HELP_TEXT);
}
