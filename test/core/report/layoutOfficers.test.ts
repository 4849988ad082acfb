import { describe, expect, it } from 'vitest';
import { layoutOfficers } from '../../../src/core/report/layoutOfficers';
import type { ReportOfficers } from '../../../src/core/report/officerTable';

const officers: ReportOfficers = {
  title: 'XẾP HẠNG CHẤP HÀNH VIÊN TOÀN TỈNH — 2 chấp hành viên của 1 đơn vị',
  columns: [
    { key: 'index', header: 'STT', format: '#,##0' },
    { key: 'label', header: 'Chấp hành viên', format: 'General' },
    { key: 'viec.rate', header: 'Tỷ lệ việc', format: '0.00%' },
  ],
  rows: [
    { label: 'Nguyễn Văn An', cells: [1, 'Nguyễn Văn An', 0.8] },
    { label: '=Lê Thị Hà', cells: [2, '=Lê Thị Hà', 'Không tính: …'] },
  ],
  notes: ['Không tính tỷ lệ …'],
};

describe('layoutOfficers — the officers\' ranking in the report sheet', () => {
  const block = layoutOfficers(officers, 50);

  it('puts the title, the notes, the header and a row per officer, text kept as text', () => {
    expect(block.rows.map((r) => r[0])).toEqual([officers.title, 'Không tính tỷ lệ …', 'STT', 1, 2]);
    expect(block.headerRow).toBe(52);
    expect(block.rows[4]![1]).not.toBe('=Lê Thị Hà');
    expect(String(block.rows[4]![1])).toContain('Lê Thị Hà');
  });

  it('formats the officers\' rows by column, bolds the title and header, borders the table: ranges, not per officer', () => {
    expect(block.numberFormats).toEqual([{ range: { row: 53, column: 0, rows: 2, columns: 3 }, formats: [['#,##0', 'General', '0.00%'], ['#,##0', 'General', '0.00%']] }]);
    expect(block.bold).toEqual([
      { row: 50, column: 0, rows: 1, columns: 1 },
      { row: 52, column: 0, rows: 1, columns: 3 },
    ]);
    expect(block.borders).toEqual([{ row: 52, column: 0, rows: 3, columns: 3 }]);
  });
});
