import { describe, expect, it } from 'vitest';
import { LANGUAGE_KEY, setLanguage, userLanguage } from '../../../src/server/rpc/language';
import { getState } from '../../../src/server/rpc/getState';
import { rpc } from '../../../src/server/rpc/validate';
import { RPC_NAMES } from '../../../src/shared/rpc';
import { MemoryPort } from '../memoryPort';

describe('the sidebar’s language, per user', () => {
  it('follows the user’s locale on first open: vi… → vi, another → en, none → vi', () => {
    const p = new MemoryPort();
    for (const [locale, lang] of [['vi', 'vi'], ['vi_VN', 'vi'], ['en', 'en'], ['en_US', 'en'], ['fr', 'en'], ['', 'vi']] as const) {
      p.locale = locale;
      expect(userLanguage(p), locale).toBe(lang);
    }
  });

  it('is remembered in the user’s properties, not the document’s, and wins over the locale', () => {
    const p = new MemoryPort([{ name: 'Trang 1', values: [['']] }]);
    p.locale = 'vi';
    expect(rpc(RPC_NAMES.setLanguage, setLanguage)(p, { language: 'en' })).toEqual({ ok: true });
    expect(p.userSettings.get(LANGUAGE_KEY)).toBe('en');
    expect(p.settings.size).toBe(0);
    const state = getState(p, { sheet: null });
    expect(state.ok && state.language).toBe('en');
  });

  it('refuses a language it does not know', () => {
    const p = new MemoryPort();
    const r = rpc(RPC_NAMES.setLanguage, setLanguage)(p, { language: 'fr' });
    expect(r.ok).toBe(false);
    expect(p.userSettings.size).toBe(0);
  });
});
