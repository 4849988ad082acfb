import { moneyUnitFactor } from '../numbers/moneyUnit';
import { periodFromTitle } from '../period/periodFromTitle';
import { regimeForYear } from '../period/regimeForYear';
import { cellText } from '../table/cellText';
import { findMoneyUnit } from '../table/findMoneyUnit';
import { moneyShown } from '../table/moneyShown';
import type { DetectedTable, DetectionResult, DetectOptions, RegisterColumn } from '../table/types';
import { columnName } from '../text/columnName';
import { foldVietnamese } from '../text/normalize';
import type { ColumnMapping, Grid, Period } from '../types';
import { aggregateRegister } from './aggregateRegister';
import { dayNumber } from './dayNumber';
import { RESULT, registerColumns } from './registerColumns';
import { registerHeader } from './registerHeader';

/** Header rows are looked for among the first rows only. */
const HEADER_SCAN = 30;

/**
 * Tìm dòng tiêu đề của sổ thụ lý: the first row (among the first 30) naming a status column
 * ("Trạng thái", "Tình trạng") and a unit or officer column. -1 when the grid is not a register.
 *
 * @example findRegisterHeader([['STT', 'Đơn vị', 'Trạng thái'], [1, 'Chi cục A', 'Thi hành xong']]) // 0
 */
export function findRegisterHeader(grid: Grid): number {
  for (let r = 0; r < Math.min(HEADER_SCAN, grid.length); r++) {
    const row = grid[r];
    if (!row || row.length < 2) continue;
    let status = false;
    let who = false;
    for (const v of row) {
      const t = typeof v === 'string' ? foldVietnamese(v, { keepPunctuation: true }) : '';
      if (!t) continue;
      if (t.indexOf('trang thai') >= 0 || t.indexOf('tinh trang') >= 0 || RESULT.test(t)) status = true;
      else if (t === 'don vi' || t.indexOf('chap hanh vien') >= 0 || t === 'chv' || t.indexOf('ten don vi') >= 0) who = true;
    }
    if (status && who) {
      const cols = registerColumns(row);
      if (cols.some((c) => c.field === 'status') && cols.some((c) => c.field === 'unit' || c.field === 'officer')) return r;
    }
  }
  return -1;
}

/**
 * Đọc sổ thụ lý thành bảng: a case register (one row per case) read into one UnitRecord per unit
 * (or per officer, `registerGroupBy`), with the whole register as a totals row. The period comes
 * from the options, else from a title such as "12 tháng năm 2024", else from the latest date in the
 * register (shown as a guess); the regime from the options, else from the year.
 *
 * @example detectRegister(grid, 4, { period: { year: 2024, month: 12 } }).ok // true
 */
export function detectRegister(grid: Grid, headerRow: number, opts: DetectOptions): DetectionResult {
  const first = registerColumns(grid[headerRow] ?? []);
  const header = registerHeader(grid, headerRow, first.filter((c) => c.field === 'status' || c.field === 'unit' || c.field === 'officer').map((c) => c.column));
  const columns = header.rows === 1 ? first : registerColumns(header.headers);
  const dataRow = headerRow + header.rows;
  const warnings: string[] = [];
  const status = columns.find((c) => c.field === 'status');
  const groupBy = opts.registerGroupBy ?? (columns.some((c) => c.field === 'unit') ? 'unit' : 'officer');
  const group = columns.find((c) => c.field === groupBy);
  if (!status || !group) {
    const found = columns.map((c) => `${columnName(c.column, opts)}: "${c.header}"`).join('; ') || 'không có cột nào';
    return {
      ok: false,
      message: `Sổ thụ lý thiếu cột ${!status ? '"Trạng thái"' : groupBy === 'officer' ? '"Chấp hành viên"' : '"Đơn vị"'}. Đã nhận ra: ${found}.`,
    };
  }
  let last = grid.length - 1;
  while (last > headerRow && (grid[last] ?? []).every((v) => v === '' || v === null || v === undefined)) last--;
  if (last < dataRow) return { ok: false, message: `Sổ thụ lý không có việc nào dưới dòng tiêu đề (dòng ${dataRow}).` };
  const titles: string[] = [];
  for (let r = 0; r < headerRow; r++) for (const v of grid[r] ?? []) if (cellText(v)) titles.push(cellText(v));
  const period = opts.period ?? periodFromTitles(titles) ?? latestPeriod(grid, columns, dataRow, last, warnings);
  if (!period) return { ok: false, message: 'Không biết kỳ báo cáo của sổ thụ lý: hãy cho biết năm và tháng (tùy chọn "năm", "tháng").' };
  const money = findMoneyUnit([...titles, ...columns.map((c) => c.header)]);
  const moneyUnit = money?.unit ?? opts.moneyUnit ?? 'nghin';
  const moneyUnitSource = money ? 'header' : opts.moneyUnit ? 'setting' : 'default';
  if (!columns.some((c) => c.field === 'amountDue')) {
    const money = header.headers.map(cellText).filter((h) => /\btien\b/.test(foldVietnamese(h)));
    if (money.length > 0) {
      warnings.push(`Sổ thụ lý: không đọc được cột số tiền phải thi hành (có ${money.map((h) => `“${h}”`).join(', ')}): mọi số về tiền để trống. Hãy đặt tên cột là “Số tiền phải thi hành”.`);
    }
  }
  if (!columns.some((c) => c.field === 'acceptedOn')) {
    // Without the decision date nothing can be cut to the period (tester, issue 14): said, never silent.
    warnings.push('Sổ thụ lý không có cột ngày thụ lý (“Ngày thụ lý”, “Ngày ra quyết định”): mọi việc trong sổ được tính vào kỳ, kể cả việc thụ lý sau ngày cuối kỳ, và không chia được số cũ chuyển sang / thụ lý mới.');
  }
  const regime = opts.regime ?? regimeForYear(period.year);
  const agg = aggregateRegister(grid, columns, dataRow, last, {
    period,
    regime,
    groupBy,
    countPartialCollections: opts.countPartialCollections ?? false,
    moneyFactor: moneyUnitFactor(moneyUnit),
    naming: opts,
  });
  if (agg.groups.length === 0) return { ok: false, message: `Sổ thụ lý không có việc nào đọc được trong các dòng ${dataRow + 1}–${last + 1}. ${agg.warnings.slice(0, 3).join(' ')}` };
  const mapping: ColumnMapping[] = [];
  const width = header.headers.length;
  for (let c = 0; c < width; c++) {
    const rc = columns.find((x) => x.column === c);
    mapping.push({
      column: c,
      role: c === group.column ? { kind: 'label' } : { kind: 'ignored' },
      header: cellText(header.headers[c]),
      confidence: 1,
      reasons: rc ? [`sổ thụ lý: ${FIELD_TEXT[rc.field]}`] : ['không dùng trong sổ thụ lý'],
    });
  }
  const table: DetectedTable = {
    titleRows: titles,
    headerStart: headerRow,
    headerEnd: dataRow - 1,
    firstDataRow: dataRow,
    lastDataRow: last,
    labelColumn: group.column,
    columns: mapping,
    moneyUnit,
    moneyUnitSource,
    units: [...agg.groups, agg.total],
    layout: 'register',
    confidence: 1,
    warnings: [...warnings, ...moneyShown({ moneyUnit, moneyUnitSource, layout: 'register', units: agg.groups }).warnings, ...agg.warnings],
    register: { columns, groupBy, period, cases: agg.cases, collectedOnOpen: agg.collectedOnOpen, unitOf: agg.unitOf },
  };
  return { ok: true, table };
}

const FIELD_TEXT: Record<RegisterColumn['field'], string> = {
  index: 'số thứ tự',
  decision: 'số quyết định',
  acceptedOn: 'ngày thụ lý (chia số cũ / thụ lý mới tại 01/10)',
  unit: 'đơn vị',
  officer: 'chấp hành viên',
  status: 'trạng thái cuối kỳ',
  amountDue: 'số tiền phải thi hành',
  amountCollected: 'số tiền đã thu',
  closedOn: 'ngày kết thúc (xong trong kỳ)',
};

/** The period of the first title row that states one ("SỔ THỤ LÝ 12 tháng năm 2024"): periodFromTitle. */
function periodFromTitles(titles: readonly string[]): Period | undefined {
  for (const t of titles) {
    const p = periodFromTitle(t);
    if (p) return p;
  }
  return undefined;
}

function latestPeriod(grid: Grid, columns: readonly RegisterColumn[], first: number, last: number, warnings: string[]): Period | undefined {
  const dateCols = columns.filter((c) => c.field === 'acceptedOn' || c.field === 'closedOn').map((c) => c.column);
  let max = 0;
  for (let r = first; r <= last; r++) {
    for (const c of dateCols) {
      const d = dayNumber(grid[r]?.[c]);
      if (typeof d === 'number' && d > max) max = d;
    }
  }
  if (max === 0) return undefined;
  const y = Math.floor(max / 10000);
  const m = Math.floor(max / 100) % 100;
  const year = m >= 10 ? y + 1 : y;
  warnings.push(`Không thấy kỳ báo cáo: coi là 12 tháng năm ${year} (theo ngày muộn nhất trong sổ) — đoán, hãy cho biết năm và tháng.`);
  return { year, month: 12 };
}
