import { isThadsError } from '../../core/errors';
import type { ClosesView } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { readCloseList } from './closeList';
import { sheetProblem, snapshotSheet } from './snapshotSheet';

/**
 * The closes for the sidebar (các kỳ đã chốt), from the document's list and the sheet's mark only (no
 * read of the snapshot rows): a deleted or renamed snapshot sheet, or a list that no longer reads, is
 * said as the view's problem rather than failing the sidebar.
 */
export function closesView(port: SheetsPort): ClosesView {
  try {
    const { closes } = readCloseList(port);
    return { closes, problem: sheetProblem(snapshotSheet(port), closes) };
  } catch (e) {
    if (!isThadsError(e)) throw e;
    return { closes: [], problem: e.message };
  }
}
