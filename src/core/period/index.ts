/** Statistical periods (kỳ thống kê, domain §2) and the regime by year. */
export { periodOfDate } from './periodOfDate';
export { periodRange } from './periodRange';
export { periodLabel } from './periodLabel';
export { regimeForYear } from './regimeForYear';
export { isPeriod } from './isPeriod';
