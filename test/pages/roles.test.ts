import { describe, expect, it } from 'vitest';
import { columnRoleSchema } from '../../src/shared/rpc';
import { QUANTITIES } from '../../src/core/vocabulary/quantities';
import { roleFromKey, roleGroups, roleKey, roleLabel } from '../../src/pages/sidebar/roles';

describe('the list of column roles in the sidebar', () => {
  const options = roleGroups('vi').flatMap((g) => g.options);

  it('offers every quantity of domain §3 once for việc and once for tiền, plus the 7 other roles', () => {
    expect(QUANTITIES).toHaveLength(17);
    expect(options).toHaveLength(17 * 2 + 7);
    expect(new Set(options.map((o) => o.key)).size).toBe(options.length);
  });

  it('offers only roles the server accepts (the contract schema parses each one)', () => {
    for (const o of options) {
      const role = roleFromKey(o.key);
      expect(role, o.key).not.toBeNull();
      expect(columnRoleSchema().safeParse(role).success, o.key).toBe(true);
    }
  });

  it('turns a key back into the same role', () => {
    for (const o of options) expect(roleKey(roleFromKey(o.key)!)).toBe(o.key);
  });

  it('rejects keys no role has', () => {
    expect(roleFromKey('quantity:viec:bogus')).toBeNull();
    expect(roleFromKey('quantity:usd:enforceable')).toBeNull();
    expect(roleFromKey('typedRate:usd')).toBeNull();
    expect(roleFromKey('')).toBeNull();
  });

  it('names roles with the Vietnamese form terms and the domain symbols', () => {
    expect(roleLabel({ kind: 'quantity', measure: 'viec', key: 'enforceable' }, 'vi')).toBe('Việc – Có điều kiện thi hành (Đ)');
    expect(roleLabel({ kind: 'quantity', measure: 'tien', key: 'fullyEnforced' }, 'vi')).toBe('Tiền – Thi hành xong (X1)');
    expect(roleLabel({ kind: 'quantity', measure: 'tien', key: 'fullyEnforced' }, 'en')).toBe('Money – Fully enforced (X1)');
    expect(roleLabel({ kind: 'label' }, 'vi')).toBe('Tên đơn vị');
  });

  it('takes every name from the core vocabulary, as the checks and the column reader word them', () => {
    // The names the sidebar used to word on its own: now those of the core's messages.
    expect(roleLabel({ kind: 'quantity', measure: 'viec', key: 'notEnforceable' }, 'vi')).toBe('Việc – Chưa có điều kiện thi hành (K)');
    expect(roleLabel({ kind: 'quantity', measure: 'viec', key: 'separateRegister' }, 'vi')).toBe('Việc – Án theo dõi riêng (F)');
    expect(roleLabel({ kind: 'quantity', measure: 'viec', key: 'withdrawn' }, 'vi')).toBe('Việc – Thu hồi, hủy, rút lên (R)');
    expect(roleLabel({ kind: 'quantity', measure: 'viec', key: 'inProgress' }, 'vi')).toBe('Việc – Đang thi hành');
    expect(roleLabel({ kind: 'typedRate', measure: 'tien' }, 'en')).toBe('Typed money rate');
    const viec = roleGroups('vi')[1]!;
    expect(viec.label).toBe('Việc');
    expect(viec.options.map((o) => o.label.replace('Việc – ', '').toLowerCase())).toEqual(
      QUANTITIES.map((q) => (q.symbol ? `${q.vi} (${q.symbol.toLowerCase()})` : q.vi)),
    );
  });
});
