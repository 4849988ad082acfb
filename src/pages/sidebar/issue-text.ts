/**
 * The problems of the form, in plain words (thông báo lỗi): what is wrong, where, what to do.
 * Columns are named as Sheets names them (cột E) with their header, so the user finds them.
 *
 * @example
 * issueText({ kind: 'mapping', issue: { severity: 'error', code: 'missing', columns: [], measure: 'viec', key: 'enforceable' } }, form)
 * // "Chưa có cột «Việc – Có điều kiện thi hành (Đ)»: tỷ lệ = X / Đ cần cột này. Hãy chọn nó cho một cột."
 */
import type { Form, FormIssue } from './form';
import { columnName } from './columns';
import type { Lang } from './i18n';
import { percentInputText } from './percent';
import { roleLabel } from './roles';

function columnRef(form: Form, column: number, lang: Lang): string {
  const c = form.columns.find((x) => x.column === column);
  const name = columnName(column, form.range.trim() || null);
  const header = c && c.header ? ` («${c.header}»)` : '';
  return `${lang === 'vi' ? 'cột' : 'column'} ${name}${header}`;
}

function list(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'vi' ? 'và' : 'and'} ${items[items.length - 1]}`;
}

/** One problem as a sentence in the sidebar's language. */
export function issueText(issue: FormIssue, form: Form): string {
  const lang = form.lang;
  const vi = lang === 'vi';
  switch (issue.kind) {
    case 'noTable':
      return vi ? 'Chưa có bảng số liệu: hãy chọn trang tính (hoặc vùng) chứa bảng.' : 'No data table yet: choose the sheet (or range) holding it.';
    case 'year':
      return vi
        ? `Năm thống kê «${form.yearText}» không hợp lệ: hãy nhập năm gồm 4 chữ số, ví dụ 2020.`
        : `Statistical year "${form.yearText}" is not valid: enter a 4-digit year, e.g. 2020.`;
    case 'percent': {
      const field = { viec: vi ? 'Chỉ tiêu việc' : 'Case target', tien: vi ? 'Chỉ tiêu tiền' : 'Money target', backlog: vi ? 'Giảm án tồn' : 'Backlog reduction' }[issue.field];
      // The core's reason, in Vietnamese as the rule is; English says the same by the problem's kind.
      if (vi) return `${field}: ${issue.reason}.`;
      const meant = issue.suggestion === undefined ? '' : percentInputText(issue.suggestion);
      const en = {
        fraction: `"${issue.text}" — did you mean ${meant}%? Targets are typed in percent: ${meant} or ${meant}%.`,
        pointDecimal: `"${issue.text}": Vietnamese numbers use a decimal comma — write ${issue.text.trim().replace('.', ',')}.`,
        notNumber: `"${issue.text}" is not a percentage (e.g. 80, 80% or 80,5).`,
        negative: `"${issue.text}" is negative.`,
        above100: `"${issue.text}" is more than 100%.`,
      }[issue.problem];
      return `${field}: ${en}`;
    }
    case 'noNational':
      return vi
        ? `Chưa có chỉ tiêu toàn ngành của năm ${issue.year} trong tài liệu: hãy chọn «Một mức cho mọi đơn vị» và nhập chỉ tiêu được giao.`
        : `The national targets of ${issue.year} are not known: choose "One value for all units" and enter the assigned targets.`;
    case 'noTargetValue':
      return vi ? 'Hãy nhập ít nhất một chỉ tiêu (việc hoặc tiền), hoặc chọn «Không có chỉ tiêu».' : 'Enter at least one target (cases or money), or choose "No targets".';
    case 'weights':
      return vi ? 'Trọng số việc và tiền phải là số không âm, không cùng bằng 0.' : 'Case and money weights must be non-negative numbers, not both 0.';
    case 'noScoreColumn':
      return vi ? 'Xếp hạng theo điểm cần một cột «Điểm thi đua»: hãy chọn vai trò này cho cột điểm.' : 'Ranking by score needs a "Score" column: give that role to the score column.';
    case 'sameComparison':
      return vi ? 'Trang so sánh cùng kỳ phải khác trang số liệu của kỳ này.' : 'The comparison sheet must differ from this period\u2019s sheet.';
    case 'mapping': {
      const m = issue.issue;
      const cols = list(m.columns.map((c) => columnRef(form, c, lang)), lang);
      switch (m.code) {
        case 'noLabel':
          return vi ? 'Chưa có cột tên đơn vị: hãy chọn «Tên đơn vị» cho cột ghi tên các đơn vị.' : 'No unit-name column: choose "Unit name" for the column with the units.';
        case 'manyLabels':
          return vi ? `Chỉ được một cột tên đơn vị, đang có: ${cols}.` : `Only one unit-name column is allowed; now: ${cols}.`;
        case 'duplicate':
          if (m.severity === 'warning') {
            return vi
              ? `${cols} cùng là «${roleLabel(m.role!, lang)}»: chỉ dùng cột đầu tiên.`
              : `${cols} are both "${roleLabel(m.role!, lang)}": only the first is used.`;
          }
          return vi
            ? `${cols} cùng được hiểu là «${roleLabel(m.role!, lang)}»: hãy giữ một cột, đổi cột kia.`
            : `${cols} are both "${roleLabel(m.role!, lang)}": keep one, change the other.`;
        case 'missing': {
          const role = roleLabel({ kind: 'quantity', measure: m.measure!, key: m.key === 'completed' ? 'completed' : 'enforceable' }, lang);
          return vi
            ? `Chưa có cột «${role}»${m.key === 'completed' ? ' (hoặc «Thi hành xong»)' : ''}: tỷ lệ = X / Đ cần cột này. Hãy chọn nó cho một cột.`
            : `No "${role}" column${m.key === 'completed' ? ' (or "Fully enforced")' : ''}: the rate X / Đ needs it. Give that role to a column.`;
        }
        case 'partialTien':
          return vi
            ? `Khối tiền thiếu cột «${roleLabel({ kind: 'quantity', measure: 'tien', key: m.key! }, lang)}»: tỷ lệ tiền sẽ để trống.`
            : `The money block lacks "${roleLabel({ kind: 'quantity', measure: 'tien', key: m.key! }, lang)}": the money rate stays blank.`;
      }
    }
  }
}
