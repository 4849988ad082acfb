import { describe, expect, it } from 'vitest';
import { asText } from '../../src/core/report/asText';
import { buildReportModel, type ReportInput } from '../../src/core/report/buildReportModel';
import { NO_TARGET } from '../../src/core/report/columnDefinitions';
import { periodSpan, reportOwnerMark, reportSheetName } from '../../src/core/report/sheetName';
import type { ReportModel } from '../../src/core/report/types';
import { recordOf, unit } from './fixtures';

/** The district of domain §5 (Đ 4.029, X 3.420, target 80%) and the province of 2016 (Đ 3.366, X 3.086). */
const districtA = unit('Chi cục THADS huyện A', {
  viec: { enforceable: 4029, completed: 3420, rate: 3420 / 4029, target: 0.8, gap: 3420 / 4029 - 0.8 },
  tien: { enforceable: 310.1e9, completed: 180.7e9, rate: 180.7 / 310.1, target: 0.38, gap: 180.7 / 310.1 - 0.38 },
  rank: 1,
  rankOf: 2,
  targetsMet: 2,
  targetsSet: 2,
});
const districtB = unit('Chi cục THADS huyện B', {
  viec: { enforceable: 3366, completed: 3086, rate: 3086 / 3366 },
  tien: { enforceable: 105e9, completed: 47e9, rate: 47 / 105 },
  rank: 2,
  rankOf: 2,
});
/** The sheet's own totals row, wrong on purpose: the report must not copy it. */
const sheetTotals = unit('Tổng cộng', { kind: 'total', viec: { enforceable: 1, completed: 1, rate: 1 } });

function model(overrides: Partial<ReportInput> = {}): ReportModel {
  const indicators = overrides.indicators ?? [sheetTotals, districtA, districtB];
  return buildReportModel({
    period: { year: 2020, month: 12 },
    regime: 'B',
    indicators,
    records: indicators.map(recordOf),
    findings: [],
    sourceSheet: 'Số liệu',
    money: { unit: 'nghin', assumed: false },
    ...overrides,
  });
}

function column(m: ReportModel, header: string): number {
  const i = m.columns.findIndex((c) => c.header === header);
  expect(i, `column "${header}"`).toBeGreaterThanOrEqual(0);
  return i;
}

describe('the report sheet is named by its period', () => {
  it('names the 6-month report of 2019 and the annual report of 2020', () => {
    expect(reportSheetName({ year: 2019, month: 6 })).toBe('Báo cáo 6 tháng năm 2019');
    expect(reportSheetName({ year: 2020, month: 12 })).toBe('Báo cáo 12 tháng năm 2020');
  });

  it('marks each period with its own owner mark so a re-run finds its report', () => {
    expect(reportOwnerMark({ year: 2019, month: 6 })).not.toBe(reportOwnerMark({ year: 2019, month: 12 }));
  });

  it('states the span of the cumulative period from 01/10 of the year before', () => {
    expect(periodSpan({ year: 2019, month: 6 })).toBe('từ 01/10/2018 đến 31/03/2019');
    expect(periodSpan({ year: 2020, month: 12 })).toBe('từ 01/10/2019 đến 30/09/2020');
    expect(periodSpan({ year: 2020, month: 5 })).toBe('từ 01/10/2019 đến 29/02/2020');
  });

  it('puts title, period and regime lines above the table', () => {
    const m = model({ period: { year: 2019, month: 6 }, regime: 'A' });
    expect(m.title).toBe('BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM 2019');
    expect(m.lines.some((l) => l.startsWith('Kỳ báo cáo: 6 tháng năm 2019'))).toBe(true);
    expect(m.lines.some((l) => l.startsWith('Chế độ phân loại: A'))).toBe(true);
  });
});

describe('the table of units', () => {
  it('has a header row with exactly "Đơn vị", "Tỷ lệ việc", "Tỷ lệ tiền" and "Xếp hạng"', () => {
    const headers = model().columns.map((c) => c.header);
    for (const h of ['Đơn vị', 'Tỷ lệ việc', 'Tỷ lệ tiền', 'Xếp hạng']) expect(headers).toContain(h);
  });

  it('lists the units only, leaving out the sheet’s own totals row', () => {
    expect(model().units.map((u) => u.label)).toEqual(['Chi cục THADS huyện A', 'Chi cục THADS huyện B']);
  });

  it('computes the totals row from the units: Đ 4.029 + 3.366 = 7.395, X 3.420 + 3.086 = 6.506', () => {
    const m = model();
    expect(m.totals.cells[column(m, 'Có điều kiện (việc)')]).toBe(7395);
    expect(m.totals.cells[column(m, 'Giải quyết xong (việc)')]).toBe(6506);
    // 6.506 / 7.395 = 87,98% — the rate of the sums, not the mean of 84,88% and 91,68%
    expect(m.totals.cells[column(m, 'Tỷ lệ việc')]).toBeCloseTo(0.8798, 4);
  });

  it('writes the rank as "1/2" and the targets met as "2/2"', () => {
    const m = model();
    expect(m.units[0]!.cells[column(m, 'Xếp hạng')]).toBe('1/2');
    expect(m.units[0]!.cells[column(m, 'Đạt chỉ tiêu')]).toBe('2/2');
  });

  it('writes a rank of 5 among 15 as "5/15"', () => {
    const m = model({ indicators: [unit('Chi cục THADS huyện E', { rank: 5, rankOf: 15 })] });
    expect(m.units[0]!.cells[column(m, 'Xếp hạng')]).toBe('5/15');
  });

  it('keeps the gap as a number in points: 84,88% against 80% is +4,88', () => {
    const m = model();
    expect(m.units[0]!.cells[column(m, 'Vượt/thiếu chỉ tiêu việc')]).toBeCloseTo(0.0488, 4);
  });

  it('shows money in the source’s unit and says which in the heading line: 310,1 tỷ đồng is 310.100.000 nghìn đồng', () => {
    const m = model();
    expect(m.lines).toContain('Đơn vị tính: việc; tiền tính bằng nghìn đồng');
    expect(m.units[0]!.cells[column(m, 'Có điều kiện (nghìn đồng)')]).toBe(310_100_000);
    // 310,1 + 105 tỷ đồng
    expect(m.totals.cells[column(m, 'Có điều kiện (nghìn đồng)')]).toBe(415_100_000);
    const inTy = model({ money: { unit: 'ty', assumed: false } });
    expect(inTy.lines).toContain('Đơn vị tính: việc; tiền tính bằng tỷ đồng');
    expect(inTy.units[0]!.cells[column(inTy, 'Giải quyết xong (tỷ đồng)')]).toBeCloseTo(180.7, 9);
  });

  it('says "giả định" in the heading line and gives the warnings about an assumed unit first among the notes', () => {
    const m = model({ money: { unit: 'nghin', assumed: true, warnings: ['Bảng không ghi đơn vị tính tiền: …'] } });
    expect(m.lines).toContain('Đơn vị tính: việc; tiền tính bằng nghìn đồng, giả định');
    expect(m.notes[0]).toBe('Bảng không ghi đơn vị tính tiền: …');
    expect(m.columns.map((c) => c.header)).toContain('Có điều kiện (nghìn đồng, giả định)');
  });

  it('uses Sheets pattern formats, never a locale', () => {
    const m = model();
    expect(m.columns[column(m, 'Tỷ lệ việc')]!.format).toBe('0.00%');
    expect(m.columns[column(m, 'Có điều kiện (việc)')]!.format).toBe('#,##0');
  });
});

describe('missing targets', () => {
  it('still gives rates and ranks, says "chưa có chỉ tiêu" in the gap columns and names the units', () => {
    const m = model();
    const b = m.units[1]!;
    expect(b.cells[column(m, 'Tỷ lệ việc')]).toBeCloseTo(3086 / 3366, 10);
    expect(b.cells[column(m, 'Xếp hạng')]).toBe('2/2');
    expect(b.cells[column(m, 'Vượt/thiếu chỉ tiêu việc')]).toBe(NO_TARGET);
    expect(b.cells[column(m, 'Vượt/thiếu chỉ tiêu tiền')]).toBe(NO_TARGET);
    expect(m.missingTargets).toEqual(['Chi cục THADS huyện B']);
    expect(m.notes.join(' ')).toContain('Chi cục THADS huyện B');
  });

  it('leaves the totals gap blank when the units’ targets differ', () => {
    const m = model();
    expect(m.totals.cells[column(m, 'Vượt/thiếu chỉ tiêu việc')]).toBe('');
  });
});

describe('optional columns', () => {
  it('shows progress gaps mid-year only', () => {
    const headers = (p: { year: number; month: number }) => model({ period: p }).columns.map((c) => c.header);
    expect(headers({ year: 2019, month: 6 })).toContain('Vượt/thiếu tiến độ việc');
    expect(headers({ year: 2020, month: 12 })).not.toContain('Vượt/thiếu tiến độ việc');
  });

  it('compares with the same period last year only when comparison data was given', () => {
    expect(model().columns.map((c) => c.header)).not.toContain('Tỷ lệ việc so với cùng kỳ');
    // national 2020 vs 2019: 81,41% against 78,59% is "tăng 2,82%" in points (domain §5)
    const compared = model({
      indicators: [unit('Toàn ngành', { viec: { rate: 0.8141, previousRate: 0.7859, rateChange: 0.8141 - 0.7859, completedChange: 57 } })],
    });
    const row = compared.units[0]!;
    expect(row.cells[column(compared, 'Tỷ lệ việc so với cùng kỳ')]).toBeCloseTo(0.0282, 4);
    expect(row.cells[column(compared, 'Giải quyết xong so với cùng kỳ (việc)')]).toBe(57);
  });

  it('shows the grade only when grading rules gave one', () => {
    expect(model().columns.map((c) => c.header)).not.toContain('Xếp loại');
    const graded = model({ indicators: [unit('Chi cục THADS huyện A', { grade: 'A' })] });
    expect(graded.units[0]!.cells[column(graded, 'Xếp loại')]).toBe('A');
  });
});

describe('text from cells stays text', () => {
  it('prefixes an apostrophe to strings Sheets would read as a formula', () => {
    expect(asText('=IMPORTXML("http://x", "//a")')).toBe('\'=IMPORTXML("http://x", "//a")');
    expect(asText('+84')).toBe("'+84");
    expect(asText('-')).toBe("'-");
    expect(asText('@me')).toBe("'@me");
    expect(asText("'Chi cục E")).toBe("''Chi cục E");
  });

  it('keeps "5/15" and "3/4" as text, not a date', () => {
    expect(asText('5/15')).toBe("'5/15");
    expect(asText('3/4')).toBe("'3/4");
    expect(asText('2020')).toBe("'2020");
    expect(asText('Chi cục 5/15')).toBe('Chi cục 5/15');
    expect(asText('Tháng 1-3')).toBe('Tháng 1-3');
  });

  it('keeps what a vi_VN sheet would read as a number, date or boolean as text', () => {
    for (const text of ['TRUE', 'false', '1e5', '12-5', '5/2024', '(5)', ',5', '1,5', '80%', '$5', '5 ₫', '8:30', ' 42 '])
      expect(asText(text), text).toBe(`'${text}`);
    for (const text of ['Chi cục E', 'Đội 2', 'e', 'TRUE thật', '—']) expect(asText(text), text).toBe(text);
    expect(asText('Chi cục THADS huyện A')).toBe('Chi cục THADS huyện A');
  });
});

describe('the reporting agency', () => {
  it('is read from the title rows, without the form number', async () => {
    const { agencyOf } = await import('../../src/core/report/agencyOf');
    expect(agencyOf(['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM SƠN Biểu số 01/TK-THADS', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ'])).toBe(
      'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM SƠN',
    );
    expect(agencyOf(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 12 THÁNG NĂM 2020', 'Đơn vị tính: 1.000 đồng'])).toBeUndefined();
  });

  it('heads the lines under the title when known', () => {
    expect(model({ agency: 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM SƠN' }).lines[0]).toBe('Đơn vị báo cáo: CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM SƠN');
  });
});
