import { matchUnits } from '../summary/matchUnits';
import type { UnitRecord } from '../types';

/** The rows of a việc table and a tiền table joined (ghép số liệu việc và tiền), and what was left over. */
export interface MeasureJoin {
  /** The việc rows, each with its tiền twin's figures, then the tiền rows that have no việc twin, in sheet order. */
  units: UnitRecord[];
  /** Rows (units and totals) of the việc table with no tiền twin. */
  onlyViec: UnitRecord[];
  /** Rows (units and totals) of the tiền table with no việc twin. */
  onlyTien: UnitRecord[];
}

/**
 * Ghép dòng việc với dòng tiền: the one join of a việc table with a tiền table of the same units — the
 * stacked pair on one range (`{Việc!A4:L20;Tiền!A4:L20}`, pairStacked) and two sheets (joinMeasureTables).
 * Rows are joined by unit identity ({@link matchUnits}: unitKey, then an unambiguous unaccented twin,
 * a repeated name by occurrence), never by row position: units in another order still join. A joined
 * row takes the tiền row's figures, typed tiền rate and tiền cell problems (they withhold its tiền
 * figures as on one table); a tiền row with no việc twin is kept after the việc rows, so no figure is lost,
 * and both leftovers are returned to be said. The records given are not changed.
 *
 * @example joinMeasureUnits([{ label: 'Chi cục A', viec: { enforceable: 10 }, tien: {}, … }], [{ label: 'CHI CỤC A', viec: {}, tien: { enforceable: 5e6 }, … }]).units[0].tien // { enforceable: 5000000 }
 */
export function joinMeasureUnits(viec: readonly UnitRecord[], tien: readonly UnitRecord[]): MeasureJoin {
  const { partner } = matchUnits(viec, tien);
  const joined = new Set<UnitRecord>();
  const units: UnitRecord[] = [];
  const onlyViec: UnitRecord[] = [];
  for (const v of viec) {
    const t = partner.get(v);
    if (!t) {
      onlyViec.push(v);
      units.push(v);
      continue;
    }
    joined.add(t);
    units.push(twins(v, t));
  }
  let onlyTien = tien.filter((t) => !joined.has(t));
  // The totals rows are one row each side, whatever each calls it ("Tổng cộng" over việc, "Toàn tỉnh"
  // over tiền): the sole leftover totals row of each side is the other's twin.
  const viecTotals = onlyViec.filter((u) => u.kind === 'total');
  const tienTotals = onlyTien.filter((u) => u.kind === 'total');
  if (viecTotals.length === 1 && tienTotals.length === 1) {
    const [v, t] = [viecTotals[0]!, tienTotals[0]!];
    units[units.indexOf(v)] = twins(v, t);
    onlyViec.splice(onlyViec.indexOf(v), 1);
    onlyTien = onlyTien.filter((u) => u !== t);
  }
  units.push(...onlyTien);
  return { units, onlyViec, onlyTien };
}

/** A việc row with its tiền twin's figures, typed tiền rate and tiền cell problems. */
function twins(v: UnitRecord, t: UnitRecord): UnitRecord {
  const record: UnitRecord = { ...v, tien: t.tien };
  if (t.typedRate?.tien !== undefined) record.typedRate = { ...v.typedRate, tien: t.typedRate.tien };
  const problems = [...(v.problems ?? []).filter((p) => p.measure === 'viec'), ...(t.problems ?? []).filter((p) => p.measure === 'tien')];
  if (problems.length > 0) record.problems = problems;
  else delete record.problems;
  return record;
}
