import { matchUnits } from '../summary/matchUnits';
import { foldVietnamese } from '../text/normalize';
import { holdsOnly } from './joinMeasureTables';
import type { DetectedTable } from './types';

/** A sheet and the table read on it. */
export interface SheetTable {
  sheet: string;
  table: DetectedTable;
}

/** The tiền sheets that could go with a việc sheet, and the one proposed when there is exactly one. */
export interface TienCandidates {
  /** Every tiền-only sheet of the same units, those named like a tiền sheet first. */
  candidates: string[];
  /** The sole candidate; null when there is none or more than one (the user's choice, never a silent pick). */
  proposed: string | null;
  /** For two candidates or more: the Vietnamese message naming them. */
  message?: string;
}

/** "Tiền", "Về tiền", "Biểu 02", "Biểu số 02/TK-THADS": names that say a sheet holds the tiền form. */
function namedLikeTien(sheet: string): boolean {
  const folded = ` ${foldVietnamese(sheet)} `;
  return / tien /.test(folded) || / bieu (so )?0?2 /.test(folded) || / 02 tk /.test(folded);
}

/**
 * Trang số liệu tiền đi cùng: given a việc-only table and the tables read on the other sheets, the
 * sheets whose table is tiền-only and lists the same units (by unit identity, {@link matchUnits}: at
 * least half of the units of each side join) — the tiền half of a form kept on two sheets. Those named
 * like one ("Tiền", "Về tiền", "Biểu 02") come first. Exactly one is proposed; two or more are listed
 * for the user to choose, with a message naming them.
 *
 * @example tienSheetCandidates({ sheet: 'Việc', table: viec }, [{ sheet: 'Tiền', table: tien }]).proposed // 'Tiền'
 */
export function tienSheetCandidates(viec: SheetTable, others: readonly SheetTable[]): TienCandidates {
  if (!holdsOnly(viec.table, 'viec')) return { candidates: [], proposed: null };
  const units = (t: DetectedTable) => t.units.filter((u) => u.kind === 'unit');
  const mine = units(viec.table);
  const found = others.filter((o) => {
    if (o.sheet === viec.sheet || !holdsOnly(o.table, 'tien')) return false;
    const theirs = units(o.table);
    const m = matchUnits(mine, theirs);
    return mine.length > 0 && m.unmatchedCurrent.length * 2 <= mine.length && m.unmatchedPrevious.length * 2 <= theirs.length;
  });
  const candidates = [...found.filter((o) => namedLikeTien(o.sheet)), ...found.filter((o) => !namedLikeTien(o.sheet))].map((o) => o.sheet);
  if (candidates.length <= 1) return { candidates, proposed: candidates[0] ?? null };
  return {
    candidates,
    proposed: null,
    message: `Có ${candidates.length} trang có thể là số liệu tiền của trang “${viec.sheet}”: ${candidates.map((c) => `“${c}”`).join(', ')}. Hãy chọn một trang (không tự chọn).`,
  };
}
