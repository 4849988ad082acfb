import { unitKey } from '../../core/text/unitKey';
import type { CreateTargetsSheetRequest, CreateTargetsSheetResponse } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { underDocumentLock } from '../underDocumentLock';
import { freeName } from '../report/writeReport';
import {
  TARGETS_FORMATS,
  TARGETS_OWNER,
  TARGETS_SHEET_NAME,
  readTargetsGrid,
  targetsRows,
  targetsSheetPlan,
} from '../settings/targetsSheet';
import { detectOn } from './detectOn';

/**
 * sidebarCreateTargetsSheet: creates the "Chỉ tiêu" sheet once, pre-filled with the units; when it
 * exists, only appends the units it lacks for that year, and only when asked. Never rewrites a row.
 */
export function createTargetsSheet(port: SheetsPort, request: CreateTargetsSheetRequest): CreateTargetsSheetResponse {
  const { result } = detectOn(port, { source: request.source, moneyUnit: null, notRanked: [] });
  if (!result.ok) return result;
  const labels = result.table.units.filter((u) => u.kind === 'unit').map((u) => u.label);
  return underDocumentLock(port, () => createOrAppend(port, request, labels));
}

function createOrAppend(port: SheetsPort, request: CreateTargetsSheetRequest, labels: string[]): CreateTargetsSheetResponse {
  const row = (label: string) => ({ label, year: request.year, viec: request.viec, tien: request.tien });
  const sheets = port.listSheets();
  const existing = sheets.find((s) => s.owner === TARGETS_OWNER);
  if (existing) {
    if (!request.addMissing) {
      return {
        ok: true,
        sheetName: existing.name,
        created: false,
        unitsAdded: 0,
        message: `Trang “${existing.name}” đã có; tiện ích chỉ đọc trang này, không ghi đè.`,
      };
    }
    const data = port.readSheet(existing.name);
    const present = readTargetsGrid(data ? data.values : [], request.year, existing.name).byLabel;
    const missing = labels.filter((l) => !present.has(unitKey(l)));
    port.appendRows(existing.name, TARGETS_OWNER, targetsRows(missing.map(row)), [...TARGETS_FORMATS]);
    return {
      ok: true,
      sheetName: existing.name,
      created: false,
      unitsAdded: missing.length,
      message:
        missing.length > 0
          ? `Đã thêm ${missing.length} đơn vị còn thiếu của năm ${request.year} vào cuối trang “${existing.name}”; các dòng đã có giữ nguyên.`
          : `Trang “${existing.name}” đã có đủ các đơn vị của năm ${request.year}.`,
    };
  }
  const name = freeName(TARGETS_SHEET_NAME, new Set(sheets.map((s) => s.name)));
  port.createSheet(name, TARGETS_OWNER, targetsSheetPlan(labels.map(row)), { hidden: false });
  const renamed = name !== TARGETS_SHEET_NAME ? ` (trang “${TARGETS_SHEET_NAME}” của người dùng được giữ nguyên)` : '';
  return {
    ok: true,
    sheetName: name,
    created: true,
    unitsAdded: labels.length,
    message: `Đã tạo trang “${name}” với ${labels.length} đơn vị${renamed}. Hãy điền chỉ tiêu; từ nay tiện ích chỉ đọc trang này.`,
  };
}
