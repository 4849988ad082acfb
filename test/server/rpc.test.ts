/**
 * The sidebar's server functions over the in-memory port: every argument validated against the
 * contract, the "Chỉ tiêu" sheet created once and then only read (units added on request, never a row
 * rewritten), targets from that sheet used by the report.
 */
import { describe, expect, it } from 'vitest';
import { RPC_NAMES } from '../../src/shared/rpc';
import { createGradeSheet, createTargetsSheet, detect, getState, makeReportRpc, saveSettingsRpc } from '../../src/server/rpc/index';
import { rpc } from '../../src/server/rpc/validate';
import type { CellValue } from '../../src/core/types';
import { MemoryPort } from './memoryPort';
import { DATA_SHEET, HEADER, settingsFor } from './runtimeWorkbook';

function port(labels = ['Chi cục THADS huyện A', 'Chi cục THADS huyện B']): MemoryPort {
  const values = [HEADER, ...labels.map((l, i) => [l, 100, 80 - i * 10, 1000, 500])];
  return new MemoryPort([{ name: DATA_SHEET, values }]);
}

const source = settingsFor().source;
const create = rpc(RPC_NAMES.createTargetsSheet, createTargetsSheet);
const make = rpc(RPC_NAMES.makeReport, makeReportRpc);

describe('every argument is validated with the contract’s schema', () => {
  it('refuses a request of the wrong shape with a Vietnamese message and writes nothing', () => {
    const p = port();
    for (const request of [undefined, null, 42, {}, { ...settingsFor(), regime: 'C' }]) {
      const answer = make(p, request);
      expect(answer).toMatchObject({ ok: false });
      expect((answer as { message: string }).message).toMatch(/^Yêu cầu không hợp lệ/);
    }
    expect(p.sheets.map((s) => s.name)).toEqual([DATA_SHEET]);
  });

  it('says so when the sheet does not exist', () => {
    const answer = rpc(RPC_NAMES.detect, detect)(port(), { source: { ...source, sheet: 'Không có' }, moneyUnit: null, notRanked: [] });
    expect(answer).toEqual({ ok: false, message: 'Không thấy trang “Không có” trong bảng tính.' });
  });
});

describe('sidebarGetState', () => {
  it('lists the sheets by kind and offers national targets only for the years the domain knows', () => {
    const p = port();
    p.sheets.push({ name: 'Báo cáo 12 tháng năm 2020', hidden: false, owner: 'report:2020-12', values: [], merges: [] });
    const state = rpc(RPC_NAMES.getState, getState)(p, { sheet: null });
    if (!state.ok) throw new Error(state.message);
    expect(state.sheets.map((s) => s.kind)).toEqual(['data', 'report']);
    expect(state.nationalTargets.find((t) => t.year === 2020)).toEqual({ year: 2020, viec: 0.8, tien: 0.38 });
    expect(state.nationalTargets.find((t) => t.year === 2021)).toBeUndefined();
    expect(state.targetsSheet).toEqual({ name: 'Chỉ tiêu', exists: false });
  });

  it('opens on the user’s data, not on the add-on’s own report when that is the active sheet', () => {
    const p = port();
    p.sheets.push({ name: 'Báo cáo 12 tháng năm 2020', hidden: false, owner: 'report:2020-12', values: [['x']], merges: [] });
    p.active = 'Báo cáo 12 tháng năm 2020';
    const state = getState(p, { sheet: null });
    expect(state.ok && state.activeSheet).toBe(DATA_SHEET);
  });

  it('returns the saved settings once saved', () => {
    const p = port();
    saveSettingsRpc(p, settingsFor());
    const state = getState(p, { sheet: null });
    expect(state.ok && state.settings).toEqual(settingsFor());
  });
});

describe('the "Chỉ tiêu" sheet', () => {
  const request = { source, year: 2020, viec: 0.8, tien: null, addMissing: false };

  it('is created once, pre-filled with the units, and marked as the add-on’s', () => {
    const p = port();
    const answer = create(p, request);
    expect(answer).toMatchObject({ ok: true, sheetName: 'Chỉ tiêu', created: true, unitsAdded: 2 });
    const sheet = p.sheet('Chỉ tiêu')!;
    expect(sheet.owner).toBe('targets');
    expect(sheet.values.slice(1)).toEqual([
      ['Chi cục THADS huyện A', 2020, 0.8, '', '', '', ''],
      ['Chi cục THADS huyện B', 2020, 0.8, '', '', '', ''],
    ]);
  });

  it('is never rewritten: a second call leaves the user’s edits alone', () => {
    const p = port();
    create(p, request);
    p.sheet('Chỉ tiêu')!.values[1]![2] = 0.85; // the user's own target
    const answer = create(p, request);
    expect(answer).toMatchObject({ ok: true, created: false, unitsAdded: 0 });
    expect(p.sheet('Chỉ tiêu')!.values[1]![2]).toBe(0.85);
  });

  it('gets only the missing units appended, on request', () => {
    const p = port();
    create(p, request);
    p.sheet(DATA_SHEET)!.values.push(['Chi cục THADS huyện C', 100, 50, 1000, 500]);
    const answer = create(p, { ...request, addMissing: true });
    expect(answer).toMatchObject({ ok: true, created: false, unitsAdded: 1 });
    expect(p.sheet('Chỉ tiêu')!.values.map((r) => r[0])).toEqual([
      'Đơn vị',
      'Chi cục THADS huyện A',
      'Chi cục THADS huyện B',
      'Chi cục THADS huyện C',
    ]);
  });

  it('leaves a user’s own sheet named "Chỉ tiêu" alone', () => {
    const p = port();
    p.sheets.push({ name: 'Chỉ tiêu', hidden: false, owner: null, values: [['của tôi']], merges: [] });
    const answer = create(p, request);
    expect(answer).toMatchObject({ ok: true, sheetName: 'Chỉ tiêu (2)', created: true });
    expect(p.sheet('Chỉ tiêu')!.values).toEqual([['của tôi']]);
  });

  it('gives the report each unit’s own target, and "chưa có chỉ tiêu" where the user left none', () => {
    const p = port();
    create(p, { ...request, viec: null });
    p.sheet('Chỉ tiêu')!.values[1]![2] = 0.75; // huyện A: 75% việc, 30% tiền; huyện B left blank
    p.sheet('Chỉ tiêu')!.values[1]![3] = 0.3;
    const answer = make(p, settingsFor({ targets: { kind: 'sheet' } }));
    expect(answer).toMatchObject({ ok: true });
    if (!answer.ok) return;
    expect(answer.summary.missingTargets).toEqual(['Chi cục THADS huyện B']);
    const report = p.sheet(answer.sheetName)!.values;
    const header = report.find((r) => r.includes('Xếp hạng'))!;
    const a = report.find((r) => r[1] === 'Chi cục THADS huyện A')!;
    const b = report.find((r) => r[1] === 'Chi cục THADS huyện B')!;
    expect(a[header.indexOf('Chỉ tiêu việc')]).toBe(0.75);
    // huyện A: 80/100 = 80% against 75% → +5 points
    expect(a[header.indexOf('Vượt/thiếu chỉ tiêu việc')]).toBeCloseTo(0.05, 10);
    expect(b[header.indexOf('Vượt/thiếu chỉ tiêu việc')]).toBe('chưa có chỉ tiêu');
  });

  it('is asked for when the report should read it and it does not exist', () => {
    const answer = make(port(), settingsFor({ targets: { kind: 'sheet' } }));
    expect(answer).toMatchObject({ ok: false });
    expect((answer as { message: string }).message).toMatch(/Chưa có trang “Chỉ tiêu”/);
  });
});

describe('the "Xếp loại" sheet (competition grades)', () => {
  const createGrades = rpc(RPC_NAMES.createGradeSheet, createGradeSheet);
  const targets = { source, year: 2020, viec: 0.75, tien: null, addMissing: false };
  /** Fills the points column of the "Chỉ tiêu" sheet: huyện A, huyện B. */
  function setPoints(p: MemoryPort, a: CellValue, b: CellValue): void {
    const sheet = p.sheet('Chỉ tiêu')!;
    const column = sheet.values[0]!.indexOf('Điểm thi đua');
    sheet.values[1]![column] = a;
    sheet.values[2]![column] = b;
  }
  function reportRows(p: MemoryPort, name: string) {
    const values = p.sheet(name)!.values;
    const header = values.find((r) => r.includes('Xếp hạng'))!;
    const row = (label: string) => values.find((r) => r[1] === label)!;
    return { values, header, row };
  }

  it('is created once with the 2015 table, its unknown thresholds blank, and then only read', () => {
    const p = port();
    expect(createGrades(p, {})).toMatchObject({ ok: true, sheetName: 'Xếp loại', created: true });
    const sheet = p.sheet('Xếp loại')!;
    expect(sheet.owner).toBe('grades');
    expect(sheet.values).toEqual([
      ['Loại', 'Điểm tối thiểu', 'Chỉ tiêu phải đạt', 'Tên'],
      ['A', 180, 'tất cả', 'Xuất sắc'],
      ['B', 160, '', 'Khá'],
      ['C', '', '', 'Trung bình'],
      ['D', '', '', 'Yếu'],
    ]);
    sheet.values[2]![2] = 2; // the user's own rule
    expect(createGrades(p, {})).toMatchObject({ ok: true, created: false });
    expect(sheet.values[2]![2]).toBe(2);
    const state = getState(p, { sheet: null });
    expect(state.ok && state.gradeSheet).toEqual({ name: 'Xếp loại', exists: true });
  });

  it('leaves a user’s own sheet named "Xếp loại" alone', () => {
    const p = port();
    p.sheets.push({ name: 'Xếp loại', hidden: false, owner: null, values: [['của tôi']], merges: [] });
    expect(createGrades(p, {})).toMatchObject({ ok: true, sheetName: 'Xếp loại (2)', created: true });
    expect(p.sheet('Xếp loại')!.values).toEqual([['của tôi']]);
  });

  it('grades each unit in the report from its points and the targets it met', () => {
    const p = port();
    create(p, targets);
    createGrades(p, {});
    const rules = p.sheet('Xếp loại')!.values;
    rules[2] = ['B', 160, 'không', 'Khá'];
    rules[3] = ['C', 100, 'không', 'Trung bình'];
    rules[4] = ['D', 0, 'không', 'Yếu'];
    setPoints(p, 185, 185); // huyện A 80% ≥ 75%: target met; huyện B 70%: missed
    const answer = make(p, settingsFor({ targets: { kind: 'sheet' } }));
    if (!answer.ok) throw new Error(answer.message);
    const { values, header, row } = reportRows(p, answer.sheetName);
    const grade = header.indexOf('Xếp loại');
    expect(grade).toBeGreaterThan(0);
    expect(row('Chi cục THADS huyện A')[grade]).toBe('A');
    expect(row('Chi cục THADS huyện B')[grade]).toBe('B'); // the points of an A, a target missed
    expect(values.flat()).toContain('Xếp loại thi đua: trang “Xếp loại”, điểm ở cột “Điểm thi đua” của trang “Chỉ tiêu”');
  });

  it('reads the "Chỉ tiêu" sheet once when both the targets and the points come from it', () => {
    const p = port();
    create(p, targets);
    createGrades(p, {});
    setPoints(p, 185, 185);
    const reads: string[] = [];
    const readSheet = p.readSheet.bind(p);
    p.readSheet = (name: string) => (reads.push(name), readSheet(name));
    expect(make(p, settingsFor({ targets: { kind: 'sheet' } }))).toMatchObject({ ok: true });
    expect(reads.filter((n) => n === 'Chỉ tiêu')).toHaveLength(1);
  });

  it('gives no grade where the table leaves a threshold blank, and says which', () => {
    const p = port();
    create(p, targets);
    createGrades(p, {});
    setPoints(p, 185, '');
    const answer = make(p, settingsFor({ targets: { kind: 'sheet' } }));
    if (!answer.ok) throw new Error(answer.message);
    const { values, header, row } = reportRows(p, answer.sheetName);
    expect(row('Chi cục THADS huyện A')[header.indexOf('Xếp loại')]).toBe('A');
    expect(row('Chi cục THADS huyện B')[header.indexOf('Xếp loại')]).toBe('');
    expect(values.flat()).toContain('Chưa xếp loại 1 đơn vị chưa có điểm thi đua: Chi cục THADS huyện B.');
    setPoints(p, 150, '');
    const again = make(p, settingsFor({ targets: { kind: 'sheet' } }));
    if (!again.ok) throw new Error(again.message);
    expect(p.sheet(again.sheetName)!.values.flat()).toContain(
      'Chưa xếp loại được Chi cục THADS huyện A: chưa có ngưỡng điểm của loại C (Trung bình) trong bảng xếp loại: hãy nhập ngưỡng.',
    );
  });

  it('grades no unit "A" on "all targets met" when the report has no targets', () => {
    const p = port();
    create(p, targets);
    createGrades(p, {});
    setPoints(p, 185, 185);
    const answer = make(p, settingsFor({ targets: { kind: 'none' } }));
    if (!answer.ok) throw new Error(answer.message);
    const { values } = reportRows(p, answer.sheetName);
    expect(values.flat()).not.toContain('A');
    expect(values.flat().some((v) => typeof v === 'string' && v.includes('chưa được giao chỉ tiêu nào'))).toBe(true);
  });

  it('keeps grading and the targets apart: a bad cell of one never stops a report that does not read it', () => {
    const p = port();
    create(p, targets);
    setPoints(p, 'tám mươi', 170); // bad points, but no "Xếp loại" sheet: nothing reads them
    expect(make(p, settingsFor({ targets: { kind: 'sheet' } }))).toMatchObject({ ok: true });
    setPoints(p, 185, 170);
    createGrades(p, {});
    p.sheet('Chỉ tiêu')!.values[1]![2] = 'nhiều'; // a bad target, but this report uses one target for all
    const answer = make(p, settingsFor());
    expect(answer).toMatchObject({ ok: true });
  });

  it('grades nobody, and says so, when the user has emptied the "Xếp loại" sheet', () => {
    const p = port();
    create(p, targets);
    createGrades(p, {});
    setPoints(p, 185, 170);
    p.sheet('Xếp loại')!.values.splice(1);
    const answer = make(p, settingsFor({ targets: { kind: 'sheet' } }));
    if (!answer.ok) throw new Error(answer.message);
    const { values, header } = reportRows(p, answer.sheetName);
    expect(header).not.toContain('Xếp loại');
    expect(values.flat()).toContain('Bảng xếp loại chưa có dòng quy định nào: chưa xếp loại đơn vị nào.');
  });

  it('stops the report on a bad rule or a bad points cell, naming where, and writes nothing', () => {
    const p = port();
    create(p, targets);
    createGrades(p, {});
    p.sheet('Xếp loại')!.values[2]![1] = 'nhiều';
    const before = p.sheets.map((s) => s.name);
    expect(make(p, settingsFor({ targets: { kind: 'sheet' } }))).toEqual({
      ok: false,
      message: 'Trang “Xếp loại”: dòng 3, cột B (điểm tối thiểu): "nhiều" không phải là số',
    });
    p.sheet('Xếp loại')!.values[2]![1] = 160;
    setPoints(p, 'tám mươi', 170);
    const answer = make(p, settingsFor({ targets: { kind: 'sheet' } }));
    expect(answer).toMatchObject({ ok: false });
    expect((answer as { message: string }).message).toMatch(/^Trang “Chỉ tiêu”, dòng 2, cột G \(Điểm thi đua\) của đơn vị Chi cục THADS huyện A: "tám mươi"/);
    expect(p.sheets.map((s) => s.name)).toEqual(before);
  });
});

describe('a comparison table', () => {
  it('with none of this year’s units is refused in Vietnamese, and nothing is written', () => {
    const p = port();
    p.sheets.push({ name: 'Năm trước', hidden: false, owner: null, values: [HEADER, ['Chi cục tỉnh khác', 100, 70, 1000, 400]], merges: [] });
    const answer = make(p, settingsFor({ comparison: { sheet: 'Năm trước', range: null } }));
    expect(answer).toMatchObject({ ok: false });
    expect(p.sheets.map((s) => s.name)).toEqual([DATA_SHEET, 'Năm trước']);
  });

  it('whose unit names differ from this year’s only in punctuation is accepted and joined unit by unit (guard and join share unitKey)', () => {
    const p = port();
    const lastYear = [HEADER, ['Chi cục THADS huyện A.', 100, 70, 1000, 400], ['Chi cục THADS huyện B.', 100, 60, 1000, 400]];
    p.sheets.push({ name: 'Năm trước', hidden: false, owner: null, values: lastYear, merges: [] });
    const answer = make(p, settingsFor({ comparison: { sheet: 'Năm trước', range: null } }));
    expect(answer).toMatchObject({ ok: true });
    const report = p.sheets.find((s) => s.owner === 'report:2020-12')!.values;
    const header = report.find((row) => row.includes('Tỷ lệ việc so với cùng kỳ'))!;
    const column = header.indexOf('Tỷ lệ việc so với cùng kỳ');
    const rowA = report.find((row) => row.includes('Chi cục THADS huyện A'))!;
    // 80% this year against 70% last year: +10 points, found only when the two names are one unit.
    expect(rowA[column]).toBeCloseTo(0.1, 12);
  });
});

describe('settings too large to keep', () => {
  it('do not turn a written report into a failure; the message says they were not saved', () => {
    const p = port();
    // 1.000 labels of 200 three-byte letters: about 600 KB, more than a document's 500 KB store
    const huge = Array.from({ length: 1000 }, (_, i) => `${i}${'ệ'.repeat(200)}`.slice(0, 200));
    const answer = make(p, settingsFor({ notRanked: huge }));
    expect(answer).toMatchObject({ ok: true });
    expect((answer as { message: string }).message).toMatch(/Chưa lưu được thiết lập/);
    expect(p.sheets.some((s) => s.owner === 'report:2020-12')).toBe(true);
  });
});
