import type { CustomFunctionSpec } from '../spec';
import type { MoneyUnit } from '../../core/types';
import { ThadsError } from '../../core/errors';
import { formatMoney } from '../../core/numbers/formatMoney';
import { moneyUnitFactor, parseMoneyUnit } from '../../core/numbers/moneyUnit';
import { cellwise, type CellwiseSpec } from '../args/cellwise';
import { scalarText } from '../args/scalarText';

function specFor(unit: MoneyUnit): CellwiseSpec {
  const factor = moneyUnitFactor(unit);
  return {
    fnName: 'THADS_MONEY',
    args: [{ name: 'amount', kind: 'number' }],
    errors: 'cell',
    compute: (v) => formatMoney((v[0] as number) * factor),
  };
}

/**
 * THADS_MONEY(amount, [input_unit]) — an amount written the Vietnamese way ("406,5 tỷ đồng").
 *
 * @example =THADS_MONEY(E5:E19; "nghìn đồng")
 */
export const THADS_MONEY: CustomFunctionSpec = {
  name: 'THADS_MONEY',
  description: 'Viết số tiền kiểu báo cáo: 406500000000 → "406,5 tỷ đồng" (tỷ/triệu, tối đa 2 chữ số thập phân); lỗi hiện ở ô của dòng đó.',
  summaryEn: 'Formats an amount as Vietnamese money text ("406,5 tỷ đồng"); input in đồng or nghìn đồng.',
  mode: 'cell',
  params: [
    { name: 'amount', description: 'Số tiền.', example: 'E5:E19', kind: 'numbers' },
    { name: 'input_unit', description: 'Đơn vị của số tiền: "đồng", "nghìn đồng".', example: '"nghìn đồng"', kind: 'text', optional: true },
  ],
  returns: 'Số tiền bằng chữ.',
  examples: ['=THADS_MONEY(406500000000)', '=THADS_MONEY(E5:E19; "nghìn đồng")'],
  errors: 'cell',
  impl(amount: unknown, inputUnit: unknown) {
    const u = scalarText('THADS_MONEY', 'input_unit', inputUnit);
    const unit = u === '' ? 'dong' : parseMoneyUnit(u);
    if (!unit) throw new ThadsError(`THADS_MONEY: đơn vị "${u}" không hợp lệ; dùng "đồng", "nghìn đồng", "triệu" hoặc "tỷ".`);
    return cellwise(specFor(unit), [amount]);
  },
};
