import { ThadsError } from '../../core/errors';
import { reportSettingsSchema, type ReportSettings } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { splitByBytes } from './chunks';

/**
 * Document property pointing at the saved settings: "g<generation>:<pieces>", the pieces being
 * "thads.settings.g<generation>.<i>". (A plain "<pieces>" is the format before generations, pieces
 * "thads.settings.<i>"; still read.)
 */
export const SETTINGS_KEY = 'thads.settings';

/** Settings larger than this (all pieces together) are refused: the store holds 500 KB in all (50 × 9 KB leaves room for the rest). */
const MAX_PIECES = 50;

/** Where the saved settings are: the generation (0 for the format before generations) and the piece keys. */
interface Pointer {
  generation: number;
  keys: string[];
}

function pieceKey(generation: number, i: number): string {
  return generation === 0 ? `${SETTINGS_KEY}.${i}` : `${SETTINGS_KEY}.g${generation}.${i}`;
}

function readPointer(port: SheetsPort): Pointer | null {
  const text = port.getSetting(SETTINGS_KEY) ?? '';
  const m = /^(?:g(\d+):)?(\d+)$/.exec(text);
  if (!m) return null;
  const generation = m[1] === undefined ? 0 : Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > MAX_PIECES || !Number.isSafeInteger(generation)) return null;
  return { generation, keys: Array.from({ length: count }, (_, i) => pieceKey(generation, i)) };
}

/**
 * Saves the report settings of this document (lưu thiết lập), validated first, as JSON split into
 * pieces of at most 9 KB (the limit of one document property). To be called holding the document lock.
 * The new pieces are written under a new generation, then the pointer is switched to them in one
 * write, then the old pieces are removed: a write failing or cut off midway leaves the previous
 * settings whole, and two saves cannot leave a mix of both.
 *
 * @example saveSettings(port, settings) // then loadSettings(port) deep-equals settings
 */
export function saveSettings(port: SheetsPort, settings: unknown): ReportSettings {
  const parsed = reportSettingsSchema().safeParse(settings);
  if (!parsed.success) throw new ThadsError(`Thiết lập không hợp lệ: ${describeIssue(parsed.error.issues)}`);
  const pieces = splitByBytes(JSON.stringify(parsed.data));
  if (pieces.length > MAX_PIECES) throw new ThadsError('Thiết lập quá lớn để lưu trong bảng tính (danh sách đơn vị quá dài).');
  const generation = (readPointer(port)?.generation ?? 0) + 1;
  pieces.forEach((piece, i) => port.setSetting(pieceKey(generation, i), piece));
  port.setSetting(SETTINGS_KEY, `g${generation}:${pieces.length}`);
  removeOtherPieces(port, new Set(pieces.map((_, i) => pieceKey(generation, i))));
  return parsed.data;
}

/**
 * Removes the pieces of earlier generations (and any a cut-off save left). They are no longer read, so
 * a failure here loses nothing: what is left is removed by the next save.
 */
function removeOtherPieces(port: SheetsPort, current: ReadonlySet<string>): void {
  try {
    for (const key of port.settingKeys()) {
      if (key.startsWith(`${SETTINGS_KEY}.`) && !current.has(key)) port.deleteSetting(key);
    }
  } catch {
    // Left for the next save.
  }
}

/**
 * The saved settings, or null when none were saved or what is stored no longer validates (an older
 * version, a hand edit): the sidebar then asks again rather than using half-valid settings.
 */
export function loadSettings(port: SheetsPort): ReportSettings | null {
  const pointer = readPointer(port);
  if (!pointer) return null;
  let json = '';
  for (const key of pointer.keys) {
    const piece = port.getSetting(key);
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
