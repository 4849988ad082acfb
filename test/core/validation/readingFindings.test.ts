import { describe, expect, it } from 'vitest';
import { readingFindings } from '../../../src/core/validation/readingFindings';

describe('readingFindings — what the reader guessed, carried into the report', () => {
  it('makes each reader warning a finding of its own', () => {
    const warnings = ['Cột F ("ĐC") được đoán là đình chỉ (X2) về việc (độ tin cậy 70%).', 'Cột K ("Xyz") có số liệu nhưng không nhận ra tiêu đề.'];
    expect(readingFindings({ warnings })).toEqual(warnings.map((message) => ({ severity: 'info', rule: 'reading', message })));
  });

  it('leaves out what the report already says elsewhere (the money unit’s warnings are its notes)', () => {
    const money = 'Bảng không ghi đơn vị tính tiền: coi là nghìn đồng (đơn vị của biểu mẫu), giả định.';
    expect(readingFindings({ warnings: [money, 'Cột F đoán.'] }, [money]).map((f) => f.message)).toEqual(['Cột F đoán.']);
    expect(readingFindings({ warnings: [] })).toEqual([]);
  });
});
