/**
 * The roles a column can be given in the sidebar's list (vai trò của cột), with their names in
 * Vietnamese and English. A role is identified in the <select> by a stable key ("quantity:viec:enforceable").
 *
 * @example
 * roleKey({ kind: 'quantity', measure: 'viec', key: 'enforceable' }) // "quantity:viec:enforceable"
 * roleLabel(roleFromKey('quantity:tien:fullyEnforced')!, 'vi')     // "Tiền – Thi hành xong (X1)"
 */
import type { ColumnRole, Measure, QuantityKey } from '../../core/types';
import type { Lang } from './i18n';

/** The quantities of domain §3 in the order a THADS form lists them, with their names. */
export const QUANTITIES: ReadonlyArray<{ key: QuantityKey; vi: string; en: string }> = [
  { key: 'carriedOver', vi: 'Năm trước chuyển sang (C)', en: 'Carried over (C)' },
  { key: 'separateRegister', vi: 'Chuyển sổ theo dõi riêng (F)', en: 'Separate register (F)' },
  { key: 'newlyAccepted', vi: 'Thụ lý mới (M)', en: 'Newly accepted (M)' },
  { key: 'totalAccepted', vi: 'Tổng số thụ lý (T)', en: 'Total accepted (T)' },
  { key: 'delegated', vi: 'Ủy thác (U)', en: 'Delegated (U)' },
  { key: 'withdrawn', vi: 'Thu hồi, hủy quyết định (R)', en: 'Withdrawn (R)' },
  { key: 'mustEnforce', vi: 'Tổng số phải thi hành (P)', en: 'Must enforce (P)' },
  { key: 'enforceable', vi: 'Có điều kiện thi hành (Đ)', en: 'Enforceable (Đ)' },
  { key: 'notEnforceable', vi: 'Chưa có điều kiện (K)', en: 'Not enforceable (K)' },
  { key: 'postponed', vi: 'Hoãn, tạm đình chỉ (H)', en: 'Postponed, suspended (H)' },
  { key: 'fullyEnforced', vi: 'Thi hành xong (X1)', en: 'Fully enforced (X1)' },
  { key: 'terminated', vi: 'Đình chỉ (X2)', en: 'Terminated (X2)' },
  { key: 'completed', vi: 'Giải quyết xong (X)', en: 'Completed (X)' },
  { key: 'inProgress', vi: 'Đang thi hành', en: 'In progress' },
  { key: 'other', vi: 'Trường hợp khác', en: 'Other' },
  { key: 'nextPeriod', vi: 'Chuyển kỳ sau (S)', en: 'Next period (S)' },
  { key: 'enforceableBacklog', vi: 'Có điều kiện chuyển kỳ sau (S_Đ)', en: 'Enforceable backlog (S_Đ)' },
];

const MEASURE_NAME: Record<Measure, Record<Lang, string>> = {
  viec: { vi: 'Việc', en: 'Cases' },
  tien: { vi: 'Tiền', en: 'Money' },
};

const OTHER_ROLES: ReadonlyArray<{ role: ColumnRole; vi: string; en: string }> = [
  { role: { kind: 'label' }, vi: 'Tên đơn vị', en: 'Unit name' },
  { role: { kind: 'officers' }, vi: 'Số chấp hành viên (CHV)', en: 'Enforcement officers' },
  { role: { kind: 'typedRate', measure: 'viec' }, vi: 'Tỷ lệ việc ghi sẵn', en: 'Typed case rate' },
  { role: { kind: 'typedRate', measure: 'tien' }, vi: 'Tỷ lệ tiền ghi sẵn', en: 'Typed money rate' },
  { role: { kind: 'score' }, vi: 'Điểm thi đua', en: 'Score' },
  { role: { kind: 'notRanked' }, vi: 'Đánh dấu không xếp hạng', en: 'Not-ranked flag' },
  { role: { kind: 'ignored' }, vi: 'Bỏ qua', en: 'Ignored' },
];

/** A stable string for a role, used as the <option> value. */
export function roleKey(role: ColumnRole): string {
  switch (role.kind) {
    case 'quantity':
      return `quantity:${role.measure}:${role.key}`;
    case 'typedRate':
      return `typedRate:${role.measure}`;
    default:
      return role.kind;
  }
}

/** Every role the user can pick, grouped as the <select> shows them. */
export function roleGroups(lang: Lang): Array<{ label: string; options: Array<{ key: string; label: string }> }> {
  const quantityGroup = (m: Measure) => ({
    label: MEASURE_NAME[m][lang],
    options: QUANTITIES.map((q) => ({ key: roleKey({ kind: 'quantity', measure: m, key: q.key }), label: `${MEASURE_NAME[m][lang]} – ${q[lang]}` })),
  });
  return [
    { label: lang === 'vi' ? 'Chung' : 'General', options: OTHER_ROLES.map((r) => ({ key: roleKey(r.role), label: r[lang] })) },
    quantityGroup('viec'),
    quantityGroup('tien'),
  ];
}

/** The role a key stands for, or null for a key no role has. */
export function roleFromKey(key: string): ColumnRole | null {
  const parts = key.split(':');
  if (parts[0] === 'quantity' && parts.length === 3) {
    const measure = parts[1];
    const q = QUANTITIES.find((x) => x.key === parts[2]);
    if ((measure === 'viec' || measure === 'tien') && q) return { kind: 'quantity', measure, key: q.key };
    return null;
  }
  if (parts[0] === 'typedRate' && parts.length === 2 && (parts[1] === 'viec' || parts[1] === 'tien')) {
    return { kind: 'typedRate', measure: parts[1] };
  }
  const other = OTHER_ROLES.find((r) => r.role.kind === key && r.role.kind !== 'typedRate');
  return other ? other.role : null;
}

/** The role's name in the sidebar's language. */
export function roleLabel(role: ColumnRole, lang: Lang): string {
  if (role.kind === 'quantity') {
    const q = QUANTITIES.find((x) => x.key === role.key);
    return `${MEASURE_NAME[role.measure][lang]} – ${q ? q[lang] : role.key}`;
  }
  const key = roleKey(role);
  const other = OTHER_ROLES.find((r) => roleKey(r.role) === key);
  return other ? other[lang] : key;
}
