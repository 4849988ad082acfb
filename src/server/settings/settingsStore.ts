import { ThadsError } from '../../core/errors';
import { reportSettingsSchema, type ReportSettings } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { splitByBytes } from './chunks';

/** Document property holding how many pieces the settings were saved in. */
export const SETTINGS_KEY = 'thads.settings';

/** Settings larger than this (all pieces together) are refused: the store holds 500 KB in all (50 × 9 KB leaves room for the rest). */
const MAX_PIECES = 50;

/**
 * Saves the report settings of this document (lưu thiết lập), validated first, as JSON split into
 * pieces of at most 9 KB (the limit of one document property).
 *
 * @example saveSettings(port, settings) // then loadSettings(port) deep-equals settings
 */
export function saveSettings(port: SheetsPort, settings: unknown): ReportSettings {
  const parsed = reportSettingsSchema().safeParse(settings);
  if (!parsed.success) throw new ThadsError(`Thiết lập không hợp lệ: ${describeIssue(parsed.error.issues)}`);
  const pieces = splitByBytes(JSON.stringify(parsed.data));
  if (pieces.length > MAX_PIECES) throw new ThadsError('Thiết lập quá lớn để lưu trong bảng tính (danh sách đơn vị quá dài).');
  pieces.forEach((piece, i) => port.setSetting(`${SETTINGS_KEY}.${i}`, piece));
  port.setSetting(SETTINGS_KEY, String(pieces.length));
  return parsed.data;
}

/**
 * The saved settings, or null when none were saved or what is stored no longer validates (an older
 * version, a hand edit): the sidebar then asks again rather than using half-valid settings.
 */
export function loadSettings(port: SheetsPort): ReportSettings | null {
  const count = Number(port.getSetting(SETTINGS_KEY));
  if (!Number.isInteger(count) || count < 1 || count > MAX_PIECES) return null;
  let json = '';
  for (let i = 0; i < count; i++) {
    const piece = port.getSetting(`${SETTINGS_KEY}.${i}`);
    if (piece === null) return null;
    json += piece;
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = reportSettingsSchema().safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The first problem zod found, in Vietnamese with its path. */
export function describeIssue(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const first = issues[0];
  if (!first) return 'không rõ lỗi';
  const path = first.path.map(String).join('.');
  return path ? `trường “${path}” sai (${first.message})` : first.message;
}
