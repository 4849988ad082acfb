/**
 * Case registers (sổ thụ lý) written the way a Chi cục keeps them, with exceljs, by the tester (none of
 * the project's generators): a title of two lines, headers as typed ("Số QĐ THA", "Ngày QĐ", "Người phải
 * thi hành", "Phòng/Chi cục", "Tình trạng"…), statuses in words and in any letter case, decision dates
 * typed as dates or as text "15/01/2024", decision numbers restarting each calendar year in each unit (so
 * the same number is in two units and twice in one unit, on other days), an officer's name in two units.
 * Seeded: the same cases on every run. The expected figures are counted here from the cases by the rules
 * of docs/domain.md §2, §3 and §7, never copied from the add-on's output.
 */
import ExcelJS from 'exceljs';

// Days are made in the spreadsheet's (and the script's) time zone, as the runtime sets it when it starts
// (runtime/context.ts): set here first, so that the cases' dates mean the same days before and after.
process.env.TZ = 'Asia/Ho_Chi_Minh';

export interface KeptCase {
  /** 1-based sheet row of the case (after writing). */
  row: number;
  decision: string;
  decidedOn: Date;
  /** The decision date was typed as text "dd/mm/yyyy". */
  dateAsText: boolean;
  debtor: string;
  officer: string;
  unit: string;
  due: number;
  collected: number;
  /** As typed in the register ("đang thi hành", "Thi hành xong"…). */
  status: string;
  closedOn: Date | null;
}

export const UNITS = ['Chi cục THADS huyện Đông Anh', 'Chi cục THADS huyện Sóc Sơn', 'Chi cục THADS thị xã Sơn Tây', 'Chi cục THADS huyện Ba Vì'];
/** Officers per unit; "Nguyễn Văn Hùng" works in two units (two people). */
export const OFFICERS: readonly (readonly string[])[] = [
  ['Nguyễn Văn Hùng', 'Trần Thị Lan', 'Lê Minh Tuấn'],
  ['Phạm Thị Hoa', 'Nguyễn Văn Hùng', 'Đỗ Quang Vinh', 'Vũ Thị Mai'],
  ['Hoàng Văn Nam', 'Bùi Thị Thu'],
  ['Đặng Văn Sơn', 'Ngô Thị Hằng', 'Trịnh Văn Long'],
];
const STATUSES = ['đang thi hành', 'Thi hành xong', 'thi hành xong', 'Đình chỉ', 'chưa có điều kiện', 'Chưa có điều kiện thi hành', 'hoãn', 'Tạm đình chỉ', 'Đang thi hành', 'Thi hành xong'];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const GIVEN = ['Văn Bình', 'Thị Cúc', 'Văn Dũng', 'Thị Hương', 'Quốc Khánh', 'Thị Ngọc', 'Văn Phúc', 'Công ty TNHH An Phát'];

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 2246822519) + 3266489917) >>> 0;
    s ^= s >>> 13;
    return (s >>> 0) / 2 ** 32;
  };
}

export const isDone = (status: string) => /^(thi hành xong|đình chỉ)$/i.test(status.trim());

/**
 * `n` cases accepted from 01/10/2022 to 31/12/2024 (so some are carried over into statistical year 2024,
 * most new, some after its end); numbers restart on 1 January in each unit.
 */
export function keptCases(n: number, seed = 2024): KeptCase[] {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const days: Date[] = [];
  for (let i = 0; i < n; i++) days.push(new Date(2022, 9, 1 + Math.floor(rnd() * 820)));
  // In the register's order (by decision date, as a book is kept), each unit numbering its own per year.
  days.sort((a, b) => a.getTime() - b.getTime());
  const counters = new Map<string, number>();
  const out: KeptCase[] = [];
  for (let i = 0; i < n; i++) {
    const decidedOn = days[i]!;
    const u = Math.floor(rnd() * UNITS.length);
    const unit = UNITS[u]!;
    const key = `${u}:${decidedOn.getFullYear()}`;
    const number = (counters.get(key) ?? 0) + 1;
    counters.set(key, number);
    const status = pick(STATUSES);
    const due = (1 + Math.floor(rnd() * 400)) * 250_000;
    const closedOn = isDone(status) ? new Date(decidedOn.getFullYear(), decidedOn.getMonth(), decidedOn.getDate() + 5 + Math.floor(rnd() * 120)) : null;
    const collected = /thi hành xong/i.test(status) ? due : /đang/i.test(status) ? Math.floor(rnd() * 4) * 250_000 : 0;
    out.push({
      row: 0,
      decision: `${number}/QĐ-CCTHADS`,
      decidedOn,
      dateAsText: rnd() < 0.3,
      debtor: `${pick(SURNAMES)} ${pick(GIVEN)}`,
      officer: pick(OFFICERS[u]!),
      unit,
      due,
      collected,
      status,
      closedOn,
    });
  }
  return out;
}

const two = (n: number) => String(n).padStart(2, '0');
/** dd/mm/yyyy, as the agencies write a day (and as the add-on names a case). */
export const dayText = (d: Date) => `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
/** A Date at UTC midnight of the same calendar day: what exceljs writes as that day's serial. */
const utcDay = (d: Date) => new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));

export const SHEET = 'Sổ thụ lý 2024';
export const HEADER = ['STT', 'Số QĐ THA', 'Ngày QĐ', 'Người phải thi hành', 'Chấp hành viên', 'Phòng/Chi cục', 'Số tiền phải thi hành (đồng)', 'Số tiền đã thu (đồng)', 'Tình trạng', 'Ngày kết thúc'];
/** 1-based columns of the fields the tests edit. */
export const COL = { decision: 2, decidedOn: 3, officer: 5, unit: 6, due: 7, status: 9, closedOn: 10 } as const;
/** Two title lines and a blank line, then the header on row 4: the first case is on row 5. */
export const FIRST_ROW = 5;

/** Writes the register to `path` as an .xlsx (exceljs), with a second sheet of the user's own notes; sets each case's row. */
export async function writeKeptRegister(path: string, cases: KeptCase[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell(1, 1).value = 'CỤC THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HÀ NỘI';
  ws.getCell(2, 1).value = 'SỔ THEO DÕI THỤ LÝ VÀ KẾT QUẢ THI HÀNH ÁN';
  ws.mergeCells(2, 1, 2, 8);
  HEADER.forEach((h, i) => {
    const c = ws.getCell(4, i + 1);
    c.value = h;
    c.font = { bold: true };
  });
  cases.forEach((k, i) => {
    const r = FIRST_ROW + i;
    k.row = r;
    const cells: unknown[] = [
      i + 1,
      k.decision,
      k.dateAsText ? dayText(k.decidedOn) : utcDay(k.decidedOn),
      k.debtor,
      k.officer,
      k.unit,
      k.due,
      k.collected,
      k.status,
      k.closedOn ? utcDay(k.closedOn) : null,
    ];
    cells.forEach((v, j) => {
      if (v === null) return;
      const c = ws.getCell(r, j + 1);
      c.value = v as ExcelJS.CellValue;
      if (v instanceof Date) c.numFmt = 'dd/mm/yyyy';
      if (j === 6 || j === 7) c.numFmt = '#,##0';
    });
  });
  const notes = wb.addWorksheet('Ghi chú');
  notes.getCell(1, 1).value = 'Sổ do bộ phận văn thư cập nhật hằng tuần';
  notes.getCell(2, 1).value = 'Tổng số việc';
  notes.getCell(2, 2).value = { formula: `COUNTA('${SHEET}'!B${FIRST_ROW}:B${FIRST_ROW + cases.length - 1})` } as ExcelJS.CellValue;
  await wb.xlsx.writeFile(path);
}

/** The period's bounds (domain §2): 01/10 of year − 1 to the last day of the month-th month from October. */
export function periodBounds(year: number, month: number): { start: Date; end: Date } {
  const start = new Date(year - 1, 9, 1);
  const end = new Date(year - 1, 9 + month, 0);
  return { start, end };
}

export interface Counted {
  T: number;
  C: number;
  M: number;
  X1: number;
  X2: number;
  K: number;
  H: number;
  inProgress: number;
  tienT: number;
}

/**
 * Counts a unit's (or an officer's) cases in the period by domain §7: accepted after the period's end →
 * out; closed (thi hành xong, đình chỉ) before its start → out; closed after its end → đang thi hành;
 * accepted before 01/10 → C, else M. Statuses matched by their words here, independently of the add-on.
 */
export function countCases(cases: readonly KeptCase[], year: number, month: number): Counted {
  const { start, end } = periodBounds(year, month);
  const c: Counted = { T: 0, C: 0, M: 0, X1: 0, X2: 0, K: 0, H: 0, inProgress: 0, tienT: 0 };
  for (const k of cases) {
    if (k.decidedOn > end) continue;
    if (k.closedOn && k.closedOn < start) continue;
    c.T++;
    c.tienT += k.due;
    if (k.decidedOn < start) c.C++;
    else c.M++;
    const s = k.status.toLowerCase();
    const closedLater = k.closedOn !== null && k.closedOn > end;
    if (/thi hành xong/.test(s)) closedLater ? c.inProgress++ : c.X1++;
    else if (/^đình chỉ/.test(s)) closedLater ? c.inProgress++ : c.X2++;
    else if (/chưa có điều kiện/.test(s)) c.K++;
    else if (/hoãn|tạm đình chỉ/.test(s)) c.H++;
    else c.inProgress++;
  }
  return c;
}

/** Whether the case counts in the period at all (domain §7). */
export function inPeriod(k: KeptCase, year: number, month: number): boolean {
  const { start, end } = periodBounds(year, month);
  return k.decidedOn <= end && !(k.closedOn && k.closedOn < start);
}
