/**
 * Parses a formula that is ONE call of a function with constant, reference and array-literal
 * arguments: `=THADS_RATE(F5:F19,E5:E19)`, `=F({Việc!A4:L20;Tiền!A4:L20}, 80%, "38%")`.
 * Both separator styles are read: en-US (`,` between arguments and array columns) and vi_VN
 * (`;` between arguments, `\` between array columns, `,` as the decimal mark).
 * Anything else (nested calls, operators) is not ours: parseCall returns undefined.
 */

export type Arg =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'ref'; text: string }
  | { kind: 'array'; rows: Arg[][] }
  | { kind: 'omitted' };

export interface Call {
  name: string;
  args: Arg[];
}

class Parser {
  i = 0;
  constructor(
    readonly s: string,
    readonly vi: boolean,
  ) {}
  ws(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i]!)) this.i++;
  }
  peek(): string {
    return this.s[this.i] ?? '';
  }
  eat(ch: string): boolean {
    this.ws();
    if (this.peek() === ch) {
      this.i++;
      return true;
    }
    return false;
  }
  fail(): never {
    throw new SyntaxError(`formula: unexpected "${this.peek()}" at ${this.i}`);
  }
  argSep(): boolean {
    this.ws();
    const c = this.peek();
    if (this.vi ? c === ';' : c === ',') {
      this.i++;
      return true;
    }
    return false;
  }
  call(): Call {
    this.ws();
    const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(this.s.slice(this.i));
    if (!m) this.fail();
    this.i += m[0].length;
    if (!this.eat('(')) this.fail();
    const args: Arg[] = [];
    this.ws();
    if (this.peek() === ')') {
      this.i++;
      return { name: m[0], args };
    }
    for (;;) {
      this.ws();
      const c = this.peek();
      args.push(c === ')' || (this.vi ? c === ';' : c === ',') ? { kind: 'omitted' } : this.value());
      if (this.argSep()) continue;
      if (this.eat(')')) break;
      this.fail();
    }
    // Trailing omitted arguments are not passed, as in Sheets.
    while (args.length && args[args.length - 1]!.kind === 'omitted') args.pop();
    return { name: m[0], args };
  }
  value(): Arg {
    this.ws();
    const c = this.peek();
    if (c === '{') return this.array();
    if (c === '"') return this.string();
    if (c === "'") return { kind: 'ref', text: this.quotedRef() };
    if (/[0-9.+-]/.test(c) || (this.vi && c === ',')) return this.number();
    return this.word();
  }
  string(): Arg {
    this.i++;
    let out = '';
    for (;;) {
      if (this.i >= this.s.length) this.fail();
      const ch = this.s[this.i++]!;
      if (ch === '"') {
        if (this.peek() === '"') {
          out += '"';
          this.i++;
          continue;
        }
        return { kind: 'string', value: out };
      }
      out += ch;
    }
  }
  number(): Arg {
    const dec = this.vi ? ',' : '.';
    const re = this.vi ? /^[+-]?(\d+(,\d*)?|,\d+)([eE][+-]?\d+)?/ : /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/;
    const m = re.exec(this.s.slice(this.i));
    if (!m) this.fail();
    this.i += m[0].length;
    let value = Number(m[0].replace(dec, '.'));
    this.ws();
    while (this.peek() === '%') {
      this.i++;
      value /= 100;
    }
    return { kind: 'number', value };
  }
  /** A sheet name in quotes, then `!` and an address. */
  quotedRef(): string {
    const start = this.i;
    this.i++;
    for (;;) {
      if (this.i >= this.s.length) this.fail();
      if (this.s[this.i] === "'") {
        if (this.s[this.i + 1] === "'") {
          this.i += 2;
          continue;
        }
        this.i++;
        break;
      }
      this.i++;
    }
    if (this.peek() !== '!') this.fail();
    this.i++;
    return this.s.slice(start, this.i) + this.address();
  }
  address(): string {
    const m = /^\$?[A-Za-z]{0,3}\$?\d*(:\$?[A-Za-z]{0,3}\$?\d*)?/.exec(this.s.slice(this.i));
    if (!m || m[0] === '') this.fail();
    this.i += m[0].length;
    return m[0];
  }
  word(): Arg {
    const m = /^[\p{L}\p{N}_.$]+/u.exec(this.s.slice(this.i));
    if (!m) this.fail();
    this.i += m[0].length;
    if (this.peek() === '!') {
      this.i++;
      return { kind: 'ref', text: m[0] + '!' + this.address() };
    }
    const upper = m[0].toUpperCase();
    this.ws();
    if ((upper === 'TRUE' || upper === 'FALSE') && this.peek() !== ':' && this.peek() !== '(')
      return { kind: 'boolean', value: upper === 'TRUE' };
    if (this.peek() === ':') {
      this.i++;
      this.ws();
      return { kind: 'ref', text: m[0] + ':' + this.address() };
    }
    if (!/^\$?[A-Za-z]{1,3}\$?\d+$/.test(m[0])) this.fail();
    return { kind: 'ref', text: m[0] };
  }
  array(): Arg {
    this.i++;
    const rows: Arg[][] = [[]];
    for (;;) {
      rows[rows.length - 1]!.push(this.value());
      this.ws();
      const c = this.peek();
      this.i++;
      if (c === '}') break;
      if (c === ';') rows.push([]);
      else if (c === '\\' || (!this.vi && c === ',')) continue;
      else {
        this.i--;
        this.fail();
      }
    }
    return { kind: 'array', rows };
  }
}

/**
 * The call a formula makes, or undefined when the formula is not one call with simple arguments.
 * @example parseCall('=THADS_RATE(F5:F19,E5:E19)') // { name: 'THADS_RATE', args: [ref F5:F19, ref E5:E19] }
 */
export function parseCall(formula: string): Call | undefined {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  const vi = topLevelSemicolon(body);
  try {
    const p = new Parser(body, vi);
    const call = p.call();
    p.ws();
    return p.i === body.length ? call : undefined;
  } catch {
    return undefined;
  }
}

/** A vi_VN formula separates arguments with ";" outside braces and strings; en-US uses ";" only inside braces. */
function topLevelSemicolon(s: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === ';' && depth === 0) return true;
  }
  return false;
}
