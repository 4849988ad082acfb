/** The comparison of a report over the in-memory port: what it reads, once each, and what it refuses. */
import { describe, expect, it } from 'vitest';
import { isThadsError } from '../../../src/core/errors';
import { comparisonFor, readLastYear } from '../../../src/server/report/comparisonFor';
import { readReportTable } from '../../../src/server/report/reportTable';
import type { Grid } from '../../../src/core/types';
import { MemoryPort } from '../memoryPort';
import { DATA_SHEET, HEADER, settingsFor } from '../runtimeWorkbook';

const settings = settingsFor({ period: { year: 2025, month: 12 }, regime: 'B', comparison: { sheet: 'Năm 2024', range: null } });

function port(mapping: Grid | null): MemoryPort {
  const p = new MemoryPort([
    { name: DATA_SHEET, values: [HEADER, ['Phòng THADS khu vực 1', 300, 240, 3000, 1500], ['Chi cục THADS huyện D', 50, 40, 500, 250]] },
    { name: 'Năm 2024', values: [HEADER, ['Chi cục THADS huyện A', 100, 70, 1000, 400], ['Chi cục THADS huyện B', 150, 120, 1500, 600], ['Chi cục THADS huyện D', 40, 30, 400, 200]] },
  ]);
  if (mapping) p.sheets.push({ name: 'Đối chiếu đơn vị', hidden: false, owner: 'unit-mapping', values: mapping, merges: [] });
  return p;
}

describe('comparisonFor', () => {
  it('reads last year’s table and the mapping sheet once each, and sums the merged units', () => {
    const p = port([['Đơn vị năm trước', 'Đơn vị năm nay'], ['Chi cục THADS huyện A', 'Phòng THADS khu vực 1'], ['Chi cục THADS huyện B', 'Phòng THADS khu vực 1']]);
    const { table } = readReportTable(p, settings, []);
    p.log.length = 0;
    const c = comparisonFor(p, settings, table, [])!;
    expect(p.log.filter((l) => l.startsWith('readSheet'))).toEqual(['readSheet Năm 2024', 'readSheet Đối chiếu đơn vị']);
    const k1 = table.units.find((u) => u.label === 'Phòng THADS khu vực 1')!;
    expect(c.match.partner.get(k1)!.viec).toMatchObject({ enforceable: 250, completed: 190 });
    expect(c.match.unmatchedCurrent).toEqual([]);
    expect(c.notes).toEqual(['Đơn vị gộp (theo trang “Đối chiếu đơn vị”), số liệu năm trước được cộng lại: Phòng THADS khu vực 1 so với tổng của Chi cục THADS huyện A, Chi cục THADS huyện B.']);
    expect(c.regime).toEqual({ year: 2024, regime: 'B' });
  });

  it('finds a user’s own sheet of that name too (no mark)', () => {
    const p = port(null);
    p.sheets.push({ name: 'Đối chiếu đơn vị', hidden: false, owner: null, values: [['Đơn vị năm trước', 'Đơn vị năm nay'], ['Chi cục THADS huyện A', 'Phòng THADS khu vực 1']], merges: [] });
    const { table } = readReportTable(p, settings, []);
    expect(comparisonFor(p, settings, table, [])!.match.unmatchedCurrent).toEqual([]);
  });

  it('refuses a last-year table none of whose units joins, by name or by the sheet, and points to the sheet', () => {
    const p = new MemoryPort([
      { name: DATA_SHEET, values: [HEADER, ['Phòng THADS khu vực 1', 300, 240, 3000, 1500]] },
      { name: 'Năm 2024', values: [HEADER, ['Chi cục THADS huyện A', 100, 70, 1000, 400]] },
    ]);
    const { table } = readReportTable(p, settings, []);
    let message = '';
    try {
      comparisonFor(p, settings, table, []);
    } catch (e) {
      if (!isThadsError(e)) throw e;
      message = e.message;
    }
    expect(message).toMatch(/^Bảng so sánh không có đơn vị nào trùng tên với bảng số liệu/);
    expect(message).toContain('trang “Đối chiếu đơn vị”');
  });

  it('takes last year’s regime from its year when the table does not say: 2019 is A beside a 2020 report', () => {
    const p = port(null);
    const s = settingsFor({ period: { year: 2020, month: 12 }, regime: 'B', comparison: { sheet: 'Năm 2024', range: null } });
    const { table } = readReportTable(p, s, []);
    expect(readLastYear(p, s, table, [])!.regime).toEqual({ year: 2019, regime: 'A' });
    expect(readLastYear(p, settingsFor(), table, [])).toBeNull();
  });
});
