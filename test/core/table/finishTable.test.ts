import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../src/core/table/findTableBlocks';
import { finish } from '../../../src/core/table/finishTable';
import type { MoneyFound } from '../../../src/core/table/moneyUnitOf';
import type { ColumnMapping, UnitRecord } from '../../../src/core/types';

const block: TableBlock = { titleRows: [0], headerStart: 1, headerEnd: 1, numberRow: 2, firstDataRow: 3, lastDataRow: 3 };
const rows = [['BÁO CÁO', '', ''], ['Đơn vị', 'Có điều kiện thi hành', 'Thi hành xong'], ['(1)', '(2)', '(3)'], ['Chi cục A', 10, 6]];
const col = (column: number, role: ColumnMapping['role'], confidence = 1, reasons: string[] = []): ColumnMapping => ({ column, role, header: String(rows[1]![column]), confidence, reasons });
const unit: UnitRecord = { label: 'Chi cục A', row: 3, kind: 'unit', ranked: true, viec: { enforceable: 10, completed: 6 }, tien: {} };
const money: MoneyFound = { unit: 'nghin', source: 'header', warnings: [] };

describe('finish: the detected table assembled', () => {
  it('takes the lowest confidence among the required columns, and explains each guessed one', () => {
    const columns = [
      col(0, { kind: 'label' }),
      col(1, { kind: 'quantity', measure: 'viec', key: 'enforceable' }),
      col(2, { kind: 'quantity', measure: 'viec', key: 'completed' }, 0.7, ['không có cột "Đình chỉ" bên cạnh']),
    ];
    const r = finish(rows, block, columns, 0, money, [unit], [], []);
    if (!r.ok) throw new Error(r.message);
    expect(r.table.confidence).toBe(0.7);
    expect(r.table.warnings).toEqual(['Cột C ("Thi hành xong") được đoán là giải quyết xong (X) về việc (độ tin cậy 70%): không có cột "Đình chỉ" bên cạnh.']);
    // The header block includes the column-number row.
    expect([r.table.headerEnd, r.table.numberRow, r.table.titleRows]).toEqual([2, 2, ['BÁO CÁO']]);
  });

  it('says when nghìn đồng was assumed for tiền columns, and when no label column was found', () => {
    const columns = [col(1, { kind: 'quantity', measure: 'tien', key: 'enforceable' })];
    const withMoney: UnitRecord = { ...unit, tien: { enforceable: 310_100 } };
    const r = finish(rows, block, columns, -1, { unit: 'nghin', source: 'default', warnings: [] }, [withMoney], [], []);
    const warnings = r.ok ? r.table.warnings : [];
    expect(warnings[0]).toBe('Không thấy cột tên đơn vị: các dòng được gọi theo số dòng.');
    expect(warnings[1]).toMatch(/^Bảng không ghi đơn vị tính tiền: coi là nghìn đồng \(đơn vị của biểu mẫu\), giả định\. /);
    // A table with no amount at all assumes nothing: there is no money to be wrong about.
    const noMoney = finish(rows, block, columns, -1, { unit: 'nghin', source: 'default', warnings: [] }, [unit], [], []);
    expect(noMoney.ok && noMoney.table.warnings.some((w) => w.includes('giả định'))).toBe(false);
  });

  it('refuses a table with no unit row, naming the rows looked at', () => {
    expect(finish(rows, block, [], 0, money, [], [], [])).toEqual({ ok: false, message: 'Không có dòng đơn vị nào có số liệu trong các dòng 4–4.' });
  });
});
