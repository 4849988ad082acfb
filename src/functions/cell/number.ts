import type { CustomFunctionSpec } from '../spec';
import type { MoneyUnit } from '../../core/types';
import { ThadsError } from '../../core/errors';
import { parseVietnameseNumber } from '../../core/numbers/parseVietnameseNumber';
import { moneyUnitFactor, parseMoneyUnit } from '../../core/numbers/moneyUnit';
import { cellwise, type CellwiseSpec } from '../args/cellwise';
import { scalarText } from '../args/scalarText';

function specFor(unit: MoneyUnit, explicit: boolean): CellwiseSpec {
  const factor = moneyUnitFactor(unit);
  return {
    fnName: 'THADS_NUMBER',
    args: [{ name: 'text', kind: 'raw' }],
    errors: 'cell',
    compute(v) {
      const x = v[0]!;
      if (typeof x === 'number') return x / factor;
      const p = parseVietnameseNumber(x);
      if (!p.ok) throw new ThadsError(p.reason);
      if (p.kind === 'percent') {
        if (explicit) throw new ThadsError(`"${x.trim()}" là tỷ lệ phần trăm, không đổi sang đơn vị tiền được`);
        return p.value;
      }
      if (p.kind === 'count' && explicit) throw new ThadsError(`"${x.trim()}" là số việc, không đổi sang đơn vị tiền được`);
      return p.value / factor;
    },
  };
}

/**
 * THADS_NUMBER(text, [unit]) — the number a Vietnamese text means.
 *
 * @example =THADS_NUMBER("406,5 tỷ đồng"; "tỷ")
 */
export const THADS_NUMBER: CustomFunctionSpec = {
  name: 'THADS_NUMBER',
  description:
    'Đọc số viết kiểu Việt Nam ("4.555", "79,32%", "406,5 tỷ đồng", "gần 9 nghìn việc"); "." ngăn hàng nghìn, "," thập phân, "4.5" bị từ chối; lỗi hiện ở ô của dòng đó.',
  summaryEn: 'Parses Vietnamese number text ("406,5 tỷ đồng", "4.555", "79,32%") into a number, money converted into unit.',
  mode: 'cell',
  params: [
    { name: 'text', description: 'Số viết kiểu Việt Nam.', example: 'B2:B20', kind: 'text' },
    { name: 'unit', description: 'Đơn vị tiền của kết quả: "đồng", "nghìn đồng", "triệu", "tỷ".', example: '"tỷ"', kind: 'text', optional: true },
  ],
  returns: 'Số.',
  examples: ['=THADS_NUMBER("406,5 tỷ đồng"; "tỷ")', '=THADS_NUMBER(B2:B20)'],
  errors: 'cell',
  impl(text: unknown, unit: unknown) {
    const u = scalarText('THADS_NUMBER', 'unit', unit);
    const parsed = u === '' ? 'dong' : parseMoneyUnit(u);
    if (!parsed) throw new ThadsError(`THADS_NUMBER: đơn vị "${u}" không hợp lệ; dùng "đồng", "nghìn đồng", "triệu" hoặc "tỷ".`);
    return cellwise(specFor(parsed, u !== ''), [text]);
  },
};
