/**
 * A calendar day as Vietnamese documents write dates (ngày tháng năm): dd/mm/yyyy, from the
 * calendar triple `periodRange` gives, so that no time zone enters.
 *
 * @example dayText([2019, 3, 31]) // "31/03/2019"
 * @example dayText([2018, 10, 1]) // "01/10/2018"
 */
export function dayText([year, month, day]: readonly [number, number, number]): string {
  return `${twoDigits(day)}/${twoDigits(month)}/${year}`;
}

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
