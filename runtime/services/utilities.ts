/** Utilities, Session, Logger, ScriptApp and console: the small services the add-on touches. */
import { randomUUID } from 'node:crypto';
import { format } from 'node:util';
import type { Env } from './env';
import { SERVICE } from './instrument';
import { isDate } from '../model/cell';
import { formatDatePattern } from '../model/time';

export class UtilitiesImpl {
  readonly [SERVICE] = 'Utilities';
  readonly Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' };
  /** Java SimpleDateFormat patterns, as Apps Script's Utilities.formatDate. */
  formatDate(date: Date, timeZone: string, formatString: string): string {
    if (!isDate(date)) throw new Error('The parameters don\'t match the method signature for Utilities.formatDate.');
    return formatDatePattern(date.getTime(), timeZone, formatString);
  }
  /** No waiting here: nothing else runs while the add-on sleeps. */
  sleep(milliseconds: number): void {
    void milliseconds;
  }
  getUuid(): string {
    return randomUUID();
  }
  newBlob(data: string | number[], contentType?: string, name?: string): BlobImpl {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 255));
    return new BlobImpl(bytes, contentType ?? null, name ?? null);
  }
  base64Encode(data: string | number[]): string {
    return (typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 255))).toString('base64');
  }
  /** Bytes as Apps Script returns them: signed, -128..127. */
  base64Decode(encoded: string): number[] {
    return [...Buffer.from(encoded, 'base64')].map((b) => (b > 127 ? b - 256 : b));
  }
  formatString(template: string, ...args: unknown[]): string {
    return format(template, ...args);
  }
}

export class BlobImpl {
  readonly [SERVICE] = 'Blob';
  constructor(
    private bytes: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {}
  getDataAsString(): string {
    return this.bytes.toString('utf8');
  }
  getBytes(): number[] {
    return [...this.bytes].map((b) => (b > 127 ? b - 256 : b));
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string): this {
    this.contentType = contentType;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): this {
    this.name = name;
    return this;
  }
}

export class SessionImpl {
  readonly [SERVICE] = 'Session';
  constructor(private readonly env: Env) {}
  getScriptTimeZone(): string {
    return this.env.scriptTimeZone;
  }
  /** Empty, as for a user of another domain: code must not rely on the e-mail. */
  getActiveUser(): UserImpl {
    return new UserImpl();
  }
  getEffectiveUser(): UserImpl {
    return new UserImpl();
  }
  getActiveUserLocale(): string {
    return this.env.workbook.locale.split('_')[0] ?? 'vi';
  }
  getTemporaryActiveUserKey(): string {
    return 'local-user-key';
  }
}

export class UserImpl {
  readonly [SERVICE] = 'User';
  getEmail(): string {
    return '';
  }
}

export class LoggerImpl {
  readonly [SERVICE] = 'Logger';
  constructor(private readonly env: Env) {}
  log(data: unknown, ...values: unknown[]): this {
    this.env.logs.push(typeof data === 'string' && values.length ? format(data, ...values) : format(data));
    return this;
  }
  getLog(): string {
    return this.env.logs.join('\n');
  }
  clear(): void {
    this.env.logs.length = 0;
  }
}

export class ScriptAppImpl {
  readonly [SERVICE] = 'ScriptApp';
  readonly AuthMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' };
  readonly AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' };
  getProjectTriggers(): never[] {
    return [];
  }
  getScriptId(): string {
    return 'local-script';
  }
}

/** console: not a counted service; every line goes to runtime.logs with its level. */
export function makeConsole(env: Env): Record<string, (...args: unknown[]) => void> {
  const line = (level: string) => (...args: unknown[]) => {
    env.logs.push((level === 'log' ? '' : `[${level}] `) + format(...args));
  };
  return { log: line('log'), info: line('info'), warn: line('warn'), error: line('error'), debug: line('debug') };
}
