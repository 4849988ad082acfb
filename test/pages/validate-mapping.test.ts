import { describe, expect, it } from 'vitest';
import type { ColumnRole } from '../../src/core/types';
import { validateMapping, type MappedColumn } from '../../src/pages/sidebar/validate-mapping';

const q = (measure: 'viec' | 'tien', key: any): ColumnRole => ({ kind: 'quantity', measure, key });
const cols = (...roles: ColumnRole[]): MappedColumn[] => roles.map((role, column) => ({ column, role }));

describe('checking a mapping before it is sent', () => {
  it('accepts unit names with việc Đ and X', () => {
    expect(validateMapping(cols({ kind: 'label' }, q('viec', 'enforceable'), q('viec', 'completed')))).toEqual([]);
  });

  it('accepts X1 (thi hành xong) in place of X', () => {
    expect(validateMapping(cols({ kind: 'label' }, q('viec', 'enforceable'), q('viec', 'fullyEnforced')))).toEqual([]);
  });

  it('says the việc enforceable column is missing, since the rate is X / Đ', () => {
    const issues = validateMapping(cols({ kind: 'label' }, q('viec', 'completed')));
    expect(issues).toEqual([{ severity: 'error', code: 'missing', columns: [], measure: 'viec', key: 'enforceable' }]);
  });

  it('says the completed column is missing', () => {
    const issues = validateMapping(cols({ kind: 'label' }, q('viec', 'enforceable'), q('viec', 'terminated')));
    expect(issues.map((i) => [i.code, i.key])).toEqual([['missing', 'completed']]);
  });

  it('needs a unit-name column, and only one', () => {
    expect(validateMapping(cols(q('viec', 'enforceable'), q('viec', 'completed'))).map((i) => i.code)).toEqual(['noLabel']);
    const two = validateMapping(cols({ kind: 'label' }, { kind: 'label' }, q('viec', 'enforceable'), q('viec', 'completed')));
    expect(two).toEqual([{ severity: 'error', code: 'manyLabels', columns: [0, 1], role: { kind: 'label' } }]);
  });

  it('refuses one quantity on two columns and names both', () => {
    const issues = validateMapping(cols({ kind: 'label' }, q('viec', 'enforceable'), q('viec', 'completed'), q('viec', 'enforceable')));
    expect(issues).toEqual([{ severity: 'error', code: 'duplicate', columns: [1, 3], role: q('viec', 'enforceable') }]);
  });

  it('lets the parts of one quantity repeat, as hoãn and tạm đình chỉ both count in H', () => {
    const roles = cols({ kind: 'label' }, q('viec', 'enforceable'), q('viec', 'completed'), q('viec', 'postponed'), q('viec', 'postponed'));
    expect(validateMapping(roles)).toEqual([]);
  });

  it('only warns for another quantity given twice (the first column is used)', () => {
    const roles = cols({ kind: 'label' }, q('viec', 'enforceable'), q('viec', 'completed'), q('viec', 'carriedOver'), q('viec', 'carriedOver'));
    expect(validateMapping(roles)).toEqual([{ severity: 'warning', code: 'duplicate', columns: [3, 4], role: q('viec', 'carriedOver') }]);
  });

  it('lets several columns be ignored', () => {
    const roles = cols({ kind: 'label' }, { kind: 'ignored' }, q('viec', 'enforceable'), { kind: 'ignored' }, q('viec', 'completed'));
    expect(validateMapping(roles)).toEqual([]);
  });

  it('warns (without blocking) when the tiền block lacks what its rate needs', () => {
    const issues = validateMapping(cols({ kind: 'label' }, q('viec', 'enforceable'), q('viec', 'completed'), q('tien', 'completed')));
    expect(issues).toEqual([{ severity: 'warning', code: 'partialTien', columns: [3], measure: 'tien', key: 'enforceable' }]);
  });

  it('lists errors before warnings', () => {
    const issues = validateMapping(cols({ kind: 'label' }, q('tien', 'enforceable'), q('viec', 'completed')));
    expect(issues.map((i) => i.severity)).toEqual(['error', 'warning']);
  });
});
