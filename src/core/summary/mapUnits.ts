import { unitKey } from '../text/unitKey';
import type { Finding, Regime, UnitRecord } from '../types';
import { matchUnits, type UnitMatch } from './matchUnits';
import { mergeRecords } from './mergeRecords';
import type { UnitMappingRow } from './unitMappingRows';

/** The comparison's join once the user's mapping is applied, what it merged and what it refused. */
export interface MappedMatch extends UnitMatch {
  /** This year's units compared with the sum of several of last year's (đơn vị gộp). */
  merged: { current: string; previous: string[] }[];
  /** The mapping's rows that could not be used, each naming the sheet, the row and the name. */
  findings: Finding[];
}

/** Where the mapping came from and what to call last year's table in messages. */
export interface MappingSource {
  sheet: string;
  rows: readonly UnitMappingRow[];
  /** "bảng so sánh (trang “Cùng kỳ 2019”)". */
  previousSource: string;
}

type Index = Map<string, UnitRecord[]>;

function indexUnits(records: readonly UnitRecord[]): Index {
  const index: Index = new Map();
  for (const r of records) {
    if (r.kind !== 'unit') continue;
    const key = unitKey(r.label);
    const list = index.get(key);
    if (list) list.push(r);
    else index.set(key, [r]);
  }
  return index;
}

/**
 * Ghép đơn vị theo trang «Đối chiếu đơn vị» (units renamed or merged between the two years, as the
 * 2025 reorganisation did): each row of the user's sheet sends one of last year's units to one of this
 * year's, names compared by {@link unitKey} (the one identity). Several of last year's units sent to one
 * of this year's are merged: their figures are summed ({@link mergeRecords}, under last year's
 * `regime`) and compared with it, together with the unit of the same name last year if there is one
 * (a unit that absorbed others). Every other unit is joined by name as before ({@link matchUnits}); a
 * unit the sheet sends elsewhere is not also joined by name. Never a silent pick: a row naming a unit
 * that is in neither table, or in only one of them where it should be, a name found on two rows of a
 * table, or a unit of last year sent to two different units (its figures cannot be split) — each is a
 * warning naming the sheet, the row and the name, and the row (or, for a unit sent twice, every row of
 * it) is ignored. Units left without a partner on either side are reported by unmatchedUnitsFinding.
 *
 * @example mapUnits(current, previous, { sheet: 'Đối chiếu đơn vị', rows: [{ row: 2, previous: 'Chi cục THADS huyện A', current: 'Phòng THADS khu vực 1' }, { row: 3, previous: 'Chi cục THADS huyện B', current: 'Phòng THADS khu vực 1' }], previousSource: 'bảng so sánh' }, 'B')
 *   .merged // [{ current: 'Phòng THADS khu vực 1', previous: ['Chi cục THADS huyện A', 'Chi cục THADS huyện B'] }]
 */
export function mapUnits(current: readonly UnitRecord[], previous: readonly UnitRecord[], mapping: MappingSource, regime: Regime): MappedMatch {
  const findings: Finding[] = [];
  const warn = (row: number, text: string) =>
    findings.push({ severity: 'warning', rule: 'unit-mapping', message: `Trang “${mapping.sheet}”, dòng ${row}: ${text}; bỏ qua dòng này.` });
  const byPrevious = indexUnits(previous);
  const byCurrent = indexUnits(current);
  const pairs: { row: number; previous: UnitRecord; current: UnitRecord }[] = [];
  for (const m of mapping.rows) {
    const p = byPrevious.get(unitKey(m.previous));
    const c = byCurrent.get(unitKey(m.current));
    if (!p && !c && byCurrent.has(unitKey(m.previous)) && byPrevious.has(unitKey(m.current))) {
      warn(m.row, `hai tên ghi ngược cột: “${m.previous}” là đơn vị năm nay, “${m.current}” là đơn vị năm trước (cột “Đơn vị năm trước” ghi tên của năm trước)`);
    } else if (!p && !c) {
      warn(m.row, `không có đơn vị “${m.previous}” trong ${mapping.previousSource}, cũng không có đơn vị “${m.current}” trong bảng năm nay`);
    } else if (!p) {
      const swapped = byCurrent.has(unitKey(m.previous)) ? ` (“${m.previous}” là tên một đơn vị năm nay: cột “Đơn vị năm trước” ghi tên của năm trước)` : '';
      warn(m.row, `không có đơn vị “${m.previous}” trong ${mapping.previousSource}${swapped}`);
    } else if (!c) {
      const swapped = byPrevious.has(unitKey(m.current)) ? ` (“${m.current}” là tên một đơn vị năm trước: cột “Đơn vị năm nay” ghi tên của năm nay)` : '';
      warn(m.row, `không có đơn vị “${m.current}” trong bảng năm nay${swapped}`);
    } else if (p.length > 1) {
      warn(m.row, `tên “${m.previous}” có ở ${p.length} dòng của ${mapping.previousSource}, không biết là dòng nào`);
    } else if (c.length > 1) {
      warn(m.row, `tên “${m.current}” có ở ${c.length} dòng của bảng năm nay, không biết là dòng nào`);
    } else pairs.push({ row: m.row, previous: p[0]!, current: c[0]! });
  }

  // A unit of last year sent to two different units cannot be split between them: none of its rows is used.
  const targets = new Map<UnitRecord, typeof pairs>();
  for (const pair of pairs) {
    const list = targets.get(pair.previous);
    if (list) list.push(pair);
    else targets.set(pair.previous, [pair]);
  }
  const mapped = new Map<UnitRecord, UnitRecord[]>();
  const sent = new Set<UnitRecord>();
  for (const [p, list] of targets) {
    const distinct = [...new Set(list.map((x) => x.current))];
    if (distinct.length > 1) {
      const where = list.map((x) => `dòng ${x.row}: “${x.current.label}”`).join(', ');
      findings.push({
        severity: 'warning',
        rule: 'unit-mapping',
        message:
          `Trang “${mapping.sheet}”: đơn vị năm trước “${p.label}” được ghép với ${distinct.length} đơn vị năm nay khác nhau (${where}); ` +
          'số liệu của một đơn vị không chia được cho nhiều đơn vị, nên bỏ qua các dòng này.',
      });
      continue;
    }
    const c = distinct[0]!;
    sent.add(p);
    const list2 = mapped.get(c);
    if (list2) list2.push(p);
    else mapped.set(c, [p]);
  }

  const byName = matchUnits(current, previous.filter((p) => !sent.has(p)));
  const partner = new Map<UnitRecord, UnitRecord>();
  const merged: MappedMatch['merged'] = [];
  const taken = new Set<UnitRecord>(sent);
  for (const c of current) {
    const named = byName.partner.get(c);
    if (named) taken.add(named);
    const parts = [...(named ? [named] : []), ...(mapped.get(c) ?? [])];
    if (parts.length === 1) partner.set(c, parts[0]!);
    else if (parts.length > 1) {
      partner.set(c, mergeRecords(parts, regime));
      merged.push({ current: c.label, previous: parts.map((p) => p.label) });
    }
  }
  return {
    partner,
    merged,
    findings,
    unmatchedCurrent: current.filter((c) => c.kind === 'unit' && !partner.has(c)),
    unmatchedPrevious: previous.filter((p) => p.kind === 'unit' && !taken.has(p)),
  };
}
