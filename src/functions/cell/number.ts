import { cellFunction } from '../spec';
import { ThadsError } from '../../core/errors';
import { parseVietnameseNumber } from '../../core/numbers/parseVietnameseNumber';
import { moneyUnitFactor, parseMoneyUnit } from '../../core/numbers/moneyUnit';

/**
 * THADS_NUMBER(text, [unit]) — the number a Vietnamese text means; money converted into `unit`
 * (a percentage or a count of cases cannot be, once a unit is asked for).
 *
 * @example =THADS_NUMBER("406,5 tỷ đồng"; "tỷ")
 */
export const THADS_NUMBER = cellFunction({
  name: 'THADS_NUMBER',
  description:
    'Đọc số viết kiểu Việt Nam ("4.555", "79,32%", "406,5 tỷ đồng", "gần 9 nghìn việc"); "." ngăn hàng nghìn, "," thập phân, "4.5" bị từ chối; lỗi hiện ở ô của dòng đó.',
  summaryEn: 'Parses Vietnamese number text ("406,5 tỷ đồng", "4.555", "79,32%") into a number, money converted into unit.',
  mode: 'cell',
  params: [
    { name: 'text', description: 'Số viết kiểu Việt Nam.', example: 'B2:B20', kind: 'text' },
    { name: 'unit', description: 'Đơn vị tiền của kết quả: "đồng", "nghìn đồng", "triệu", "tỷ".', example: '"tỷ"', kind: 'setting', optional: true },
  ],
  returns: 'Số.',
  examples: ['=THADS_NUMBER("406,5 tỷ đồng"; "tỷ")', '=THADS_NUMBER(B2:B20)'],
  errors: 'cell',
  prepare(unit) {
    const parsed = unit === '' ? 'dong' : parseMoneyUnit(unit);
    if (!parsed) throw new ThadsError(`đơn vị "${unit}" không hợp lệ; dùng "đồng", "nghìn đồng", "triệu" hoặc "tỷ".`);
    const factor = moneyUnitFactor(parsed);
    const explicit = unit !== '';
    return (text) => {
      if (typeof text === 'number') return text / factor;
      const p = parseVietnameseNumber(text);
      if (!p.ok) throw new ThadsError(p.reason);
      if (p.kind === 'percent') {
        if (explicit) throw new ThadsError(`"${text.trim()}" là tỷ lệ phần trăm, không đổi sang đơn vị tiền được`);
        return p.value;
      }
      if (p.kind === 'count' && explicit) throw new ThadsError(`"${text.trim()}" là số việc, không đổi sang đơn vị tiền được`);
      return p.value / factor;
    };
  },
});
