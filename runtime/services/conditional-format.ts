/** SpreadsheetApp.newConditionalFormatRule(): rules recorded as plain data on the sheet. */
import type { ConditionalFormatRecord } from '../model/sheet';
import { quoteSheetName, rectA1 } from '../model/a1';
import type { Env } from './env';
import { SERVICE } from './instrument';
import { RangeImpl } from './range';
import { parseFormula } from '../formula/expression';

export class ConditionalFormatRuleBuilderImpl {
  readonly [SERVICE] = 'ConditionalFormatRuleBuilder';
  private ranges: RangeImpl[] = [];
  private condition: ConditionalFormatRecord['condition'] = { type: 'NONE', values: [] };
  private format: ConditionalFormatRecord['format'] = {};
  constructor(private readonly env: Env) {}

  private when(type: string, ...values: unknown[]): this {
    this.condition = { type, values };
    return this;
  }
  whenNumberLessThan(n: number): this {
    return this.when('NUMBER_LESS', n);
  }
  whenNumberLessThanOrEqualTo(n: number): this {
    return this.when('NUMBER_LESS_THAN_EQ', n);
  }
  whenNumberGreaterThan(n: number): this {
    return this.when('NUMBER_GREATER', n);
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this.when('NUMBER_GREATER_THAN_EQ', n);
  }
  whenNumberBetween(a: number, b: number): this {
    return this.when('NUMBER_BETWEEN', a, b);
  }
  whenNumberEqualTo(n: number): this {
    return this.when('NUMBER_EQ', n);
  }
  /** The formula is parsed now: a wrong separator or function name throws (formula/expression.ts). */
  whenFormulaSatisfied(formula: string): this {
    parseFormula(String(formula));
    return this.when('CUSTOM_FORMULA', formula);
  }
  whenTextContains(text: string): this {
    return this.when('TEXT_CONTAINS', text);
  }
  whenCellEmpty(): this {
    return this.when('CELL_EMPTY');
  }
  whenCellNotEmpty(): this {
    return this.when('CELL_NOT_EMPTY');
  }
  setBackground(color: string | null): this {
    if (color) this.format.background = color;
    else delete this.format.background;
    return this;
  }
  setFontColor(color: string | null): this {
    if (color) this.format.fontColor = color;
    else delete this.format.fontColor;
    return this;
  }
  setBold(bold: boolean | null): this {
    if (bold) this.format.bold = true;
    else delete this.format.bold;
    return this;
  }
  setRanges(ranges: RangeImpl[]): this {
    this.ranges = [...ranges];
    return this;
  }
  getRanges(): RangeImpl[] {
    return [...this.ranges];
  }
  build(): ConditionalFormatRuleImpl {
    const record: ConditionalFormatRecord = {
      ranges: this.ranges.map((r) => quoteSheetName(r.sheet.name) + '!' + rectA1(r.rect)),
      condition: { type: this.condition.type, values: [...this.condition.values] },
      format: { ...this.format },
    };
    return new ConditionalFormatRuleImpl(this.env, record, [...this.ranges]);
  }
}

export class ConditionalFormatRuleImpl {
  readonly [SERVICE] = 'ConditionalFormatRule';
  constructor(
    private readonly env: Env,
    readonly record: ConditionalFormatRecord,
    private readonly ranges: RangeImpl[],
  ) {}
  getRanges(): RangeImpl[] {
    return [...this.ranges];
  }
  copy(): ConditionalFormatRuleBuilderImpl {
    const b = new ConditionalFormatRuleBuilderImpl(this.env).setRanges(this.ranges);
    const { type, values } = this.record.condition;
    (b as unknown as { condition: unknown }).condition = { type, values: [...values] };
    if (this.record.format.background) b.setBackground(this.record.format.background);
    if (this.record.format.fontColor) b.setFontColor(this.record.format.fontColor);
    if (this.record.format.bold) b.setBold(true);
    return b;
  }
}

export { RangeImpl };
