import { describe, expect, it } from 'vitest';
import { columnRoleSchema } from '../../../src/core/table/types';
import { OTHER_ROLES } from '../../../src/core/vocabulary/roles';

describe('OTHER_ROLES: the column roles that are not a quantity', () => {
  it('are valid roles, none a quantity, each listed once', () => {
    for (const { role } of OTHER_ROLES) {
      expect(columnRoleSchema().safeParse(role).success).toBe(true);
      expect(role.kind).not.toBe('quantity');
    }
    const keys = OTHER_ROLES.map(({ role }) => JSON.stringify(role));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('cover every kind of role the mapping schema allows besides quantity', () => {
    const kinds = new Set(OTHER_ROLES.map(({ role }) => role.kind));
    expect([...kinds].sort()).toEqual(['ignored', 'label', 'notRanked', 'officers', 'score', 'typedRate']);
  });

  it('name each in Vietnamese (lower case, as messages use them) and English', () => {
    for (const r of OTHER_ROLES) {
      expect(r.vi).toBe(r.vi.charAt(0).toLowerCase() + r.vi.slice(1));
      expect(r.en.length).toBeGreaterThan(0);
    }
    expect(OTHER_ROLES[0]).toEqual({ role: { kind: 'label' }, vi: 'tên đơn vị', en: 'Unit name' });
  });
});
