import type { CaseRecord } from '../register/registerCases';

/** The first line of a packed list of cases, with the format's version: a later format gets a new number. */
export const CASES_FORMAT = 'THADS-VIEC 1';

/**
 * Characters per cell of packed cases: Sheets holds at most 50.000 characters in a cell, and the writer
 * may put an apostrophe in front (asText) so that the text stays text.
 */
export const CASES_CHUNK = 49_000;

const DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/**
 * Đóng gói các việc của một lần chốt (packed cases), version 1. Why this encoding: the spreadsheet's limit
 * is 10 million cells and 50.000 characters a cell, and a 200.000-case register closed every month is
 * 2,4 million cases a year — one row per case would take ~20 million cells. Packed, a case is one line of
 * ~30 characters, so a close of 200.000 cases is ~120 cells and a year of monthly closes ~1.500 cells.
 * Every close is packed whole (not as deltas against the previous close): each close is then read and
 * checked on its own, and one edited or removed close does not spoil the ones after it.
 *
 * The text: line 1 `THADS-VIEC 1`; line 2 a JSON object of the dictionaries — `u` the units, `o` the
 * officers, `d` the decision numbers' texts after their leading digits ("/QĐ-CCTHADS") — and `n` the
 * number of cases; then one line per case, fields separated by commas:
 * unit index, officer index (base 36), status slot (0–8, register/slots), the decision's leading digits,
 * the index of its rest (base 36), the decision's day (days since 30/12/1899, base 36; blank: none),
 * amount due and amount collected in đồng (decimal; trailing zeros of a whole amount as an exponent, "1234e6").
 * The text is cut into cells of at most 49.000 characters, joined back in order.
 *
 * @example packCases([{ row: 4, unit: 'Chi cục A', decision: '12/QĐ-CCTHADS', decidedOn: 20240115, officer: 'B', slot: 0, due: 1000, collected: 1000 }])
 *   // ['THADS-VIEC 1\n{"u":["Chi cục A"],"o":["B"],"d":["/QĐ-CCTHADS"],"n":1}\n0,0,0,12,0,<day>,rs,rs']
 */
export function packCases(cases: readonly CaseRecord[]): string[] {
  const units = new Dictionary();
  const officers = new Dictionary();
  const rests = new Dictionary();
  const lines: string[] = [];
  // A register has a few hundred distinct days: each is coded once.
  const days = new Map<number | null, string>();
  for (const c of cases) {
    let day = days.get(c.decidedOn);
    if (day === undefined) {
      day = dayCode(c.decidedOn);
      days.set(c.decidedOn, day);
    }
    let digits = 0;
    while (digits < c.decision.length && digits < 15 && c.decision.charCodeAt(digits) >= 48 && c.decision.charCodeAt(digits) <= 57) digits++;
    lines.push(
      `${units.index(c.unit).toString(36)},${officers.index(c.officer).toString(36)},${c.slot},${c.decision.slice(0, digits)},${rests.index(c.decision.slice(digits)).toString(36)},${day},${amount(c.due)},${amount(c.collected)}`,
    );
  }
  const head = JSON.stringify({ u: units.list, o: officers.list, d: rests.list, n: cases.length });
  const text = `${CASES_FORMAT}\n${head}\n${lines.join('\n')}`;
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += CASES_CHUNK) chunks.push(text.slice(i, i + CASES_CHUNK));
  return chunks;
}

/**
 * The cases of a close read back from its cells (in order): the list, or why it does not read (a format
 * this version does not know, a cell cut or edited) — never a partial list taken for the whole.
 *
 * @example unpackCases(packCases(cases)) // { cases: [...] } (rows are -1: a close keeps no row numbers)
 */
export function unpackCases(chunks: readonly string[]): { cases: CaseRecord[] } | { problem: string } {
  const text = chunks.join('');
  const first = text.indexOf('\n');
  const second = first < 0 ? -1 : text.indexOf('\n', first + 1);
  if (first < 0 || text.slice(0, first) !== CASES_FORMAT) return { problem: 'các việc đã chốt được lưu theo một cách mà phiên bản này của tiện ích không đọc được' };
  const bad = { problem: 'các việc đã chốt không còn đọc được (ô dữ liệu bị cắt hoặc bị sửa)' };
  let head: { u: string[]; o: string[]; d: string[]; n: number };
  try {
    head = JSON.parse(second < 0 ? text.slice(first + 1) : text.slice(first + 1, second));
  } catch {
    return bad;
  }
  if (!head || !Array.isArray(head.u) || !Array.isArray(head.o) || !Array.isArray(head.d) || typeof head.n !== 'number') return bad;
  const cases: CaseRecord[] = [];
  const int = parseInt;
  if (head.n > 0) {
    if (second < 0) return bad;
    const lines = text.slice(second + 1).split('\n');
    if (lines.length !== head.n) return bad;
    const days = new Map<string, number | null | undefined>();
    for (const line of lines) {
      const f = line.split(',');
      if (f.length !== 8) return bad;
      const unit = head.u[int(f[0]!, 36)];
      const officer = head.o[int(f[1]!, 36)];
      const rest = head.d[int(f[4]!, 36)];
      const slot = f[2]!.length === 1 ? +f[2]! : NaN;
      let day = days.get(f[5]!);
      if (day === undefined && !days.has(f[5]!)) {
        day = f[5] === '' ? null : dayOf(f[5]!);
        days.set(f[5]!, day);
      }
      const due = amountOf(f[6]!);
      const collected = amountOf(f[7]!);
      if (unit === undefined || officer === undefined || rest === undefined || !(slot >= 0 && slot <= 8) || day === undefined || due === null || collected === null) return bad;
      cases.push({ row: -1, unit, officer, decision: f[3]! + rest, decidedOn: day, slot, due, collected });
    }
  }
  return { cases };
}

/** Strings to indices, in order of first use. */
class Dictionary {
  readonly list: string[] = [];
  private readonly at = new Map<string, number>();
  index(s: string): number {
    let i = this.at.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.at.set(s, i);
    }
    return i;
  }
}

function dayCode(d: number | null): string {
  if (d === null) return '';
  return Math.round((Date.UTC(Math.floor(d / 10000), (Math.floor(d / 100) % 100) - 1, d % 100) - EPOCH) / DAY).toString(36);
}

function dayOf(code: string): number | undefined {
  const n = parseInt(code, 36);
  if (!Number.isFinite(n)) return undefined;
  const t = new Date(EPOCH + n * DAY);
  return t.getUTCFullYear() * 10000 + (t.getUTCMonth() + 1) * 100 + t.getUTCDate();
}

// amount/amountOf avoid globals (Number, String, Math) per case: 400.000 calls a close, and globals are
// slow to look up where they go through the context (the local runtime's vm).
function amount(v: number): string {
  // Decimal, trailing zeros as an exponent ("1234e6" for 1.234.000.000 đồng): as short as base 36 for the
  // round amounts registers hold, and far cheaper than Number#toString(36) on numbers past 2^31.
  if (!(v > 0) || v % 1 !== 0) return `${v}`;
  let m = v;
  let z = 0;
  while (m % 10 === 0) {
    m /= 10;
    z++;
  }
  return z > 1 ? `${m}e${z}` : `${v}`;
}

function amountOf(code: string): number | null {
  const v = code === '' ? NaN : +code;
  return v === v && v !== Infinity && v !== -Infinity ? v : null;
}
