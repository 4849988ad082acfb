import { cellFunction } from '../spec';
import { ThadsError } from '../../core/errors';
import { formatMoney } from '../../core/numbers/formatMoney';
import { moneyUnitFactor, parseMoneyUnit } from '../../core/numbers/moneyUnit';

/**
 * THADS_MONEY(amount, [input_unit]) — an amount written the Vietnamese way ("406,5 tỷ đồng").
 *
 * @example =THADS_MONEY(E5:E19; "nghìn đồng")
 */
export const THADS_MONEY = cellFunction({
  name: 'THADS_MONEY',
  description: 'Viết số tiền kiểu báo cáo: 406500000000 → "406,5 tỷ đồng" (tỷ/triệu, tối đa 2 chữ số thập phân); lỗi hiện ở ô của dòng đó.',
  summaryEn: 'Formats an amount as Vietnamese money text ("406,5 tỷ đồng"); input in đồng or nghìn đồng.',
  mode: 'cell',
  params: [
    { name: 'amount', description: 'Số tiền.', example: 'E5:E19', kind: 'numbers' },
    { name: 'input_unit', description: 'Đơn vị của số tiền: "đồng", "nghìn đồng".', example: '"nghìn đồng"', kind: 'setting', optional: true },
  ],
  returns: 'Số tiền bằng chữ.',
  examples: ['=THADS_MONEY(406500000000)', '=THADS_MONEY(E5:E19; "nghìn đồng")'],
  errors: 'cell',
  prepare(inputUnit) {
    const unit = inputUnit === '' ? 'dong' : parseMoneyUnit(inputUnit);
    if (!unit) throw new ThadsError(`đơn vị "${inputUnit}" không hợp lệ; dùng "đồng", "nghìn đồng", "triệu" hoặc "tỷ".`);
    const factor = moneyUnitFactor(unit);
    return (amount) => formatMoney(amount * factor);
  },
});
