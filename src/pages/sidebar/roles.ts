/**
 * The roles a column can be given in the sidebar's list (vai trò của cột), with their names in
 * Vietnamese and English. A role is identified in the <select> by a stable key ("quantity:viec:enforceable").
 *
 * @example
 * roleKey({ kind: 'quantity', measure: 'viec', key: 'enforceable' }) // "quantity:viec:enforceable"
 * roleLabel(roleFromKey('quantity:tien:fullyEnforced')!, 'vi')     // "Tiền – Thi hành xong (X1)"
 */
import type { ColumnRole, Measure } from '../../core/types';
import { MEASURES } from '../../core/vocabulary/measures';
import { QUANTITIES, type QuantityTerm } from '../../core/vocabulary/quantities';
import { OTHER_ROLES } from '../../core/vocabulary/roles';
import type { Lang } from './i18n';

/** A name as a list shows it: capital first letter ("Việc", "Có điều kiện thi hành (Đ)"). */
function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A measure's name in the sidebar's language: "Việc", "Money". */
function measureName(m: Measure, lang: Lang): string {
  return capitalized(MEASURES[m][lang]);
}

/** A quantity's name in the sidebar's language, with its symbol: "Có điều kiện thi hành (Đ)". */
function quantityLabel(q: QuantityTerm, lang: Lang): string {
  const name = capitalized(lang === 'vi' ? q.vi : q.en);
  return q.symbol ? `${name} (${q.symbol})` : name;
}

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
    label: measureName(m, lang),
    options: QUANTITIES.map((q) => ({ key: roleKey({ kind: 'quantity', measure: m, key: q.key }), label: `${measureName(m, lang)} – ${quantityLabel(q, lang)}` })),
  });
  return [
    { label: lang === 'vi' ? 'Chung' : 'General', options: OTHER_ROLES.map((r) => ({ key: roleKey(r.role), label: capitalized(r[lang]) })) },
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
    return `${measureName(role.measure, lang)} – ${q ? quantityLabel(q, lang) : role.key}`;
  }
  const key = roleKey(role);
  const other = OTHER_ROLES.find((r) => roleKey(r.role) === key);
  return other ? capitalized(other[lang]) : key;
}
