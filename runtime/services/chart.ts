/** Sheet.newChart(): embedded charts recorded as plain data (type, ranges, position, options). */
import type { ChartRecord, SheetModel } from '../model/sheet';
import { quoteSheetName, rectA1 } from '../model/a1';
import type { Env } from './env';
import { SERVICE } from './instrument';
import type { RangeImpl } from './range';

/** Charts.ChartType and friends, as strings (what Apps Script's enums print as). */
export const ChartType = {
  AREA: 'AREA', BAR: 'BAR', BUBBLE: 'BUBBLE', CANDLESTICK: 'CANDLESTICK', COLUMN: 'COLUMN', COMBO: 'COMBO',
  GAUGE: 'GAUGE', GEO: 'GEO', HISTOGRAM: 'HISTOGRAM', LINE: 'LINE', ORG: 'ORG', PIE: 'PIE', SCATTER: 'SCATTER',
  SPARKLINE: 'SPARKLINE', STEPPED_AREA: 'STEPPED_AREA', TABLE: 'TABLE', TIMELINE: 'TIMELINE', TREEMAP: 'TREEMAP',
  WATERFALL: 'WATERFALL',
} as const;

export class EmbeddedChartBuilderImpl {
  readonly [SERVICE] = 'EmbeddedChartBuilder';
  private ranges: RangeImpl[] = [];
  private type = 'COLUMN';
  private position = { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 };
  private options: Record<string, unknown> = {};
  constructor(
    private readonly env: Env,
    private readonly sheet: SheetModel,
    private readonly id?: number,
  ) {}
  addRange(range: RangeImpl): this {
    this.ranges.push(range);
    return this;
  }
  removeRange(range: RangeImpl): this {
    this.ranges = this.ranges.filter((r) => r !== range);
    return this;
  }
  clearRanges(): this {
    this.ranges = [];
    return this;
  }
  getRanges(): RangeImpl[] {
    return [...this.ranges];
  }
  setChartType(type: string): this {
    this.type = String(type);
    return this;
  }
  getChartType(): string {
    return this.type;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.options[option] = value;
    return this;
  }
  setTitle(title: string): this {
    return this.setOption('title', title);
  }
  setXAxisTitle(title: string): this {
    return this.setOption('hAxis.title', title);
  }
  setYAxisTitle(title: string): this {
    return this.setOption('vAxis.title', title);
  }
  setLegendPosition(position: unknown): this {
    return this.setOption('legend.position', String(position));
  }
  setStacked(): this {
    return this.setOption('isStacked', true);
  }
  setColors(colors: string[]): this {
    return this.setOption('colors', [...colors]);
  }
  setNumHeaders(headers: number): this {
    return this.setOption('numHeaders', headers);
  }
  asBarChart(): this {
    return this.setChartType('BAR');
  }
  asColumnChart(): this {
    return this.setChartType('COLUMN');
  }
  asLineChart(): this {
    return this.setChartType('LINE');
  }
  asPieChart(): this {
    return this.setChartType('PIE');
  }
  asComboChart(): this {
    return this.setChartType('COMBO');
  }
  build(): EmbeddedChartImpl {
    const record: ChartRecord = {
      id: this.id ?? this.env.workbook.newMetadataId(),
      type: this.type,
      ranges: this.ranges.map((r) => quoteSheetName(r.sheet.name) + '!' + rectA1(r.rect)),
      position: { ...this.position },
      options: { ...this.options },
    };
    return new EmbeddedChartImpl(this.env, this.sheet, record, [...this.ranges]);
  }
}

export class EmbeddedChartImpl {
  readonly [SERVICE] = 'EmbeddedChart';
  constructor(
    private readonly env: Env,
    private readonly sheet: SheetModel,
    readonly record: ChartRecord,
    private readonly ranges: RangeImpl[],
  ) {}
  getChartId(): number {
    return this.record.id;
  }
  getRanges(): RangeImpl[] {
    return [...this.ranges];
  }
  getOptions(): { get(option: string): unknown } {
    const options = this.record.options;
    return { get: (o: string) => options[o] ?? null };
  }
  modify(): EmbeddedChartBuilderImpl {
    const b = new EmbeddedChartBuilderImpl(this.env, this.sheet, this.record.id).setChartType(this.record.type);
    for (const r of this.ranges) b.addRange(r);
    const p = this.record.position;
    b.setPosition(p.anchorRow, p.anchorColumn, p.offsetX, p.offsetY);
    for (const [k, v] of Object.entries(this.record.options)) b.setOption(k, v);
    return b;
  }
}
