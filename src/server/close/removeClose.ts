import { closedAtText } from '../../core/close/closedChangesText';
import { ThadsError } from '../../core/errors';
import type { RemoveCloseRequest, RemoveCloseResponse } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { underDocumentLock } from '../underDocumentLock';
import { closeListText, readCloseList } from './closeList';
import { closesView } from './closesView';

/**
 * Xóa một lần chốt, asked explicitly and confirmed by the user: the close leaves the document's list (one
 * property write, under the document lock), so later reports no longer compare with it. Its rows stay in
 * the snapshot sheet as history — nothing there is deleted — and its number is never given again.
 */
export function removeClose(port: SheetsPort, request: RemoveCloseRequest): RemoveCloseResponse {
  return underDocumentLock(port, () => {
    const list = readCloseList(port);
    const close = list.closes.find((c) => c.close === request.close);
    if (!close) throw new ThadsError(`Không có lần chốt số ${request.close} trong bảng tính này (có thể đã được xóa); không có gì thay đổi.`);
    port.setSetting(...closeListText({ last: list.last, closes: list.closes.filter((c) => c !== close) }));
    return {
      ok: true,
      message: `Đã xóa lần chốt số ${close.close} (kỳ ${close.month} tháng năm ${close.year}, chốt lúc ${closedAtText(close.closedAt)}). Các dòng của lần chốt này vẫn được giữ trong trang chốt số liệu để tra cứu, nhưng không còn dùng để đối chiếu.`,
      closes: closesView(port),
    };
  });
}
