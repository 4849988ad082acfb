import * as z from 'zod/mini';
import { MAX_VALUE_BYTES } from '../settings/chunks';
import { ThadsError } from '../../core/errors';
import { integer } from '../../core/integerSchema';
import type { ClosedPeriod } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { utf8Length } from '../settings/utf8Length';

/** The document property holding the list of closes (danh sách các lần chốt). */
export const CLOSES_KEY = 'thads.closes';


/** The list as stored: the last number given (never reused, even once removed) and the closes. */
export interface CloseList {
  last: number;
  closes: ClosedPeriod[];
}

const listSchema = () =>
  z.object({
    last: integer().check(z.minimum(0)),
    closes: z.array(
      z.object({
        close: integer().check(z.minimum(1)),
        year: integer(),
        month: integer().check(z.minimum(1), z.maximum(12)),
        closedAt: z.string(),
        closedBy: z.nullable(z.string()),
        rows: integer().check(z.minimum(0)),
        fingerprint: z.string(),
      }),
    ),
  });

/**
 * The closes of this document (các lần chốt số liệu), oldest first. An empty list when none was made;
 * a list that no longer reads (edited by hand) is a ThadsError, never taken for "no close": a close
 * would then be compared with nothing and its changes hidden.
 *
 * @example readCloseList(port) // { last: 2, closes: [{ close: 1, year: 2020, month: 12, … }, …] }
 */
export function readCloseList(port: SheetsPort): CloseList {
  const text = port.getSetting(CLOSES_KEY);
  if (text === null) return { last: 0, closes: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = null;
  }
  const parsed = listSchema().safeParse(value);
  if (!parsed.success) {
    throw new ThadsError('Danh sách các lần chốt số liệu lưu trong bảng tính đã bị thay đổi ngoài tiện ích và không đọc được; không lần chốt nào được ghi hay xóa. Hãy khôi phục phiên bản trước của bảng tính (Tệp → Nhật ký phiên bản).');
  }
  return parsed.data;
}

/**
 * The list as the one property write stores it, [key, text]; a list too long for one property is
 * refused (a ThadsError) so that the caller writes nothing.
 *
 * @example port.setSetting(...closeListText({ last: 1, closes: [close] }))
 */
export function closeListText(list: CloseList): [string, string] {
  const text = JSON.stringify(list);
  if (utf8Length(text) > MAX_VALUE_BYTES) {
    throw new ThadsError(`Đã có ${list.closes.length - 1} lần chốt số liệu, không lưu thêm được: hãy xóa bớt các lần chốt cũ trong bảng điều khiển rồi chốt lại. Chưa có gì được ghi.`);
  }
  return [CLOSES_KEY, text];
}
