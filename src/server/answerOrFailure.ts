import { isThadsError } from '../core/errors';
import type { RpcFailure } from '../shared/rpc';

/**
 * Runs a server action at the edge where the user gets the answer (the sidebar's functions, the
 * menu's "Tạo lại báo cáo"), and is the one place where an expected failure — a ThadsError, its
 * message Vietnamese and written for the user — becomes `{ ok: false, message }`. Code below the
 * edge just throws. Anything else is a bug and is rethrown for Apps Script to log.
 *
 * @example answerOrFailure(() => { throw new ThadsError('Không thấy trang “X”.'); }) // { ok: false, message: "Không thấy trang “X”." }
 */
export function answerOrFailure<T>(run: () => T): T | RpcFailure {
  try {
    return run();
  } catch (e) {
    if (isThadsError(e)) return { ok: false, message: e.message };
    throw e;
  }
}
