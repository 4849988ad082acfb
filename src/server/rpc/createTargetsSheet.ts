import { unitKey } from '../../core/text/unitKey';
import type { CreateTargetsSheetRequest, CreateTargetsSheetResponse } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { underDocumentLock } from '../underDocumentLock';
import { alreadyThere } from '../ownSheets/alreadyThere';
import { createSettingsSheet } from '../ownSheets/createSettingsSheet';
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
        message: alreadyThere(existing),
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
  const { sheetName: name, kept } = createSettingsSheet(port, {
    plan: targetsSheetPlan(labels.map(row)),
    owner: TARGETS_OWNER,
    name: TARGETS_SHEET_NAME,
    what: 'trang Chỉ tiêu',
  });
  return {
    ok: true,
    sheetName: name,
    created: true,
    unitsAdded: labels.length,
    message: `Đã tạo trang “${name}” với ${labels.length} đơn vị${kept}. Hãy điền chỉ tiêu; từ nay tiện ích chỉ đọc trang này.`,
  };
}
