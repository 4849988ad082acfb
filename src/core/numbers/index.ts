/** Vietnamese numbers: reading cells and report text, formatting counts, rates and money. */
export { cellNumber, type CellNumber } from './cellNumber';
export { parsePercent } from './parsePercent';
export { readDecimal, decimalValue, type DecimalText } from './readDecimal';
export { parseVietnameseNumber, type VietnameseNumber, type ParsedVietnameseNumber } from './parseVietnameseNumber';
export { roundHalfUp, scaledHalfUp } from './roundHalfUp';
export { formatNumber, formatCount } from './formatNumber';
export { formatPercent, formatPoints } from './formatPercent';
export { formatMoney, formatMoneyExact } from './formatMoney';
export { moneyUnitFactor, parseMoneyUnit } from './moneyUnit';
export { describeValue, isDate } from './describeValue';
