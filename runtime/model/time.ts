/**
 * Dates between the three clocks involved: an instant (what a Date holds), the wall clock of the
 * spreadsheet's time zone (what a cell shows), and the serial number of spreadsheets (days since
 * 30/12/1899). Sheets reads a date cell as the instant of its wall clock in the spreadsheet's zone.
 * Node side only (uses Intl for time-zone offsets; the add-on itself must not).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Minutes the zone is ahead of UTC at `instant` (420 for Asia/Ho_Chi_Minh). */
export function offsetMinutes(instantMs: number, tz: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(new Date(instantMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return Math.round((wall - (instantMs - (instantMs % 1000 + 1000) % 1000)) / 60000);
}

/** Wall-clock milliseconds (UTC fields = the zone's clock) of an instant. */
export function toWallClock(instantMs: number, tz: string): number {
  return instantMs + offsetMinutes(instantMs, tz) * 60000;
}

/** The instant whose wall clock in `tz` is `wallMs`. */
export function fromWallClock(wallMs: number, tz: string): number {
  let guess = wallMs - offsetMinutes(wallMs, tz) * 60000;
  guess = wallMs - offsetMinutes(guess, tz) * 60000;
  return guess;
}

const EPOCH_1899 = Date.UTC(1899, 11, 30);

/** @example serialFromWallClock(Date.UTC(2024, 9, 1)) // 45566 */
export function serialFromWallClock(wallMs: number): number {
  return (wallMs - EPOCH_1899) / 86400000;
}

export function wallClockFromSerial(serial: number): number {
  return Math.round(serial * 86400000) + EPOCH_1899;
}

/**
 * Formats an instant with a Java SimpleDateFormat pattern, as Utilities.formatDate does
 * (yyyy yy MM M dd d HH H hh h mm ss SSS a EEE, 'quoted text').
 * @example formatDatePattern(new Date(Date.UTC(2024, 9, 1, 3, 5)), 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm') // '01/10/2024 10:05'
 */
export function formatDatePattern(instantMs: number, tz: string, pattern: string): string {
  const w = new Date(toWallClock(instantMs, tz));
  const fields: Record<string, number> = {
    y: w.getUTCFullYear(),
    M: w.getUTCMonth() + 1,
    d: w.getUTCDate(),
    H: w.getUTCHours(),
    h: w.getUTCHours() % 12 || 12,
    m: w.getUTCMinutes(),
    s: w.getUTCSeconds(),
    S: w.getUTCMilliseconds(),
  };
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      const text = pattern.slice(i + 1, end < 0 ? pattern.length : end);
      out += text === '' ? "'" : text;
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    let j = i;
    while (pattern[j] === ch) j++;
    const n = j - i;
    if (ch === 'y') out += n === 2 ? String(fields.y! % 100).padStart(2, '0') : String(fields.y).padStart(n, '0');
    else if (ch === 'a') out += fields.H! < 12 ? 'AM' : 'PM';
    else if (ch === 'E') out += days[w.getUTCDay()];
    else if (ch === 'Z') {
      const off = offsetMinutes(instantMs, tz);
      const a = Math.abs(off);
      out += (off < 0 ? '-' : '+') + String(Math.floor(a / 60)).padStart(2, '0') + String(a % 60).padStart(2, '0');
    } else if (fields[ch] !== undefined) out += String(fields[ch]).padStart(n, '0');
    else out += pattern.slice(i, j);
    i = j;
  }
  return out;
}
