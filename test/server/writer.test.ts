import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../src/core/report/buildReportModel';
import { layoutReport } from '../../src/core/report/layoutReport';
import type { ReportModel } from '../../src/core/report/types';
import { writeReport } from '../../src/server/report/writeReport';
import { MemoryPort } from './memoryPort';
import { recordOf, unit } from './fixtures';

const NAME = 'Báo cáo 6 tháng năm 2019';

function model(labels: string[] = ['Chi cục THADS huyện A', 'Chi cục THADS huyện B']): ReportModel {
  const indicators = labels.map((l, i) =>
    unit(l, { viec: { enforceable: 100, completed: 80 - i, rate: (80 - i) / 100 }, rank: i + 1, rankOf: labels.length }),
  );
  return buildReportModel({
    period: { year: 2019, month: 6 },
    regime: 'A',
    indicators,
    records: indicators.map(recordOf),
    findings: [],
    sourceSheet: 'Số liệu',
    money: { unit: 'nghin', assumed: false },
  });
}

const userData = () => ({ name: 'Số liệu', values: [['Đơn vị', 'Đ', 'X']] });

describe('the writer writes only sheets the add-on created and marked', () => {
  it('writes the report into a new sheet marked as the period’s report, shown and active', () => {
    const port = new MemoryPort([userData()]);
    const result = writeReport(port, model());
    expect(result).toMatchObject({ sheetName: NAME, renamed: false });
    const sheet = port.sheet(NAME)!;
    expect(sheet.owner).toBe('report:2019-6');
    expect(sheet.hidden).toBe(false);
    expect(port.active).toBe(NAME);
  });

  it('replaces its own report of the same period on a re-run', () => {
    const port = new MemoryPort([userData()]);
    writeReport(port, model(['Chi cục cũ']));
    writeReport(port, model(['Chi cục mới']));
    const reports = port.sheets.filter((s) => s.owner === 'report:2019-6');
    expect(reports.map((s) => s.name)).toEqual([NAME]);
    expect(JSON.stringify(reports[0]!.values)).toContain('Chi cục mới');
    expect(JSON.stringify(reports[0]!.values)).not.toContain('Chi cục cũ');
  });

  it('leaves a user’s sheet with the report’s name alone, picks "… (2)" and says so', () => {
    const mine = [['Ghi chú của tôi']];
    const port = new MemoryPort([userData(), { name: NAME, values: mine }]);
    const result = writeReport(port, model());
    expect(result.sheetName).toBe(`${NAME} (2)`);
    expect(result.renamed).toBe(true);
    expect(result.message).toContain(`${NAME} (2)`);
    expect(port.sheet(NAME)!.values).toEqual(mine);
    expect(port.sheet(NAME)!.owner).toBeNull();
  });

  it('re-runs into the same "… (2)" next to the user’s sheet instead of adding "… (3)"', () => {
    const port = new MemoryPort([userData(), { name: NAME, values: [['x']] }]);
    writeReport(port, model());
    writeReport(port, model());
    expect(port.sheets.map((s) => s.name).sort()).toEqual([NAME, `${NAME} (2)`, 'Số liệu'].sort());
  });

  it('leaves the reports of other periods alone', () => {
    const port = new MemoryPort([userData(), { name: 'Báo cáo 12 tháng năm 2018', owner: 'report:2018-12', values: [['cũ']] }]);
    writeReport(port, model());
    expect(port.sheet('Báo cáo 12 tháng năm 2018')!.values).toEqual([['cũ']]);
  });
});

describe('a failure midway leaves no half-written report', () => {
  it('removes the temporary sheet, keeps the previous report and says so in Vietnamese', () => {
    const port = new MemoryPort([userData()]);
    writeReport(port, model(['Chi cục cũ']));
    port.failWhileWriting = true;
    expect(() => writeReport(port, model(['Chi cục mới']))).toThrow(/Không ghi được báo cáo/);
    expect(port.sheets.filter((s) => s.owner === 'temp')).toEqual([]);
    expect(JSON.stringify(port.sheet(NAME)!.values)).toContain('Chi cục cũ');
  });

  it('builds the report hidden and marked "temp" before anything is deleted', () => {
    const port = new MemoryPort([userData()]);
    writeReport(port, model());
    const create = port.log.findIndex((l) => l.startsWith('createSheet') && l.endsWith(' temp'));
    const publish = port.log.findIndex((l) => l.startsWith('publishOwnSheet'));
    expect(create).toBeGreaterThanOrEqual(0);
    expect(publish).toBeGreaterThan(create);
  });

  it('removes a temporary sheet a cut-off run left behind', () => {
    const port = new MemoryPort([userData(), { name: 'THADS đang tạo báo cáo', owner: 'temp', hidden: true, values: [['nửa']] }]);
    writeReport(port, model());
    expect(port.sheets.filter((s) => s.owner === 'temp')).toEqual([]);
    expect(port.sheet(NAME)).toBeDefined();
  });
});

describe('the document lock', () => {
  it('when another report holds it: a Vietnamese message and nothing written', () => {
    const port = new MemoryPort([userData()]);
    port.lockHeld = true;
    expect(() => writeReport(port, model())).toThrow(/đang được ghi.*chưa có gì được ghi/);
    expect(port.sheets.map((s) => s.name)).toEqual(['Số liệu']);
  });
});

describe('formula-looking unit names stay text', () => {
  it('writes "=IMPORTXML(…)" with a leading apostrophe', () => {
    const port = new MemoryPort([userData()]);
    writeReport(port, model(['=IMPORTXML("http://evil", "//a")', 'Chi cục THADS huyện B']));
    const labels = port.sheet(NAME)!.values.map((r) => r[1]);
    expect(labels).toContain('\'=IMPORTXML("http://evil", "//a")');
    expect(labels).not.toContain('=IMPORTXML("http://evil", "//a")');
  });
});

describe('the layout does not grow in calls with the units', () => {
  const shape = (n: number) => {
    const { plan } = layoutReport(model(Array.from({ length: n }, (_, i) => `Chi cục ${i + 1}`)));
    return {
      formatBlocks: plan.numberFormats.length,
      bold: plan.bold.length,
      backgrounds: plan.backgrounds.length,
      rules: plan.conditionalRules.length,
      charts: plan.charts.length,
      wraps: plan.wrap.length,
      merges: plan.mergeAcross?.length,
      borders: plan.borders?.length,
      rowHeights: plan.rowHeights?.length,
    };
  };
  it('has the same blocks, rules and charts for 10 and for 700 units', () => {
    expect(shape(700)).toEqual(shape(10));
  });

  it('freezes the header and colours rates against their target with one rule per colour', () => {
    const layout = layoutReport(model());
    expect(layout.plan.frozenRows).toBe(layout.headerRow + 1);
    expect(layout.plan.values[layout.headerRow]).toContain('Tỷ lệ việc');
    const formulas = layout.plan.conditionalRules.flatMap((r) => (r.when.kind === 'formula' ? [r.when.formula] : []));
    expect(formulas.some((f) => /<\$?[A-Z]+\d+\)$/.test(f))).toBe(true);
    // The rate as shown is compared (79,996% is 80,00%, green against 80%), as the gap column says.
    expect(formulas.every((f) => /,ROUND\([A-Z]+\d+,4\)(<|>=)\$[A-Z]+\d+\)$/.test(f))).toBe(true);
  });

  it('colours "Giảm án tồn (%)" by sign, as the gaps: red when the backlog grew, green when it shrank', () => {
    const indicators = [
      unit('A', { viec: { enforceable: 100, completed: 80, rate: 0.8, previousRate: 0.7, backlogReduction: 0.15 } }),
      unit('B', { viec: { enforceable: 100, completed: 70, rate: 0.7, previousRate: 0.7, backlogReduction: -0.05 } }),
    ];
    const m = buildReportModel({
      period: { year: 2020, month: 12 },
      regime: 'B',
      indicators,
      records: indicators.map(recordOf),
      findings: [],
      sourceSheet: 'Số liệu',
      money: { unit: 'nghin', assumed: false },
      previous: true,
    });
    const { plan, firstUnitRow } = layoutReport(m);
    const column = m.columns.findIndex((c) => c.header === 'Giảm án tồn (%)');
    expect(column).toBeGreaterThan(0);
    expect(m.units.map((u) => u.cells[column])).toEqual([0.15, -0.05]);
    const rules = plan.conditionalRules.filter((r) => r.range.column === column && r.range.row === firstUnitRow);
    expect(rules.map((r) => [r.when, r.background])).toEqual([
      [{ kind: 'numberLessThan', value: 0 }, '#f4c7c3'],
      [{ kind: 'numberGreaterThanOrEqual', value: 0 }, '#d9ead3'],
    ]);
  });

  it('draws the chart from the rate columns with the target as a line', () => {
    const m = buildReportModel({
      period: { year: 2020, month: 12 },
      regime: 'B',
      indicators: [unit('A', { viec: { rate: 0.85, target: 0.8 } })],
      records: [recordOf(unit('A'))],
      findings: [],
      sourceSheet: 'Số liệu',
      money: { unit: 'nghin', assumed: false },
    });
    const { plan, headerRow } = layoutReport(m);
    const chart = plan.charts[0]!;
    expect(chart.series.map((s) => [s.label, s.type])).toEqual([
      ['Tỷ lệ việc', 'bars'],
      ['Tỷ lệ tiền', 'bars'],
      ['Chỉ tiêu việc', 'line'],
    ]);
    expect(chart.domain).toMatchObject({ row: headerRow, rows: 2 });
    expect(chart.anchor).toEqual({ row: headerRow + 4, column: 0 });
  });

  it('draws both target lines when units have both targets (issue 12, item 4)', () => {
    const m = buildReportModel({
      period: { year: 2020, month: 12 },
      regime: 'B',
      indicators: [unit('A', { viec: { rate: 0.85, target: 0.8 }, tien: { rate: 0.4, target: 0.38 } })],
      records: [recordOf(unit('A'))],
      findings: [],
      sourceSheet: 'Số liệu',
      money: { unit: 'nghin', assumed: false },
    });
    const lines = layoutReport(m).plan.charts[0]!.series.filter((s) => s.type === 'line');
    expect(lines.map((s) => s.label)).toEqual(['Chỉ tiêu việc', 'Chỉ tiêu tiền']);
    expect(new Set(lines.map((s) => s.color)).size).toBe(2);
  });
});

describe('swapping the new report in', () => {
  it('keeps the previous report when showing the new one fails, and removes the temporary sheet', () => {
    const port = new MemoryPort([userData()]);
    writeReport(port, model(['Chi cục cũ']));
    port.failOn = 'publish';
    expect(() => writeReport(port, model(['Chi cục mới']))).toThrow(/không bị thay đổi/);
    expect(JSON.stringify(port.sheet(NAME)!.values)).toContain('Chi cục cũ');
    expect(port.sheets.filter((s) => s.owner === 'temp')).toEqual([]);
  });

  it('leaves the complete new report visible when the old one cannot be deleted, and says where', () => {
    const port = new MemoryPort([userData()]);
    writeReport(port, model(['Chi cục cũ']));
    port.failOn = 'deleteOld';
    expect(() => writeReport(port, model(['Chi cục mới']))).toThrow(/ghi đầy đủ vào trang “Báo cáo 6 tháng năm 2019 \(2\)”/);
    const fresh = port.sheet(`${NAME} (2)`)!;
    expect(fresh.hidden).toBe(false);
    expect(JSON.stringify(fresh.values)).toContain('Chi cục mới');
  });

  it('takes the old report’s name once the old one is gone', () => {
    const port = new MemoryPort([userData()]);
    writeReport(port, model(['Chi cục cũ']));
    writeReport(port, model(['Chi cục mới']));
    const i = port.log.findIndex((l) => l.startsWith(`deleteOwnSheet ${NAME} report`));
    expect(i).toBeGreaterThan(port.log.findIndex((l, j) => j > 3 && l.startsWith('publishOwnSheet')));
    expect(port.sheets.map((s) => s.name)).toEqual(['Số liệu', NAME]);
  });
});

describe('a previous report the user may have changed (issue 12, item 7)', () => {
  it('keeps one with no recorded fingerprint (an earlier version made it: it cannot be shown unchanged), gives it to the user, writes "… (2)"', () => {
    const port = new MemoryPort([userData(), { name: NAME, owner: 'report:2019-6', values: [['báo cáo cũ']] }]);
    const result = writeReport(port, model());
    expect(result.sheetName).toBe(`${NAME} (2)`);
    expect(result.message).toMatch(/được giữ nguyên/);
    expect(port.sheet(NAME)).toMatchObject({ owner: null, values: [['báo cáo cũ']] });
    expect(port.sheet(`${NAME} (2)`)).toMatchObject({ owner: 'report:2019-6', warnOnEdit: expect.stringMatching(/THADS/) });
  });

  it('replaces one whose content still has its fingerprint, and keeps one whose content changed', () => {
    const port = new MemoryPort([userData()]);
    writeReport(port, model(['Chi cục cũ']));
    expect(writeReport(port, model(['Chi cục mới'])).sheetName).toBe(NAME);
    port.sheet(NAME)!.values[0]![0] = 'Sửa tay';
    expect(writeReport(port, model(['Chi cục mới nhất'])).sheetName).toBe(`${NAME} (2)`);
    expect(port.sheet(NAME)!.values[0]![0]).toBe('Sửa tay');
  });

  it('stops before writing anything when a previous report cannot be read to compare', () => {
    const port = new MemoryPort([userData()]);
    writeReport(port, model(['Chi cục cũ']));
    port.readContent = () => {
      throw new Error('Service Spreadsheets failed');
    };
    const names = port.sheets.map((s) => s.name);
    expect(() => writeReport(port, model(['Chi cục mới']))).toThrow(/Không đọc được trang “Báo cáo 6 tháng năm 2019”.*Chưa có gì thay đổi/);
    expect(port.sheets.map((s) => s.name)).toEqual(names);
  });
});

describe('what follows the report under the lock (saving its settings)', () => {
  it('a failure there leaves the report and is told in Vietnamese, without the service’s English', () => {
    const port = new MemoryPort([userData()]);
    const result = writeReport(port, model(), {
      thenUnderLock: () => {
        throw new Error('Service Properties failed');
      },
    });
    expect(port.sheet(NAME)!.owner).toBe('report:2019-6');
    expect(result.message).toMatch(/^Đã ghi báo cáo.*Chưa lưu được thiết lập/);
    expect(result.message).not.toMatch(/Service|failed/);
  });

  it('runs holding the lock', () => {
    const port = new MemoryPort([userData()]);
    let held: boolean | null = null;
    writeReport(port, model(), { thenUnderLock: () => void (held = port.lockHeld) });
    expect(held).toBe(true);
  });
});
