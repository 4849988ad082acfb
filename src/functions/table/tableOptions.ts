import { ThadsError } from '../../core/errors';
import { defaultIndicatorOptions } from '../../core/indicators/defaultOptions';
import type { IndicatorOptions } from '../../core/indicators/types';
import { cellNumber } from '../../core/numbers/cellNumber';
import { describeValue } from '../../core/numbers/describeValue';
import { parseMoneyUnit } from '../../core/numbers/moneyUnit';
import { parsePercent } from '../../core/numbers/parsePercent';
import { regimeForYear } from '../../core/period/regimeForYear';
import { classifyColumn } from '../../core/table/classifyColumn';
import type { ExplicitMapping } from '../../core/table/types';
import { foldVietnamese } from '../../core/text/normalize';
import type { MoneyUnit, Period } from '../../core/types';

/** Everything a table function's result depends on besides the table and the targets. */
export interface TableOptions {
  options: IndicatorOptions;
  moneyUnit?: MoneyUnit;
  notRanked: string[];
  backlogReduction?: number;
  mapping?: ExplicitMapping;
  /** Case registers: one row per unit or per enforcement officer. */
  registerGroupBy?: 'unit' | 'officer';
  /** Case registers: count what open cases collected in X tiền. */
  countPartialCollections?: boolean;
  /** False when neither "năm" nor "chế độ" was given: options.regime is then only the default, and the table may say its own. */
  regimeGiven: boolean;
}

/** The settings a user may write in the options range, by folded name. */
const NAMES = 'năm, tháng, chế độ (A/B), đơn vị tiền, xếp hạng theo (việc/tiền/kết hợp/điểm), trọng số việc, so với chỉ tiêu (cả năm/tiến độ), tỷ trọng theo (P/T), không xếp hạng, chỉ tiêu giảm án tồn, cột đơn vị, cột <tiêu đề>, dòng tiêu đề cuối, nhóm theo (đơn vị/chấp hành viên), tính tiền đã thu của việc đang thi hành (có/không)';

/**
 * Đọc vùng tùy chọn: a two-column range (tên, giá trị) of the settings a table function depends on,
 * so that every input is an argument and the result recalculates when it changes (nothing is read
 * from saved settings). Names ignore case and accents; blank rows are skipped; an unknown name or
 * a bad value fails with a message naming the row of the range.
 *
 * @example tableOptions('THADS_SUMMARY', [['năm', 2020], ['tháng', 12], ['xếp hạng theo', 'tiền']]).options.rankBy // { kind: 'tien' }
 */
export function tableOptions(fnName: string, value: unknown): TableOptions {
  const rows = toRows(fnName, value);
  let year: number | undefined;
  let month: number | undefined;
  let regime: 'A' | 'B' | undefined;
  let rankBy: string | undefined;
  let weightViec: number | undefined;
  let targetMode: IndicatorOptions['targetMode'] | undefined;
  let shareBase: IndicatorOptions['shareBase'] | undefined;
  const out: TableOptions = { options: defaultIndicatorOptions(), notRanked: [], regimeGiven: false };
  let labelColumn: number | undefined;
  let headerEnd: number | undefined;
  const columns: ExplicitMapping['columns'] = [];
  rows.forEach((row, i) => {
    const rawName = row[0];
    const v = row[1];
    if ((rawName === '' || rawName === null || rawName === undefined) && (v === '' || v === null || v === undefined)) return;
    const name = foldVietnamese(String(rawName ?? ''), { keepPunctuation: true }).replace(/[:.]$/, '').trim();
    const where = `${fnName}: tùy chọn "${String(rawName)}" (dòng ${i + 1} của vùng options)`;
    const text = typeof v === 'string' ? foldVietnamese(v, { keepPunctuation: true }) : '';
    /** The one wording of a value that is not one of the accepted ones, naming what is. */
    const invalid = (accepted: string) => new ThadsError(`${where}: ${describeValue(v)} không hợp lệ, cần ${accepted}.`);
    const whole = (min: number, max: number): number => {
      const n = cellNumber(v);
      if (!n.ok || n.value === null || !Number.isInteger(n.value) || n.value < min || n.value > max) {
        throw invalid(`số nguyên từ ${min} đến ${max}`);
      }
      return n.value;
    };
    const fraction = (): number => {
      const p = parsePercent(v);
      if (!p.ok || p.value === null) throw new ThadsError(`${where}: ${p.ok ? 'ô trống' : p.reason}.`);
      return p.value;
    };
    switch (name) {
      case 'nam':
      case 'nam thong ke':
        year = whole(2000, 2100);
        return;
      case 'thang':
      case 'so thang':
      case 'ky':
        month = whole(1, 12);
        return;
      case 'che do':
      case 'che do phan loai': {
        const t = text.replace(/^che do\s*/, '').toUpperCase();
        if (t !== 'A' && t !== 'B') throw invalid(`"A" (quy định 2013/2015) hoặc "B" (từ 2020)`);
        regime = t;
        return;
      }
      case 'don vi tien':
      case 'don vi tinh': {
        const u = typeof v === 'string' ? parseMoneyUnit(v) : undefined;
        if (!u) throw new ThadsError(`${where}: ${describeValue(v)} không phải đơn vị tiền (đồng, nghìn đồng, triệu đồng, tỷ đồng).`);
        out.moneyUnit = u;
        return;
      }
      case 'xep hang theo':
      case 'xep hang':
        if (!/^(viec|tien|ket hop|diem)$/.test(text)) throw invalid(`"việc", "tiền", "kết hợp" hoặc "điểm"`);
        rankBy = text;
        return;
      case 'trong so viec':
        weightViec = fraction();
        return;
      case 'so voi chi tieu':
      case 'so sanh chi tieu':
        if (text === 'ca nam') targetMode = 'fullYear';
        else if (text === 'tien do') targetMode = 'proRata';
        else throw invalid(`"cả năm" hoặc "tiến độ"`);
        return;
      case 'ty trong theo':
        if (text === 'p' || text === 'phai thi hanh') shareBase = 'mustEnforce';
        else if (text === 't' || text === 'thu ly' || text === 'tong so thu ly') shareBase = 'totalAccepted';
        else throw invalid(`"P" (phải thi hành) hoặc "T" (thụ lý)`);
        return;
      case 'khong xep hang':
        if (typeof v === 'string') out.notRanked.push(...v.split(/[;\n]/).map((s) => s.trim()).filter(Boolean));
        return;
      case 'chi tieu giam an ton':
        out.backlogReduction = fraction();
        return;
      case 'nhom theo':
        if (text === 'don vi') out.registerGroupBy = 'unit';
        else if (text === 'chap hanh vien' || text === 'chv') out.registerGroupBy = 'officer';
        else throw invalid(`"đơn vị" hoặc "chấp hành viên"`);
        return;
      case 'tinh tien da thu cua viec dang thi hanh':
        if (v === true || text === 'co') out.countPartialCollections = true;
        else if (v === false || text === 'khong') out.countPartialCollections = false;
        else throw invalid(`"có" hoặc "không"`);
        return;
      case 'cot don vi':
        labelColumn = whole(1, 1000) - 1;
        return;
      case 'dong tieu de cuoi':
        headerEnd = whole(1, 100000) - 1;
        return;
      default:
        break;
    }
    if (name.slice(0, 4) === 'cot ') {
      const header = String(rawName).trim().replace(/^c[oộ]t\s+/i, '');
      const reading = classifyColumn([header], null);
      if (reading.role.kind === 'ignored' || reading.role.kind === 'label') {
        throw new ThadsError(`${where}: không hiểu "${header}" là chỉ tiêu nào (ví dụ: "cột có điều kiện việc", "cột giải quyết xong tiền").`);
      }
      columns.push({ column: whole(1, 1000) - 1, role: reading.role });
      return;
    }
    throw new ThadsError(`${where}: tên tùy chọn không biết. Các tùy chọn: ${NAMES}.`);
  });
  const period: Period | undefined = year !== undefined ? { year, month: month ?? 12 } : undefined;
  const options = defaultIndicatorOptions(period);
  if (month !== undefined && year === undefined) throw new ThadsError(`${fnName}: có "tháng" mà thiếu "năm" trong vùng options.`);
  options.regime = regime ?? (year !== undefined ? regimeForYear(year) : options.regime);
  out.regimeGiven = regime !== undefined || year !== undefined;
  if (targetMode) options.targetMode = targetMode;
  if (shareBase) options.shareBase = shareBase;
  if (rankBy === 'tien') options.rankBy = { kind: 'tien' };
  else if (rankBy === 'diem') options.rankBy = { kind: 'score' };
  else if (rankBy === 'ket hop') {
    const w = weightViec ?? 0.5;
    options.rankBy = { kind: 'weighted', weightViec: w, weightTien: 1 - w };
  }
  if (targetMode === 'proRata' && !period) throw new ThadsError(`${fnName}: so với chỉ tiêu theo "tiến độ" cần "năm" và "tháng" trong vùng options.`);
  out.options = options;
  if (columns.length > 0 || labelColumn !== undefined) {
    if (labelColumn === undefined) throw new ThadsError(`${fnName}: khi chỉ định cột, cần cả "cột đơn vị" trong vùng options.`);
    out.mapping = { labelColumn, columns };
    if (headerEnd !== undefined) out.mapping.headerEnd = headerEnd;
    if (out.moneyUnit) out.mapping.moneyUnit = out.moneyUnit;
  }
  return out;
}

function toRows(fnName: string, value: unknown): unknown[][] {
  if (value === undefined || value === null || value === '') return [];
  if (!Array.isArray(value)) throw new ThadsError(`${fnName}: options phải là vùng hai cột (tên tùy chọn, giá trị), ví dụ: năm | 2020.`);
  const rows = value as unknown[][];
  if (rows.length > 0 && Array.isArray(rows[0]) && rows[0].length < 2) {
    throw new ThadsError(`${fnName}: options phải là vùng hai cột (tên tùy chọn, giá trị); vùng đưa vào có ${rows[0].length} cột.`);
  }
  return rows.map((r) => (Array.isArray(r) ? r : [r]));
}
