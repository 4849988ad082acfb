import { isTotalsLabel } from '../ranking/isTotalsLabel';
import { foldVietnamese, normalizeText } from '../text/normalize';
import type { RowKind } from '../types';

/**
 * Loại dòng: unit, total or subtotal, for the labels of a table in sheet order. Totals labels are
 * the engine's (Tổng cộng, Cộng, Toàn tỉnh, Toàn ngành, Tổng số, "Cộng khối huyện", "Tổng cộng (I+II)").
 * A "Cộng …" row is a subtotal when the table has another totals row; a lone "Cộng" is the total.
 *
 * @example rowKinds(['Chi cục A', 'Cộng khối huyện', 'Tổng cộng']) // ['unit', 'subtotal', 'total']
 * @example rowKinds(['Chi cục A', 'Chi cục B', 'Cộng']) // ['unit', 'unit', 'total']
 */
export function rowKinds(labels: readonly string[]): RowKind[] {
  const totals = labels.map((l) => isTotalsLabel(l));
  const count = totals.filter(Boolean).length;
  return labels.map((label, i) => {
    if (!totals[i]) return 'unit';
    if (count > 1 && startsWithCong(label)) return 'subtotal';
    return 'total';
  });
}

function startsWithCong(label: string): boolean {
  const t = normalizeText(label.replace(/^\s*(\d+|[ivx]+)\s*[.\-):]\s*/i, ''), { keepPunctuation: true });
  return t.slice(0, 4) === 'cộng' || foldVietnamese(t, { keepPunctuation: true }) === 'cong' || /^cong\b/.test(t);
}
