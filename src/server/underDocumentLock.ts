import { ThadsError } from '../core/errors';
import { LockTimeout, type SheetsPort } from './port';

/** The lock is held by another of the add-on's writes (a report being made): nothing was written. */
export const ANOTHER_WRITE = 'Bảng tính đang được tiện ích ghi (một báo cáo khác). Vui lòng thử lại sau vài giây; chưa có gì được ghi.';

/**
 * Runs `write` holding the document lock (khóa tài liệu), so two of the add-on's writes never
 * interleave. When the lock cannot be had in time nothing has been written, and the caller's `busy`
 * message (Vietnamese, saying so) is thrown as a ThadsError for the user.
 */
export function underDocumentLock<T>(port: SheetsPort, write: () => T, busy = ANOTHER_WRITE, timeoutMs = 10000): T {
  try {
    return port.withDocumentLock(timeoutMs, write);
  } catch (e) {
    // By name too: a LockTimeout made by another copy of this class (the runtime's) is the same event.
    if (e instanceof LockTimeout || (e instanceof Error && e.name === 'LockTimeout')) throw new ThadsError(busy);
    throw e;
  }
}
