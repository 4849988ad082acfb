/**
 * The help and about panel (trợ giúp và giới thiệu): the version, where the data goes (nowhere), how
 * to use the custom functions in a document (the add-on must be enabled there), and what each
 * function does — the list the build wrote from the function registry, so it cannot drift from it.
 */
import type { About } from '../../shared/about';
import type { Model } from './app';
import { h } from './dom';
import { t, type Lang } from './i18n';

declare const __THADS_ABOUT__: About | undefined;

/** Written by the build (scripts/build.ts); a bundle built otherwise (a unit test) has none. */
export const ABOUT: About = typeof __THADS_ABOUT__ !== 'undefined' ? __THADS_ABOUT__ : { version: '?', functions: [] };

const MODE: Record<About['functions'][number]['mode'], Record<Lang, string>> = {
  cell: { vi: 'từng ô', en: 'cell by cell' },
  column: { vi: 'cả cột', en: 'whole column' },
  table: { vi: 'cả bảng', en: 'whole table' },
};

export function helpPanel(model: Model, about: About = ABOUT): HTMLElement {
  const lang = model.lang;
  return h(
    'details',
    { id: 'help', className: 'card help' },
    h('summary', null, t(lang, 'helpTitle')),
    h('p', { id: 'help-version' }, `${t(lang, 'appTitle')} — ${t(lang, 'version')} ${about.version}`),
    h('h3', null, t(lang, 'helpDataTitle')),
    h('p', { id: 'help-data' }, t(lang, 'helpData')),
    h('h3', null, t(lang, 'helpFunctionsTitle')),
    h('p', { id: 'help-enable' }, t(lang, 'helpEnable')),
    h(
      'ul',
      { className: 'functions', id: 'help-functions' },
      about.functions.map((f) =>
        h(
          'li',
          null,
          h('code', null, f.signature),
          ` (${MODE[f.mode][lang]}): `,
          // The Vietnamese description is the registry's; English mode shows its English summary.
          lang === 'vi' ? f.vi : h('span', { attrs: { lang: 'en' } }, f.en),
          f.example ? [' ', h('code', { className: 'example' }, f.example)] : null,
        ),
      ),
    ),
  );
}
