/**
 * Scope and privacy (issue 6, item 5): the add-on asks for the two narrow scopes only, and the code
 * Apps Script runs references no service that could send data anywhere or open another file.
 * These tests read build/ as pushed (`npm run build` writes it; `npm test` builds first).
 */
import { parse } from 'acorn';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workbook, createRuntimeSync } from '../../runtime/index';
import { makeBuild } from '../runtime/helpers';

const root = join(__dirname, '..', '..');
const build = join(root, 'build');
const read = (file: string) => readFileSync(join(build, file), 'utf8');
const scripts = () => readdirSync(build).filter((f) => f.endsWith('.js')).sort();

const NARROW_SCOPES = [
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
];

/**
 * Apps Script services and methods that reach outside this spreadsheet: the network, mail, Drive,
 * other files, other Google products. Any of them would also need a broader scope.
 */
const OUTSIDE_WORLD = [
  'UrlFetchApp', 'MailApp', 'GmailApp', 'DriveApp', 'openById', 'openByUrl', 'CalendarApp', 'DocumentApp',
  'FormApp', 'SlidesApp', 'ContactsApp', 'Jdbc', 'LanguageApp', 'ScriptApp', 'getOAuthToken',
];
// Advanced services (Drive, Sheets, People…) need an entry in the manifest, checked below; SpreadsheetApp.open(file)
// is caught by the pattern in forbiddenIn (a bare "open" is too common a word to forbid as a name).

/** Browser APIs that send or fetch: the sidebar must not use them (it talks only through google.script.run). */
const BROWSER_NETWORK = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'sendBeacon', 'importScripts', 'RTCPeerConnection'];

type AstNode = { type: string; [key: string]: unknown };

/** Every identifier and every non-computed property name (a.b → "b"), plus string keys of a["b"]. */
function namesUsed(source: string): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const n = node as AstNode;
    if (n.type === 'Identifier' && typeof n.name === 'string') names.add(n.name);
    if (n.type === 'MemberExpression' && n.computed) {
      const p = n.property as AstNode;
      if (p.type === 'Literal' && typeof p.value === 'string') names.add(p.value);
    }
    for (const key of Object.keys(n)) if (key !== 'type') visit(n[key]);
  };
  visit(parse(source, { ecmaVersion: 2020, sourceType: 'script' }));
  return names;
}

/** The names of `forbidden` that `source` uses, as identifiers, property names or in its text. */
function forbiddenIn(source: string, forbidden: readonly string[]): string[] {
  const used = namesUsed(source);
  // Apps Script service names are distinctive: found in the text too (a name hidden in a string, "DriveApp"),
  // though not one built by concatenation. Browser API names are common words ("failed to fetch" in a message):
  // for those only real uses count.
  const inText = forbidden === OUTSIDE_WORLD ? forbidden.filter((f) => new RegExp(`\\b${f}\\b`).test(source)) : [];
  const openFile = forbidden === OUTSIDE_WORLD && /SpreadsheetApp\s*\.\s*open\s*\(/.test(source) ? ['SpreadsheetApp.open'] : [];
  return [...new Set([...forbidden.filter((f) => used.has(f)), ...inText, ...openFile])].sort();
}

/** The scripts inlined in the sidebar page. */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1] ?? '');
}

describe('the manifest', () => {
  for (const where of ['appsscript.json', 'build/appsscript.json']) {
    it(`${where} asks for exactly spreadsheets.currentonly and script.container.ui`, () => {
      const manifest = JSON.parse(readFileSync(join(root, where), 'utf8'));
      expect([...manifest.oauthScopes].sort()).toEqual(NARROW_SCOPES);
    });

    it(`${where} exposes the script to no outside caller and loads no library or advanced service`, () => {
      const manifest = JSON.parse(readFileSync(join(root, where), 'utf8'));
      expect(manifest.webapp).toBeUndefined();
      expect(manifest.executionApi).toBeUndefined();
      expect(manifest.urlFetchWhitelist).toBeUndefined();
      expect(manifest.dependencies?.libraries ?? []).toEqual([]);
      expect(manifest.dependencies?.enabledAdvancedServices ?? []).toEqual([]);
    });
  }
});

describe('the code Apps Script runs (build/*.js)', () => {
  it('holds the bundle and the stubs', () => {
    expect(scripts()).toEqual(expect.arrayContaining(['addon.js', 'stubs.js']));
  });

  it('references no service that reaches outside this spreadsheet (UrlFetchApp, MailApp, GmailApp, DriveApp, openById, openByUrl, …)', () => {
    for (const file of scripts()) expect(forbiddenIn(read(file), OUTSIDE_WORLD), file).toEqual([]);
  });

  it('uses no browser network API either (a bundle runs no fetch in Apps Script, but none may creep in)', () => {
    for (const file of scripts()) expect(forbiddenIn(read(file), BROWSER_NETWORK), file).toEqual([]);
  });
});

describe('the sidebar page (build/Sidebar.html)', () => {
  const html = () => read('Sidebar.html');

  it('loads nothing from elsewhere: no external script, style, image, frame or font', () => {
    expect(html()).not.toMatch(/\s(src|href|action|data|poster)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(html()).not.toMatch(/url\(\s*["']?\s*(https?:)?\/\//i);
    expect(html()).not.toMatch(/@import/i);
  });

  it('sends nothing anywhere: its scripts use no fetch, XMLHttpRequest, WebSocket, sendBeacon…', () => {
    const scriptsOfPage = inlineScripts(html());
    expect(scriptsOfPage.length).toBeGreaterThan(0);
    for (const s of scriptsOfPage) expect(forbiddenIn(s, BROWSER_NETWORK)).toEqual([]);
  });
});

describe('the scanner itself', () => {
  it('finds each forbidden service however it is written', () => {
    expect(forbiddenIn('var r = UrlFetchApp.fetch("https://x");', OUTSIDE_WORLD)).toEqual(['UrlFetchApp']);
    expect(forbiddenIn('SpreadsheetApp["openById"]("abc");', OUTSIDE_WORLD)).toEqual(['openById']);
    expect(forbiddenIn('var s = SpreadsheetApp.openByUrl(u);', OUTSIDE_WORLD)).toEqual(['openByUrl']);
    expect(forbiddenIn('GmailApp.sendEmail(a, b, c); MailApp.sendEmail(a, b, c);', OUTSIDE_WORLD)).toEqual(['GmailApp', 'MailApp']);
    expect(forbiddenIn('var k = "DriveApp"; this[k].getFiles();', OUTSIDE_WORLD)).toEqual(['DriveApp']);
    expect(forbiddenIn('var f = SpreadsheetApp.open(file);', OUTSIDE_WORLD)).toEqual(['SpreadsheetApp.open']);
    expect(forbiddenIn('navigator.sendBeacon("/x", d); new XMLHttpRequest();', BROWSER_NETWORK)).toEqual(['XMLHttpRequest', 'sendBeacon']);
    expect(forbiddenIn('window["fetch"]("/x"); fetch("/y");', BROWSER_NETWORK)).toEqual(['fetch']);
    expect(forbiddenIn('var lost = /failed to fetch|NetworkError/i.test(e);', BROWSER_NETWORK)).toEqual([]);
  });

  it('lets the services this add-on needs through', () => {
    const allowed = 'SpreadsheetApp.getActiveSpreadsheet().getSheetByName("A"); PropertiesService.getDocumentProperties(); LockService.getDocumentLock(); HtmlService.createHtmlOutputFromFile("Sidebar");';
    expect(forbiddenIn(allowed, OUTSIDE_WORLD)).toEqual([]);
  });
});

/**
 * The local runtime grants exactly the manifest's oauthScopes, as Apps Script does once they are
 * explicit: a call needing another scope fails with Apps Script's message, in every mode.
 */
describe('scopes enforced by the local runtime, from the manifest', () => {
  const UI = 'https://www.googleapis.com/auth/script.container.ui';
  const CURRENT = 'https://www.googleapis.com/auth/spreadsheets.currentonly';
  const ALL = 'https://www.googleapis.com/auth/spreadsheets';
  const CODE = `function sidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>x</p>')); }
    function menu() { SpreadsheetApp.getUi().createAddonMenu().addItem('Mở', 'sidebar').addToUi(); }
    function other() { return SpreadsheetApp.openById(SpreadsheetApp.getActive().getId()).getName(); }
    function read() { return SpreadsheetApp.getActiveSheet().getRange('A1').getValue(); }
    function keep() { PropertiesService.getDocumentProperties().setProperty('k', 'v'); CacheService.getDocumentCache().put('k', 'v');
      var l = LockService.getDocumentLock(); l.waitLock(1000); l.releaseLock(); return 'ok'; }
    function READ() { return read(); }`;
  const runtimeWith = (scopes: string[] | undefined) => {
    const manifest = scopes === undefined ? { timeZone: 'Asia/Ho_Chi_Minh' } : { timeZone: 'Asia/Ho_Chi_Minh', oauthScopes: scopes };
    const { buildDir } = makeBuild({ 'appsscript.json': JSON.stringify(manifest), 'a.js': CODE });
    return createRuntimeSync({ buildDir });
  };

  it('a manifest without script.container.ui makes showSidebar fail; the menu still needs no scope', () => {
    const rt = runtimeWith([CURRENT]);
    expect(() => rt.call('sidebar')).toThrow(`You do not have permission to call Ui.showSidebar. Required permissions: ${UI}`);
    expect(rt.ui.sidebar).toBeUndefined();
    rt.call('menu');
    expect(rt.ui.menus).toHaveLength(1);
    runtimeWith([CURRENT, UI]).call('sidebar');
  });

  it('openById needs spreadsheets: it fails under spreadsheets.currentonly', () => {
    expect(() => runtimeWith([CURRENT, UI]).call('other')).toThrow(`You do not have permission to call SpreadsheetApp.openById. Required permissions: ${ALL}`);
    expect(runtimeWith([ALL]).call('other')).toBe(Workbook.empty().name);
  });

  it('reading a range needs one of the two spreadsheet scopes, also inside a custom function', () => {
    expect(runtimeWith([CURRENT]).call('read')).toBe('');
    expect(runtimeWith([ALL]).call('read')).toBe('');
    const rt = runtimeWith([UI]);
    expect(() => rt.call('read')).toThrow(`Required permissions: (${CURRENT} || ${ALL})`);
    rt.workbook.requireSheet('Sheet1').ensureCell(2, 1).formula = '=READ()';
    expect(rt.recalculate().errors[0]?.message).toMatch(/You do not have permission to call SpreadsheetApp.getActiveSheet/);
  });

  it('properties, cache and lock need no scope; a manifest without oauthScopes grants what the code uses', () => {
    expect(runtimeWith([]).call('keep')).toBe('ok');
    expect(runtimeWith(undefined).call('other')).toBe(Workbook.empty().name);
  });

  it('the real build with its real manifest shows the sidebar; without script.container.ui it cannot', () => {
    const rt = createRuntimeSync({ buildDir: build });
    rt.call('showSidebar');
    expect(rt.ui.sidebar).toBeDefined();
    const { buildDir } = makeBuild(Object.fromEntries(readdirSync(build).map((f) => [f, read(f)])));
    const manifest = JSON.parse(readFileSync(join(buildDir, 'appsscript.json'), 'utf8'));
    manifest.oauthScopes = manifest.oauthScopes.filter((s: string) => s !== UI);
    writeFileSync(join(buildDir, 'appsscript.json'), JSON.stringify(manifest));
    expect(() => createRuntimeSync({ buildDir }).call('showSidebar')).toThrow(/You do not have permission to call Ui.showSidebar/);
  });
});
