import { describe, expect, it } from 'vitest';
import { columnRoleSchema, explicitMappingSchema } from '../../../src/core/table/types';

describe('columnRoleSchema', () => {
  it('accepts the roles of core/types and refuses an unknown quantity or measure', () => {
    expect(columnRoleSchema().safeParse({ kind: 'quantity', measure: 'tien', key: 'enforceable' }).success).toBe(true);
    expect(columnRoleSchema().safeParse({ kind: 'typedRate', measure: 'viec' }).success).toBe(true);
    expect(columnRoleSchema().safeParse({ kind: 'quantity', measure: 'tien', key: 'rate' }).success).toBe(false);
    expect(columnRoleSchema().safeParse({ kind: 'typedRate', measure: 'usd' }).success).toBe(false);
  });
});

describe('explicitMappingSchema: a mapping given by the user', () => {
  it('accepts 0-based columns and an optional header end and money unit', () => {
    const mapping = { headerEnd: 0, labelColumn: 0, columns: [{ column: 1, role: { kind: 'quantity', measure: 'viec', key: 'enforceable' } }], moneyUnit: 'ty' };
    expect(explicitMappingSchema().safeParse(mapping).success).toBe(true);
  });

  it('refuses a negative or fractional index and an unknown money unit, naming the field', () => {
    const bad = explicitMappingSchema().safeParse({ labelColumn: -1, columns: [{ column: 1.5, role: { kind: 'label' } }], moneyUnit: 'xu' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['columns.0.column', 'labelColumn', 'moneyUnit']);
  });
});
