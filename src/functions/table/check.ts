import { ThadsError } from '../../core/errors';
import { detectTable } from '../../core/read/detectTable';
import { validateTable } from '../../core/validation/validateTable';
import type { CustomFunctionSpec } from '../spec';
import { detectOptionsOf } from './detectOptions';
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
    'Kiểm tra các đẳng thức của bảng số liệu (T = C + M, P = T − U − R, P = Đ + K (+ H), các phần của Đ, X ≤ Đ, dòng tổng cộng, tỷ lệ ghi sẵn): ' +
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
    const detected = detectTable(grid, detectOptionsOf(settings));
    if (!detected.ok) throw new ThadsError(`${NAME}: ${detected.message}`);
    const findings = validateTable(detected.table.units, {
      regime: settings.options.regime,
      moneyUnit: detected.table.moneyUnit,
      sections: detected.table.sections ?? [],
      columns: detected.table.columns,
      inRange: true,
    });
    return findings.length === 0 ? [['']] : findings.map((f) => [f.message]);
  },
};
