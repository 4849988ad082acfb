/** PropertiesService: string stores with Apps Script's limits (9 KB a value, 500 KB a store). */
import type { Env } from './env';
import { SERVICE } from './instrument';

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

export class PropertiesServiceImpl {
  readonly [SERVICE] = 'PropertiesService';
  constructor(private readonly env: Env) {}
  /** Kept in the workbook, so it is saved in the .xlsx with the document. */
  getDocumentProperties(): PropertiesImpl {
    return new PropertiesImpl(this.env.workbook.documentProperties);
  }
  getUserProperties(): PropertiesImpl {
    return new PropertiesImpl(this.env.userProperties);
  }
  getScriptProperties(): PropertiesImpl {
    return new PropertiesImpl(this.env.scriptProperties);
  }
}

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

export class PropertiesImpl {
  readonly [SERVICE] = 'Properties';
  constructor(private readonly store: Record<string, string>) {}
  getProperty(key: string): string | null {
    return Object.prototype.hasOwnProperty.call(this.store, key) ? this.store[key]! : null;
  }
  setProperty(key: string, value: unknown): this {
    this.put({ [key]: String(value) });
    return this;
  }
  getProperties(): Record<string, string> {
    return { ...this.store };
  }
  getKeys(): string[] {
    return Object.keys(this.store);
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): this {
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(properties)) values[k] = String(v);
    this.put(values, deleteAllOthers === true);
    return this;
  }
  deleteProperty(key: string): this {
    delete this.store[key];
    return this;
  }
  deleteAllProperties(): this {
    for (const k of Object.keys(this.store)) delete this.store[k];
    return this;
  }
  /** Checks every limit before writing anything, so a refused write changes nothing. */
  private put(values: Record<string, string>, replace = false): void {
    for (const v of Object.values(values)) if (bytes(v) > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
    const next = replace ? { ...values } : { ...this.store, ...values };
    const total = Object.entries(next).reduce((n, [k, v]) => n + bytes(k) + bytes(v), 0);
    if (total > MAX_STORE_BYTES)
      throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
    if (replace) for (const k of Object.keys(this.store)) delete this.store[k];
    Object.assign(this.store, values);
  }
}
