import { ThadsError } from '../../core/errors';
import { detectTable } from '../../core/read/detectTable';
import { moneyShown } from '../../core/table/moneyShown';
import { validateTable } from '../../core/validation/validateTable';
import type { CustomFunctionSpec } from '../spec';
import { tableArg } from './tableArg';
import { tableOptions } from './tableOptions';

const NAME = 'THADS_CHECK';

/**
 * THADS_CHECK(table, [options]) — kiểm tra số liệu của bảng: mỗi chỗ sai một dòng.
 *
 * @example =THADS_CHECK(A4:L20)
 */
export const THADS_CHECK: CustomFunctionSpec = {
  name: NAME,
  description:
    'Kiểm tra ô không dùng được (không đọc được, số âm, số việc lẻ: mỗi ô một dòng, tỷ lệ của dòng đó không tính) và các đẳng thức của bảng số liệu (T = C + M, P = T − U − R, P = Đ + K (+ H), các phần của Đ, X ≤ Đ, dòng tổng cộng, tỷ lệ ghi sẵn; số tiền quá lớn cho nghìn đồng giả định): ' +
    'mỗi chỗ sai một dòng, nêu dòng, đơn vị, đẳng thức, các số và chênh lệch; một ô trống khi số liệu khớp.',
  summaryEn: 'Checks the identities of a statistics table; one Vietnamese finding per row, a single blank row when consistent.',
  mode: 'table',
  params: [
    { name: 'table', description: 'Cả bảng số liệu, gồm các dòng tiêu đề.', example: 'A4:L20', kind: 'table' },
    { name: 'options', description: 'Vùng hai cột tên | giá trị (năm, chế độ A/B, đơn vị tiền, cột …); chế độ mặc định theo năm, không có năm thì B.', example: 'N4:O6', kind: 'options', optional: true },
  ],
  returns: 'Một cột: mỗi dòng một chỗ sai (tiếng Việt); một ô trống khi mọi đẳng thức đúng.',
  examples: ['=THADS_CHECK(A4:L20)', '=THADS_CHECK(A4:L20; N4:O6)'],
  errors: 'throw',
  impl: (table: unknown, options?: unknown) => {
    const grid = tableArg(NAME, table);
    const settings = tableOptions(NAME, options);
    const detected = detectTable(grid, {
      ...(settings.mapping ? { mapping: settings.mapping } : {}),
      ...(settings.moneyUnit ? { moneyUnit: settings.moneyUnit } : {}),
      ...(settings.registerGroupBy ? { registerGroupBy: settings.registerGroupBy } : {}),
      ...(settings.countPartialCollections !== undefined ? { countPartialCollections: settings.countPartialCollections } : {}),
      notRanked: settings.notRanked,
      inRange: true,
      regime: settings.options.regime,
      ...(settings.regimeGiven ? {} : { regimeAssumed: true }),
      ...(settings.options.period ? { period: settings.options.period } : {}),
    });
    if (!detected.ok) throw new ThadsError(`${NAME}: ${detected.message}`);
    // With no year and no "chế độ", the regime the table points to (its headers, its data) is used, and said.
    const inferred = settings.regimeGiven ? undefined : detected.table.regime;
    const findings = validateTable(detected.table.units, {
      regime: inferred?.regime ?? settings.options.regime,
      moneyUnit: detected.table.moneyUnit,
      sections: detected.table.sections ?? [],
      columns: detected.table.columns,
      inRange: true,
    });
    const lines = findings.map((f) => [f.message]);
    // Amounts too large for the nghìn đồng assumed are a problem of the data as kept: listed first.
    const money = moneyShown(detected.table).looksLikeDong;
    if (money) lines.unshift([money]);
    if (inferred && (inferred.regime !== settings.options.regime || lines.length > 0)) {
      lines.unshift([`Kiểm tra theo chế độ ${inferred.regime} (suy ra từ bảng: ${inferred.reason}); ghi "chế độ" hoặc "năm" trong vùng options để chọn khác.`]);
    }
    return lines.length === 0 ? [['']] : lines;
  },
};
