import { describe, expect, it } from 'vitest';
import { reportSettingsSchema } from '../../src/shared/rpc';
import { buildSettings, defaultTargetsKind, explicitMapping, formFromState, issuesStillStanding, setRole } from '../../src/pages/sidebar/form';
import { issueText } from '../../src/pages/sidebar/issue-text';
import { fakeState } from '../browser/fake-server';

const units = ['Chi cục THADS huyện A', 'Chi cục THADS huyện B'];

describe('the sidebar form, first opened', () => {
  it('takes the period guessed from the title and the regime defaulted from the year', () => {
    const form = formFromState(fakeState(units));
    expect(form.yearText).toBe('2020');
    expect(form.month).toBe(12);
    expect(form.regime).toBe('B');
    expect(form.regimeChosen).toBe(false);
  });

  it('lists the detected columns, none of them corrected yet', () => {
    const form = formFromState(fakeState(units));
    expect(form.columns.map((c) => c.column)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(form.columns.every((c) => !c.edited)).toBe(true);
    expect(explicitMapping(form)).toBeNull();
  });

  it('restores saved settings for the same sheet', () => {
    const state = fakeState(units);
    state.settings = {
      source: { sheet: 'Thống kê', range: 'A4:F30', mapping: null },
      period: { year: 2019, month: 6 },
      regime: 'A',
      targets: { kind: 'uniform', viec: 0.73, tien: null, backlogReduction: null },
      targetMode: 'fullYear',
      shareBase: 'mustEnforce',
      comparison: { sheet: 'Cùng kỳ 2019', range: null },
      rankBy: { kind: 'weighted', weightViec: 2, weightTien: 1 },
      moneyUnit: null,
      notRanked: [],
      language: 'en',
    };
    const form = formFromState(state);
    // The language is the user's (state.language), not the document's saved one: once taken from the settings.
    expect([form.yearText, form.month, form.regime, form.lang, form.range]).toEqual(['2019', 6, 'A', 'vi', 'A4:F30']);
    expect(formFromState({ ...state, language: 'en' }).lang).toBe('en');
    expect([form.targetsKind, form.viecText, form.tienText]).toEqual(['uniform', '73', '']);
    expect([form.rankKind, form.weightViecText, form.comparison]).toEqual(['weighted', '2', 'Cùng kỳ 2019']);
  });
});

describe('the targets offered on first open', () => {
  it('selects the year’s national targets when the domain knows them (2020), never empty % fields', () => {
    const form = formFromState(fakeState(units));
    expect([form.targetsKind, form.targetsChosen]).toEqual(['national', false]);
    const r = buildSettings(form);
    expect(r.ok && r.settings.targets).toEqual({ kind: 'national' });
  });

  it('offers no targets for a year whose national targets are unknown (2021), and says so if national is kept', () => {
    const state = fakeState(units);
    state.periodGuess = { year: 2021, month: 12, source: 'title', text: '12 tháng năm 2021' };
    const form = formFromState(state);
    expect(form.targetsKind).toBe('none');
    expect(defaultTargetsKind(2021)).toBe('none');
    expect(defaultTargetsKind(2024)).toBe('national');
    form.targetsKind = 'national';
    const r = buildSettings(form);
    if (r.ok) throw new Error('expected issues');
    expect(r.issues.map((i) => issueText(i, form))).toEqual([
      'Chưa có chỉ tiêu toàn ngành của năm 2021 trong tài liệu: hãy chọn «Một mức cho mọi đơn vị» và nhập chỉ tiêu được giao.',
    ]);
  });
});

describe('problems clear as their input is fixed', () => {
  it('drops the fixed problem only, and adds none before the report is asked for again', () => {
    const form = formFromState(fakeState(units));
    form.targetsKind = 'uniform';
    form.viecText = '0,8';
    form.tienText = '83.25';
    form.yearText = '20';
    const r = buildSettings(form);
    if (r.ok) throw new Error('expected issues');
    expect(r.issues.map((i) => i.kind)).toEqual(['year', 'percent', 'percent']);
    form.viecText = '80';
    expect(issuesStillStanding(r.issues, form).map((i) => (i.kind === 'percent' ? i.field : i.kind))).toEqual(['year', 'tien']);
    form.yearText = '2020';
    form.tienText = '38';
    form.weightViecText = 'x';
    form.rankKind = 'weighted';
    expect(issuesStillStanding(r.issues, form)).toEqual([]);
  });
});

describe('building the settings sent to sidebarMakeReport', () => {
  it('produces settings the server schema accepts, targets in fractions', () => {
    const form = formFromState(fakeState(units));
    form.targetsKind = 'uniform';
    form.viecText = '80';
    form.tienText = '38';
    const r = buildSettings(form);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.settings.targets).toEqual({ kind: 'uniform', viec: 0.8, tien: 0.38, backlogReduction: null });
    expect(r.settings.period).toEqual({ year: 2020, month: 12 });
    expect(r.settings.source).toEqual({ sheet: 'Thống kê', range: null, mapping: null });
    expect(reportSettingsSchema().safeParse(r.settings).success).toBe(true);
  });

  it('sends the user’s corrections as an explicit mapping', () => {
    const form = formFromState(fakeState(units));
    setRole(form, 5, { kind: 'score' });
    const mapping = explicitMapping(form);
    expect(mapping).toEqual({
      headerEnd: 4,
      labelColumn: 0,
      columns: [
        { column: 1, role: { kind: 'quantity', measure: 'viec', key: 'enforceable' } },
        { column: 2, role: { kind: 'quantity', measure: 'viec', key: 'completed' } },
        { column: 3, role: { kind: 'quantity', measure: 'tien', key: 'enforceable' } },
        { column: 4, role: { kind: 'quantity', measure: 'tien', key: 'completed' } },
        { column: 5, role: { kind: 'score' } },
      ],
    });
  });

  it('moves the unit name when another column is chosen for it', () => {
    const form = formFromState(fakeState(units));
    setRole(form, 5, { kind: 'label' });
    expect(form.columns.find((c) => c.column === 0)!.role).toEqual({ kind: 'ignored' });
    expect(explicitMapping(form)!.labelColumn).toBe(5);
  });

  it('sends nothing when a required column is missing, and says which in Vietnamese', () => {
    const form = formFromState(fakeState(units));
    setRole(form, 1, { kind: 'ignored' });
    const r = buildSettings(form);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.kind)).toEqual(['mapping']);
    expect(issueText(r.issues[0]!, form)).toBe(
      'Chưa có cột «Việc – Có điều kiện thi hành (Đ)»: tỷ lệ = X / Đ cần cột này. Hãy chọn nó cho một cột.',
    );
  });

  it('names both columns, by their Sheets letters and headers, when one role is given twice', () => {
    const form = formFromState(fakeState(units));
    setRole(form, 4, { kind: 'quantity', measure: 'viec', key: 'completed' });
    const r = buildSettings(form);
    if (r.ok) throw new Error('expected issues');
    expect(issueText(r.issues[0]!, form)).toBe(
      'cột C («Việc / Thi hành xong») và cột E («Tiền / Giải quyết xong») cùng được hiểu là «Việc – Giải quyết xong (X)»: hãy giữ một cột, đổi cột kia.',
    );
  });

  it('refuses a target that is not a percentage, quoting what was typed', () => {
    const form = formFromState(fakeState(units));
    form.targetsKind = 'uniform';
    form.viecText = '80%';
    form.tienText = 'ba mươi';
    const r = buildSettings(form);
    if (r.ok) throw new Error('expected issues');
    expect(r.issues).toMatchObject([{ kind: 'percent', field: 'tien', text: 'ba mươi', problem: 'notNumber' }]);
    expect(issueText(r.issues[0]!, form)).toBe('Chỉ tiêu tiền: "ba mươi" không phải là số phần trăm (ví dụ 80, 80% hoặc 80,5).');
  });

  it('reads the % fields by the core rule (parseTargetInput): "0,8" asks "có phải 80%?" (once taken as 0,8%), "83.25" is refused (once taken as 83,25%)', () => {
    const form = formFromState(fakeState(units));
    form.targetsKind = 'uniform';
    form.viecText = '0,8';
    form.tienText = '83.25';
    const r = buildSettings(form);
    if (r.ok) throw new Error('expected issues');
    expect(r.issues.map((i) => issueText(i, form))).toEqual([
      'Chỉ tiêu việc: "0,8" — có phải 80%? Chỉ tiêu nhập theo phần trăm: hãy viết 80 hoặc 80%.',
      'Chỉ tiêu tiền: "83.25": số viết kiểu Việt Nam dùng dấu phẩy làm dấu thập phân — hãy viết 83,25.',
    ]);
    form.lang = 'en';
    expect(issueText(r.issues[0]!, form)).toBe('Case target: "0,8" — did you mean 80%? Targets are typed in percent: 80 or 80%.');
    form.viecText = '80,5';
    form.tienText = '83,25%';
    const ok = buildSettings(form);
    expect(ok.ok && ok.settings.targets).toEqual({ kind: 'uniform', viec: 0.805, tien: 0.8325, backlogReduction: null });
  });

  it('asks for a value when "one value for all" is chosen with none typed', () => {
    const form = formFromState(fakeState(units));
    form.targetsKind = 'uniform';
    const r = buildSettings(form);
    expect(r.ok ? [] : r.issues.map((i) => i.kind)).toEqual(['noTargetValue']);
  });

  it('refuses a year that is not a statistical year, ranking by a score column that is not there, and comparing a sheet with itself', () => {
    const form = formFromState(fakeState(units));
    form.yearText = '20';
    form.rankKind = 'score';
    form.comparison = 'Thống kê';
    const r = buildSettings(form);
    expect(r.ok ? [] : r.issues.map((i) => i.kind)).toEqual(['year', 'noScoreColumn', 'sameComparison']);
  });

  it('refuses weights that are both zero', () => {
    const form = formFromState(fakeState(units));
    form.rankKind = 'weighted';
    form.weightViecText = '0';
    form.weightTienText = '0';
    const r = buildSettings(form);
    expect(r.ok ? [] : r.issues.map((i) => i.kind)).toEqual(['weights']);
  });

  it('says so in English when the sidebar is switched', () => {
    const form = formFromState(fakeState(units));
    form.lang = 'en';
    form.yearText = 'abcd';
    const r = buildSettings(form);
    if (r.ok) throw new Error('expected issues');
    expect(issueText(r.issues[0]!, form)).toBe('Statistical year "abcd" is not valid: enter a 4-digit year, e.g. 2020.');
  });
});
