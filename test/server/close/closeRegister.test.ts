/**
 * Issue 14 for case registers, through the BUILT add-on in the local Apps Script runtime, on a register
 * written by a generator (registerWorkbook.ts): the close keeps each case (identity, officer, status,
 * amounts), the officers' figures and the mapping; a later report of the period lists every changed figure
 * with both values, every officer's changed figure and every moved case by its identity; nothing changed →
 * "Số liệu kỳ đã chốt không thay đổi". Repeated identities and a spreadsheet too full are refused, writing
 * nothing. The calls a close and a compare make do not grow with the number of cases.
 */
import { runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ownerOf, runtimeOver, valuesOf, type AppsScriptRuntime, type Workbook } from '../../reliability/harness';
import { COLUMN, FIRST_ROW, REGISTER_SHEET, officerName, registerSettings, registerWorkbook, unitName } from './registerWorkbook';

const CLOSES_SHEET = 'THADS Chốt số liệu';

function call(runtime: AppsScriptRuntime, name: string, request: unknown): any {
  const arg = (runInContext('JSON.parse', runtime.context) as (s: string) => unknown)(JSON.stringify(request));
  return runtime.call(name, arg);
}

async function fresh(cases = 300): Promise<{ workbook: Workbook; runtime: AppsScriptRuntime }> {
  const workbook = registerWorkbook(cases);
  return { workbook, runtime: await runtimeOver(workbook) };
}

function close(runtime: AppsScriptRuntime, settings = registerSettings()): any {
  return call(runtime, 'sidebarClosePeriod', { settings, closedBy: 'Trần Thị B' });
}

function report(runtime: AppsScriptRuntime, workbook: Workbook, settings = registerSettings()): string {
  const answer = call(runtime, 'sidebarMakeReport', settings);
  expect(answer.ok, answer.message).toBe(true);
  const sheet = workbook.sheets.find((s) => s.name === answer.sheetName)!;
  return valuesOf(sheet).map((r) => r.join(' ')).join('\n');
}

/** The register's cases as the generator wrote them (sheet row, fields), read from the workbook. */
function cases(workbook: Workbook): { row: number; decision: string; unit: string; officer: string; accepted: Date; status: string }[] {
  return valuesOf(workbook.sheet(REGISTER_SHEET)!)
    .slice(FIRST_ROW - 1)
    .map((r, i) => ({ row: FIRST_ROW + i, decision: String(r[COLUMN.decision - 1]), unit: String(r[COLUMN.unit - 1]), officer: String(r[COLUMN.officer - 1]), accepted: r[COLUMN.accepted - 1] as Date, status: String(r[COLUMN.status - 1]) }));
}

const two = (n: number) => String(n).padStart(2, '0');
const dayOf = (d: Date) => `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;

describe('closing a case register (chốt sổ thụ lý)', () => {
  it('keeps every case packed in cells of at most 50.000 characters, the officers and the mapping', async () => {
    const { workbook, runtime } = await fresh(3000);
    const answer = close(runtime);
    expect(answer.ok, answer.message).toBe(true);
    expect(answer.message).toContain('3.000 việc');
    const rows = valuesOf(workbook.sheet(CLOSES_SHEET)!);
    const at = (name: string) => rows[0]!.indexOf(name);
    const kinds = rows.slice(1).map((r) => r[at('Loại dòng')]);
    expect(kinds.filter((k) => k === 'unit')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'officer')).toHaveLength(9);
    expect(kinds.filter((k) => k === 'mapping')).toHaveLength(1);
    const chunks = rows.filter((r) => r[at('Loại dòng')] === 'cases').map((r) => String(r[at('Dữ liệu')]));
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(50_000);
    expect(chunks[0]!.startsWith('THADS-VIEC 1\n')).toBe(true);
    // One line per case after the format's line and the dictionaries.
    expect(chunks.join('').split('\n')).toHaveLength(3000 + 2);
    const officers = rows.filter((r) => r[at('Loại dòng')] === 'officer').map((r) => r[at('Đơn vị')]);
    expect(officers).toContain(`${unitName(0)} / ${officerName(0, 0)}`);
    const mapping = JSON.parse(String(rows.find((r) => r[at('Loại dòng')] === 'mapping')![at('Dữ liệu')]));
    expect(mapping.columns.map((c: unknown[]) => c[1])).toEqual(expect.arrayContaining(['decision', 'unit', 'officer', 'status', 'acceptedOn', 'amountDue']));
  });

  it('done when: a changed count and cases moved between officers are listed with both values and by identity; no change is said', async () => {
    const { workbook, runtime } = await fresh();
    expect(close(runtime).ok).toBe(true);
    expect(report(runtime, workbook)).toContain('Số liệu kỳ đã chốt không thay đổi');

    const all = cases(workbook);
    const sheet = workbook.sheet(REGISTER_SHEET)!;
    // One unit's count: a case of B đang thi hành is now thi hành xong inside the period.
    const b = unitName(1);
    const xongB = all.filter((c) => c.unit === b && c.status === 'Thi hành xong').length;
    const open = all.find((c) => c.unit === b && c.status === 'Đang thi hành')!;
    sheet.ensureCell(open.row, COLUMN.status).value = 'Thi hành xong';
    sheet.ensureCell(open.row, COLUMN.closed).value = new Date(2024, 5, 1);
    // Three cases of A move from their officer to the next one of the unit.
    const a = unitName(0);
    const moved = all.filter((c) => c.unit === a).slice(0, 3);
    const next = (name: string) => officerName(0, (Number(name.slice(-1)) % 3));
    for (const c of moved) sheet.ensureCell(c.row, COLUMN.officer).value = next(c.officer);

    const text = report(runtime, workbook);
    expect(text).not.toContain('Số liệu kỳ đã chốt không thay đổi');
    expect(text).toContain(`${b} — việc thi hành xong (X1): đã chốt ${xongB}, nay ${xongB + 1} việc, chênh lệch +1.`);
    expect(text).toContain(`Việc số QĐ ${open.decision} ngày ${dayOf(open.accepted)} (${b}): trạng thái đang thi hành → thi hành xong (X1).`);
    for (const c of moved) expect(text).toContain(`Việc số QĐ ${c.decision} ngày ${dayOf(c.accepted)} (${a}): chấp hành viên ${c.officer} → ${next(c.officer)}.`);
    // Per officer: each officer who lost cases is listed with its total before and after.
    const lost = new Map<string, number>();
    for (const c of moved) lost.set(c.officer, (lost.get(c.officer) ?? 0) + 1);
    const gained = new Map<string, number>();
    for (const c of moved) gained.set(next(c.officer), (gained.get(next(c.officer)) ?? 0) + 1);
    for (const [officer, n] of lost) {
      const t = all.filter((c) => c.unit === a && c.officer === officer).length;
      const after = t - n + (gained.get(officer) ?? 0);
      if (after !== t) expect(text).toContain(`${a} / ${officer} — việc tổng số thụ lý (T): đã chốt ${t}, nay ${after} việc`);
    }
    expect(text).toContain('Theo chấp hành viên:');
    expect(text).toMatch(/Các việc đã thay đổi \(4\):/);
    expect(text).toContain('người chốt: Trần Thị B');

    // Closed again (the same period): history kept, and the report compares with the latest close.
    const again = close(runtime);
    expect(again.ok, again.message).toBe(true);
    expect(again.message).toMatch(/Kỳ này đã chốt lúc .*; lần chốt mới được thêm/);
    expect(report(runtime, workbook)).toContain('Số liệu kỳ đã chốt không thay đổi');
  });

  it('re-cuts the register to the closed period: a case accepted after it does not count, one inside it does', async () => {
    const { workbook, runtime } = await fresh();
    const half = registerSettings({ period: { year: 2024, month: 6 } });
    expect(close(runtime, half).ok).toBe(true);
    const all = cases(workbook);
    const sheet = workbook.sheet(REGISTER_SHEET)!;
    const after = all.find((c) => c.accepted.getTime() > new Date(2024, 3, 15).getTime())!;
    sheet.ensureCell(after.row, COLUMN.officer).value = 'CHV mới';
    expect(report(runtime, workbook, half)).toContain('Số liệu kỳ đã chốt không thay đổi');
    const inside = all.find((c) => c.accepted.getTime() < new Date(2024, 0, 1).getTime() && c.status === 'Chưa có điều kiện')!;
    sheet.ensureCell(inside.row, COLUMN.officer).value = 'CHV mới';
    expect(report(runtime, workbook, half)).toContain(`Việc số QĐ ${inside.decision} ngày ${dayOf(inside.accepted)} (${inside.unit}): chấp hành viên ${inside.officer} → CHV mới.`);
  });

  it('a register whose case identity repeats within a unit: refused, naming the rows and the case; nothing written', async () => {
    const { workbook, runtime } = await fresh();
    const all = cases(workbook);
    const [first, second] = all.filter((c) => c.unit === unitName(2));
    const sheet = workbook.sheet(REGISTER_SHEET)!;
    sheet.ensureCell(second!.row, COLUMN.decision).value = first!.decision;
    sheet.ensureCell(second!.row, COLUMN.accepted).value = first!.accepted;
    const properties = JSON.stringify(workbook.documentProperties);
    const names = workbook.sheetNames();
    const refused = close(runtime);
    expect(refused.ok).toBe(false);
    expect(refused.message).toContain(`việc số QĐ ${first!.decision} ngày ${dayOf(first!.accepted)} (${unitName(2)}) ở các dòng ${first!.row}, ${second!.row}`);
    expect(refused.message).toContain('Chưa có gì được ghi');
    expect(JSON.stringify(workbook.documentProperties)).toBe(properties);
    expect(workbook.sheetNames()).toEqual(names);
  });

  it('a close that would take the spreadsheet past 10 million cells is refused before anything is written', async () => {
    const { workbook, runtime } = await fresh();
    const sheet = workbook.sheet(REGISTER_SHEET)!;
    sheet.maxRows = Math.floor(9_999_000 / sheet.maxColumns);
    const properties = JSON.stringify(workbook.documentProperties);
    const refused = close(runtime);
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/vượt giới hạn 10\.000\.000 ô/);
    expect(JSON.stringify(workbook.documentProperties)).toBe(properties);
    expect(workbook.sheet(CLOSES_SHEET)).toBeUndefined();
  });

  it('packed cases edited by hand: the close is reported, never compared, nothing overwritten', async () => {
    const { workbook, runtime } = await fresh();
    close(runtime);
    const snapshot = workbook.sheet(CLOSES_SHEET)!;
    const rows = valuesOf(snapshot);
    const r = rows.findIndex((x) => x[rows[0]!.indexOf('Loại dòng')] === 'cases');
    const c = rows[0]!.indexOf('Dữ liệu') + 1;
    snapshot.ensureCell(r + 1, c).value = String(rows[r]![c - 1]).replace('CHV A1', 'CHV A2');
    const before = JSON.stringify(valuesOf(snapshot));
    const text = report(runtime, workbook);
    expect(text).toMatch(/Lần chốt số 1 .*đã bị sửa hoặc xóa sau khi chốt/);
    expect(text).not.toContain('Số liệu kỳ đã chốt không thay đổi');
    expect(JSON.stringify(valuesOf(snapshot))).toBe(before);
    expect(ownerOf(snapshot)).toBe('closes');
  });

  it('cost: a re-close is one write to the snapshot sheet and one property write, a compare one more read — the same calls for 300 and 1.200 cases', async () => {
    const measure = async (n: number) => {
      const { runtime } = await fresh(n);
      // A second report of an unclosed period is the baseline: it also reads back the first one's sheet.
      call(runtime, 'sidebarMakeReport', registerSettings());
      const plain = runtime.calls.snapshot();
      call(runtime, 'sidebarMakeReport', registerSettings());
      const unclosed = runtime.calls.since(plain).byMethod;
      close(runtime);
      const start = runtime.calls.snapshot();
      expect(close(runtime).ok).toBe(true);
      const reclose = runtime.calls.since(start).byMethod;
      const before = runtime.calls.snapshot();
      call(runtime, 'sidebarMakeReport', registerSettings());
      return { reclose, compare: runtime.calls.since(before).byMethod, unclosed };
    };
    const small = await measure(300);
    const large = await measure(1200);
    expect(large.reclose).toEqual(small.reclose);
    expect(large.compare).toEqual(small.compare);
    expect(small.reclose['Range.setValues']).toBe(1);
    expect(small.reclose['Properties.setProperty']).toBe(1);
    // The snapshot sheet read once (values and formulas of one sheet) beyond what the report reads anyway.
    expect(small.compare['Range.getValues']! - small.unclosed['Range.getValues']!).toBe(1);
  });
});
