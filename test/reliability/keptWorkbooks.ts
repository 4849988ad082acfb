/**
 * Workbooks as a provincial THADS office keeps them, written here by the tester (not the fixture
 * generators): the official forms' layout — agency and form number on top, "KẾT QUẢ THI HÀNH ÁN DÂN SỰ
 * TÍNH BẰNG VIỆC / TIỀN", the period line, "Đơn vị tính", a three-row merged header with the forms'
 * abbreviations, a "(1) (2) …" row, a totals row, blank rows and notes/signatures under the table — and
 * the figures each unit's rate is computed from by hand (domain §3–§4, regime B: P = Đ + K + H,
 * Đ = X1 + X2 + đang thi hành, T = C + M, P = T − U − R).
 */
import ExcelJS from 'exceljs';

/** One row's raw figures: Đ and X (= X1 + X2) decide the rate; the rest make the identities hold. */
export interface Figures {
  /** có điều kiện thi hành (Đ) */
  d: number;
  /** thi hành xong (X1) */
  x1: number;
  /** đình chỉ (X2) */
  x2: number;
  /** chưa có điều kiện (K) */
  k: number;
  /** hoãn, tạm đình chỉ (H, outside Đ in regime B) */
  h: number;
  /** năm trước chuyển sang (C) */
  c: number;
  /** ủy thác (U) */
  u: number;
  /** thu hồi, hủy quyết định (R) */
  r: number;
}

export interface Row {
  name: string;
  f: Figures;
}

/**
 * Figures with Đ and X given: X2 a tenth of X (at least 0), đang thi hành the rest of Đ, K, H, C, U, R
 * fixed shares, so every identity holds and the rate is exactly x / d.
 */
export function figures(d: number, x: number, scale = 1): Figures {
  const x2 = Math.floor(x / 10);
  return { d, x1: x - x2, x2, k: Math.round(d / 4), h: Math.round(d / 20), c: Math.round(d / 2), u: 3 * scale, r: 2 * scale };
}

/** The derived quantities of a row: T, M, P, đang thi hành. */
export function derived(f: Figures): { t: number; m: number; p: number; inProgress: number } {
  const p = f.d + f.k + f.h;
  const t = p + f.u + f.r;
  return { t, m: t - f.c, p, inProgress: f.d - f.x1 - f.x2 };
}

export const sumFigures = (rows: readonly Figures[]): Figures =>
  rows.reduce<Figures>(
    (a, f) => ({ d: a.d + f.d, x1: a.x1 + f.x1, x2: a.x2 + f.x2, k: a.k + f.k, h: a.h + f.h, c: a.c + f.c, u: a.u + f.u, r: a.r + f.r }),
    { d: 0, x1: 0, x2: 0, k: 0, h: 0, c: 0, u: 0, r: 0 },
  );

/** The rate by the domain's formula: (X1 + X2) / Đ. */
export const rateOf = (f: Figures) => (f.x1 + f.x2) / f.d;

export interface FormSheet {
  /** "CỤC THADS TỈNH LONG AN", or a Chi cục's own name on its tab. */
  agency: string;
  /** The form number printed top right ("Biểu số 01/TK-THADS"). */
  formNo: string;
  measure: 'viec' | 'tien';
  /** "12 tháng năm 2023 (từ ngày 01/10/2022 đến ngày 30/9/2023)" */
  periodLine: string;
  /** For tiền: "Đơn vị tính: 1.000 đồng" or "Đơn vị tính: đồng". */
  unitLine?: string;
  /** The label column's header: "Tên đơn vị", "Chấp hành viên". */
  labelHeader?: string;
  rows: readonly Row[];
  /** Totals label and place; `totalFigures` overrides the sum (a wrong "Cộng" row). */
  total?: { label: string; at: 'top' | 'bottom'; figures?: Figures };
  /** Notes and signatures under the table. */
  notes?: readonly string[];
}

/**
 * Writes one form onto a worksheet as the office prints it. Rows 1–4: agency | form number, title,
 * period, unit line; 5: blank; 6–8: the merged three-row header; 9: "(1) (2) …"; then the rows.
 */
export function writeForm(ws: ExcelJS.Worksheet, form: FormSheet): void {
  ws.getCell('A1').value = form.agency;
  ws.getCell('M1').value = form.formNo;
  ws.mergeCells('A1:E1');
  ws.getCell('A2').value = `KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG ${form.measure === 'viec' ? 'VIỆC' : 'TIỀN'}`;
  ws.mergeCells('A2:O2');
  ws.getCell('A3').value = form.periodLine;
  ws.mergeCells('A3:O3');
  ws.getCell('A4').value = form.unitLine ?? (form.measure === 'viec' ? 'Đơn vị tính: việc' : 'Đơn vị tính: 1.000 đồng');
  ws.mergeCells('A4:O4');
  // The header: row 6 the groups, row 7 the sub-groups, row 8 the columns of Có điều kiện.
  const h = (a1: string, text: string, merge?: string) => {
    ws.getCell(a1).value = text;
    if (merge) ws.mergeCells(`${a1}:${merge}`);
  };
  h('A6', 'STT', 'A8');
  h('B6', form.labelHeader ?? 'Tên đơn vị', 'B8');
  h('C6', 'Tổng số thụ lý', 'E6');
  h('C7', 'Tổng số', 'C8');
  h('D7', 'Năm trước chuyển sang', 'D8');
  h('E7', 'Mới thụ lý', 'E8');
  h('F6', 'Ủy thác THA', 'F8');
  h('G6', 'Thu hồi, hủy QĐ THA', 'G8');
  h('H6', 'Tổng số phải THA', 'H8');
  h('I6', 'Trong đó', 'N6');
  h('I7', 'Có điều kiện THA', 'L7');
  ws.getCell('I8').value = 'Tổng số';
  ws.getCell('J8').value = 'Thi hành xong';
  ws.getCell('K8').value = 'Đình chỉ THA';
  ws.getCell('L8').value = 'Đang thi hành';
  h('M7', 'Hoãn, TĐC THA', 'M8');
  h('N7', 'Chưa có ĐKTHA', 'N8');
  h('O6', 'Tỷ lệ (%)', 'O8');
  ws.getRow(9).values = [, ...Array.from({ length: 15 }, (_, i) => `(${i + 1})`)];
  const line = (stt: number | string, name: string, f: Figures) => {
    const d = derived(f);
    return [stt, name, d.t, f.c, d.m, f.u, f.r, d.p, f.d, f.x1, f.x2, d.inProgress, f.h, f.k, f.d === 0 ? '' : Math.round(rateOf(f) * 10000) / 100];
  };
  const data: ExcelJS.CellValue[][] = form.rows.map((r, i) => line(i + 1, r.name, r.f));
  if (form.total) {
    const t = line('', form.total.label, form.total.figures ?? sumFigures(form.rows.map((r) => r.f)));
    if (form.total.at === 'top') data.unshift(t);
    else data.push(t);
  }
  data.forEach((r, i) => (ws.getRow(10 + i).values = [, ...(r as ExcelJS.CellValue[])]));
  let at = 10 + data.length + 2; // a blank row, then the notes
  for (const note of form.notes ?? []) ws.getCell(`B${at++}`).value = note;
  ws.getColumn(2).width = 38;
}

/** Writes the book to a file and returns the path. */
export async function save(book: ExcelJS.Workbook, path: string): Promise<string> {
  await book.xlsx.writeFile(path);
  return path;
}

/** Every cell value of every sheet of an .xlsx, by sheet then A1 (formulas by their text). */
export async function cellsOf(path: string, only?: readonly string[]): Promise<Record<string, Record<string, unknown>>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const out: Record<string, Record<string, unknown>> = {};
  book.eachSheet((ws) => {
    if (only && !only.includes(ws.name)) return;
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as unknown;
        cells[cell.address] = v !== null && typeof v === 'object' && 'formula' in (v as object) ? `=${(v as { formula: string }).formula}` : v;
      }),
    );
    out[ws.name] = cells;
  });
  return out;
}

/** The report sheet of an output .xlsx as rows of values (1-based rows at index r - 1). */
export async function sheetRows(path: string, sheet: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const ws = book.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet} in ${path}; sheets: ${book.worksheets.map((w) => w.name).join(', ')}`);
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (r, n) => (rows[n - 1] = ((r.values as unknown[]) ?? []).slice(1).map((v) => (v !== null && typeof v === 'object' && 'result' in (v as object) ? (v as { result: unknown }).result : v))));
  return rows;
}

/** The report table's rows by the "Đơn vị" column: label → { header → value }. */
export function reportTable(rows: readonly unknown[][]): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  const h = rows.findIndex((r) => r?.includes('Đơn vị') && r.includes('Xếp hạng'));
  if (h < 0) return out;
  const header = rows[h] as string[];
  // The table ends at its first row with no label (the paragraphs below repeat merged text).
  for (const r of rows.slice(h + 1)) {
    const label = r?.[header.indexOf('Đơn vị')];
    if (typeof label !== 'string' || label === '') break;
    out.set(label, Object.fromEntries(header.map((name, i) => [name, r?.[i] ?? ''])));
  }
  return out;
}

/** All text cells of a sheet's rows, joined by newlines. */
export const textOf = (rows: readonly unknown[][]) => rows.flat().filter((v) => typeof v === 'string').join('\n');

/** One officer's (or a one-row unit's) figures of both measures: việc and tiền (in the tab's money unit). */
export interface OfficerRow {
  name: string;
  viec: { d: number; x1: number; x2: number };
  tien: { d: number; x1: number; x2: number };
}

export interface UnitTabForm {
  /** Line 1 (the Cục) and line 2 (the Chi cục); line 2 may be absent (then the tab's name names it). */
  agency: readonly string[];
  /** "12 tháng năm 2023 (từ ngày 01/10/2022 đến ngày 30/9/2023)" */
  periodLine: string;
  unitLine: string;
  /** The form's title; default the per-officer form's. */
  title?: string;
  /** The label column's header; default "Họ tên Chấp hành viên". */
  labelHeader?: string;
  rows: readonly OfficerRow[];
  /** The "Cộng" row; `figures` overrides the sum (a wrong Cộng row). */
  total?: { label: string; figures?: Pick<OfficerRow, 'viec' | 'tien'> };
  notes?: readonly string[];
}

/** Sums officer rows. */
export function sumOfficers(rows: readonly Pick<OfficerRow, 'viec' | 'tien'>[]): Pick<OfficerRow, 'viec' | 'tien'> {
  const z = () => ({ d: 0, x1: 0, x2: 0 });
  const out = { viec: z(), tien: z() };
  for (const r of rows) for (const m of ['viec', 'tien'] as const) for (const k of ['d', 'x1', 'x2'] as const) out[m][k] += r[m][k];
  return out;
}

/**
 * A Chi cục's own tab, per officer ("Biểu số 07/TK-THADS: kết quả của Chấp hành viên"): agency lines,
 * title, period, unit line; a merged two-row header "Việc" / "Tiền" over "Có ĐK", "TH xong", "Đình chỉ",
 * "Đang THA"; the officers, then "Cộng"; notes and signatures under it.
 */
export function writeUnitTab(ws: ExcelJS.Worksheet, form: UnitTabForm): void {
  form.agency.forEach((a, i) => (ws.getCell(`A${i + 1}`).value = a));
  ws.getCell('G1').value = 'Biểu số 07/TK-THADS';
  let r = form.agency.length + 1;
  ws.getCell(`A${r}`).value = form.title ?? 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ CỦA CHẤP HÀNH VIÊN';
  ws.mergeCells(`A${r}:J${r}`);
  if (form.periodLine !== '') ws.getCell(`A${++r}`).value = form.periodLine;
  ws.getCell(`A${++r}`).value = form.unitLine;
  r += 2;
  const top = r;
  ws.getCell(`A${top}`).value = 'STT';
  ws.mergeCells(`A${top}:A${top + 1}`);
  ws.getCell(`B${top}`).value = form.labelHeader ?? 'Họ tên Chấp hành viên';
  ws.mergeCells(`B${top}:B${top + 1}`);
  ws.getCell(`C${top}`).value = 'Về việc';
  ws.mergeCells(`C${top}:F${top}`);
  ws.getCell(`G${top}`).value = 'Về tiền';
  ws.mergeCells(`G${top}:J${top}`);
  ['Có ĐKTH', 'TH xong', 'Đình chỉ', 'Đang THA', 'Có ĐKTH', 'TH xong', 'Đình chỉ', 'Đang THA'].forEach((h, i) => (ws.getCell(top + 1, 3 + i).value = h));
  const line = (stt: number | string, name: string, f: Pick<OfficerRow, 'viec' | 'tien'>) => [
    stt, name,
    f.viec.d, f.viec.x1, f.viec.x2, f.viec.d - f.viec.x1 - f.viec.x2,
    f.tien.d, f.tien.x1, f.tien.x2, f.tien.d - f.tien.x1 - f.tien.x2,
  ];
  let at = top + 2;
  form.rows.forEach((o, i) => (ws.getRow(at++).values = [, ...line(i + 1, o.name, o)]));
  if (form.total) ws.getRow(at++).values = [, ...line('', form.total.label, form.total.figures ?? sumOfficers(form.rows))];
  at++;
  for (const n of form.notes ?? []) ws.getCell(`B${at++}`).value = n;
}
