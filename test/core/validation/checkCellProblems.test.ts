import { describe, expect, it } from 'vitest';
import { checkCellProblems } from '../../../src/core/validation/checkCellProblems';
import type { CellProblem, UnitRecord } from '../../../src/core/types';

const unit = (problems: CellProblem[]): UnitRecord => ({
  label: 'Chi cục THADS huyện A',
  row: 6,
  kind: 'unit',
  ranked: true,
  viec: { enforceable: 100 },
  tien: {},
  problems,
});
const na: CellProblem = { kind: 'unreadable', measure: 'viec', key: 'fullyEnforced', row: 6, column: 4, value: '"#N/A"', reason: 'ô báo lỗi "#N/A"' };
const exceeds: CellProblem = { kind: 'exceeds', measure: 'viec', key: 'completed', row: 6, column: 5, value: '130', reason: 'giải quyết xong 130 lớn hơn có điều kiện 100' };

describe('checkCellProblems — one error per cell that cannot be used', () => {
  it('names the row, the unit, the measure, the column and the value, and says what is not computed', () => {
    const [finding, ...rest] = checkCellProblems(unit([na]), { regime: 'B', moneyUnit: 'nghin', inRange: true });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', rule: 'cell', row: 6, column: 4, unit: 'Chi cục THADS huyện A', measure: 'viec' });
    expect(finding!.message).toContain('cột 5 của vùng (thi hành xong (X1)): ô báo lỗi "#N/A"');
    expect(finding!.message).toContain('không tính tỷ lệ, chỉ tiêu và xếp hạng về việc của dòng này');
  });

  it('leaves X > Đ to the identity check (no second finding for it), and says nothing of a clean row', () => {
    expect(checkCellProblems(unit([exceeds]), { regime: 'B', moneyUnit: 'nghin' })).toEqual([]);
    expect(checkCellProblems({ ...unit([]), problems: undefined }, { regime: 'B', moneyUnit: 'nghin' })).toEqual([]);
  });
});
