/** CacheService: string caches with expiry (default 600 s, at most 6 hours) and a 100 KB value limit. */
import type { CacheEntry, Env } from './env';
import { SERVICE } from './instrument';

export class CacheServiceImpl {
  readonly [SERVICE] = 'CacheService';
  constructor(private readonly env: Env) {}
  private cache(name: string): CacheImpl {
    let m = this.env.caches.get(name);
    if (!m) {
      m = new Map();
      this.env.caches.set(name, m);
    }
    return new CacheImpl(m);
  }
  getDocumentCache(): CacheImpl {
    return this.cache('document');
  }
  getScriptCache(): CacheImpl {
    return this.cache('script');
  }
  getUserCache(): CacheImpl {
    return this.cache('user');
  }
}

export class CacheImpl {
  readonly [SERVICE] = 'Cache';
  constructor(private readonly entries: Map<string, CacheEntry>) {}
  get(key: string): string | null {
    const e = this.entries.get(key);
    if (!e) return null;
    if (e.expires < Date.now()) {
      this.entries.delete(key);
      return null;
    }
    return e.value;
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    if (typeof key !== 'string' || key.length > 250) throw new Error('Argument too large: key');
    const v = String(value);
    if (Buffer.byteLength(v, 'utf8') > 100 * 1024) throw new Error('Argument too large: value');
    const seconds = Math.min(expirationInSeconds ?? 600, 21600);
    this.entries.set(key, { value: v, expires: Date.now() + seconds * 1000 });
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  putAll(values: Record<string, string>, expirationInSeconds?: number): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
  }
  remove(key: string): void {
    this.entries.delete(key);
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.entries.delete(k);
  }
}
