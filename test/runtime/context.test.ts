import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook, createRuntime, createRuntimeSync, DEFAULT_BUILD_DIR } from '../../runtime/index';
import { makeBuild, STUBS } from './helpers';

const ORDER = (name: string) => `var ORDER = typeof ORDER === 'undefined' ? [] : ORDER; ORDER.push(${JSON.stringify(name)});`;

describe('loading the build into a vm context', () => {
  it('loads the files of .clasp.json filePushOrder first, then the rest alphabetically', async () => {
    const { buildDir } = makeBuild(
      { 'a.js': ORDER('a'), 'b.js': ORDER('b'), 'c.js': ORDER('c'), 'z.js': ORDER('z'), 'page.html': '<p>x</p>' },
      { rootDir: 'build', filePushOrder: ['build/z.js', 'build/b.js'] },
    );
    const rt = await createRuntime({ buildDir });
    expect(rt.context.ORDER).toEqual(['z', 'b', 'a', 'c']);
  });

  it('loads alphabetically when there is no .clasp.json', async () => {
    const { buildDir } = makeBuild({ 'b.js': ORDER('b'), 'a.js': ORDER('a') });
    const rt = await createRuntime({ buildDir });
    expect(rt.context.ORDER).toEqual(['a', 'b']);
  });

  it('shares one global scope between files, as Apps Script does', () => {
    const { buildDir } = makeBuild({ 'a.js': 'var Lib = { twice: function (x) { return 2 * x; } };', 'b.js': 'function TWICE(x) { return Lib.twice(x); }' });
    const rt = createRuntimeSync({ buildDir });
    expect(rt.call('TWICE', 21)).toBe(42);
  });

  it('has none of the globals Apps Script lacks', () => {
    const { buildDir } = makeBuild({ 'a.js': '' });
    const rt = createRuntimeSync({ buildDir });
    for (const name of ['setTimeout', 'setInterval', 'fetch', 'URL', 'TextEncoder', 'process', 'require', 'window', 'Buffer', 'structuredClone']) {
      expect(rt.evaluate(`typeof ${name}`), name).toBe('undefined');
    }
    expect(rt.evaluate('typeof SpreadsheetApp + typeof HtmlService + typeof Logger + typeof console')).toBe('objectobjectobjectobject');
  });

  it('says which file failed to load, as every Apps Script execution would fail', () => {
    const { buildDir } = makeBuild({ 'a.js': 'var ok = 1;', 'b.js': 'setTimeout(function () {}, 0);' });
    expect(() => createRuntimeSync({ buildDir })).toThrow(/b\.js .*setTimeout is not defined/);
  });

  it('says which function is missing when calling an unknown name', () => {
    const { buildDir } = makeBuild({ 'a.js': 'function A() {}' });
    const rt = createRuntimeSync({ buildDir });
    expect(() => rt.call('NOPE')).toThrow(/NOPE/);
  });

  it('hands dates to the add-on as Dates of its own realm', () => {
    const { buildDir } = makeBuild({ 's.js': STUBS });
    const wb = Workbook.empty();
    wb.addSheet('S', [[new Date(Date.UTC(2024, 9, 1))]]);
    const rt = createRuntimeSync({ buildDir, workbook: wb });
    expect(rt.evaluate("KIND(SpreadsheetApp.getActiveSheet().getRange('A1').getValue())")).toBe('[object Date]|true');
    expect(rt.call('KIND', new Date())).toBe('[object Date]|true');
  });

  it('runs the script in its manifest time zone: local dates are the spreadsheet\'s days', () => {
    const { buildDir } = makeBuild({
      'appsscript.json': JSON.stringify({ timeZone: 'Asia/Ho_Chi_Minh' }),
      'a.js': "function day() { var d = SpreadsheetApp.getActiveSheet().getRange('A1').getValue(); return [d.getFullYear(), d.getMonth() + 1, d.getDate(), new Date(2024, 9, 1).toISOString()]; }",
    });
    const wb = Workbook.empty();
    // 01/10/2024 in a Hanoi spreadsheet: midnight there, 17:00 UTC the day before.
    wb.addSheet('S', [[new Date(Date.UTC(2024, 8, 30, 17))]]);
    expect(createRuntimeSync({ buildDir, workbook: wb }).call('day')).toEqual([2024, 10, 1, '2024-09-30T17:00:00.000Z']);
  });

  it('loads the real build: ThadsAddon is defined', () => {
    if (!existsSync(join(DEFAULT_BUILD_DIR, 'stubs.js'))) throw new Error('build/ is missing: run `npm run build` first');
    const rt = createRuntimeSync({});
    expect(typeof rt.context.ThadsAddon).toBe('object');
    expect(rt.files.map((f) => f.slice(DEFAULT_BUILD_DIR.length + 1)).slice(0, 2)).toEqual(['addon.js', 'stubs.js']);
  });
});

describe('one fresh context per execution, as Apps Script evaluates the project for each', () => {
  const COUNTER = `var runs = 0;
    function bump() { runs += 1; return runs; }
    function remember(k, v) { PropertiesService.getDocumentProperties().setProperty(k, v); CacheService.getDocumentCache().put(k, v); }
    function recall(k) { return [PropertiesService.getDocumentProperties().getProperty(k), CacheService.getDocumentCache().get(k)]; }
    function BUMP() { return bump(); }`;

  it('a module-level variable changed by one call is back to its initial value in the next', () => {
    const { buildDir } = makeBuild({ 'a.js': COUNTER });
    const rt = createRuntimeSync({ buildDir });
    expect(rt.call('bump')).toBe(1);
    expect(rt.call('bump')).toBe(1);
  });

  it('a global set by evaluate is gone in the next evaluate and the next call', () => {
    const { buildDir } = makeBuild({ 'a.js': COUNTER + ' function leaked() { return typeof leak; }' });
    const rt = createRuntimeSync({ buildDir });
    rt.evaluate('globalThis.leak = 42; runs = 7;');
    expect(rt.evaluate('typeof leak + ":" + runs')).toBe('undefined:0');
    expect(rt.call('leaked')).toBe('undefined');
  });

  it('each custom-function formula is evaluated in its own context', () => {
    const { buildDir } = makeBuild({ 'a.js': COUNTER });
    const wb = Workbook.empty();
    const sheet = wb.addSheet('S');
    for (const row of [1, 2, 3]) sheet.ensureCell(row, 1).formula = '=BUMP()';
    createRuntimeSync({ buildDir, workbook: wb }).recalculate();
    expect([1, 2, 3].map((r) => sheet.cell(r, 1)?.value)).toEqual([1, 1, 1]);
  });

  it('keeps Google’s state across executions: properties, cache, Ui record, call counter', () => {
    const { buildDir } = makeBuild({ 'a.js': COUNTER + " function menu() { SpreadsheetApp.getUi().createAddonMenu().addItem('Mở', 'bump').addToUi(); }" });
    const rt = createRuntimeSync({ buildDir });
    rt.call('remember', 'k', 'v');
    rt.call('menu');
    expect(rt.call('recall', 'k')).toEqual(['v', 'v']);
    expect(rt.ui.menus).toHaveLength(1);
    expect(rt.calls.of('PropertiesService.getDocumentProperties')).toBe(2);
  });

  it('runs a call in the context `rt.context` showed before it, then moves on to a fresh one', () => {
    const { buildDir } = makeBuild({ 'a.js': COUNTER });
    const rt = createRuntimeSync({ buildDir });
    const before = rt.context;
    rt.call('bump');
    expect(before.runs).toBe(1);
    expect(rt.context).not.toBe(before);
    expect(rt.context.runs).toBe(0);
    expect(rt.lastContext).toBe(before);
  });
});

describe('call counting', () => {
  it('counts every method called on a service object, getters and chained builders included', () => {
    const { buildDir } = makeBuild({
      'a.js': `function run() {
        var ss = SpreadsheetApp.getActiveSpreadsheet();
        var sheet = ss.getSheetByName('S');
        var values = sheet.getRange(1, 1, 2, 2).getValues();
        sheet.getRange('C1:C2').setValues([[values[0][0]], [values[1][0]]]);
        SpreadsheetApp.newConditionalFormatRule().whenNumberLessThan(1).setBackground('#ff0000').setRanges([sheet.getRange('A1')]).build();
        return values;
      }`,
    });
    const wb = Workbook.empty();
    wb.addSheet('S', [[1, 2], [3, 4]]);
    const rt = createRuntimeSync({ buildDir, workbook: wb });
    rt.call('run');
    expect(rt.calls.byMethod()).toEqual({
      'ConditionalFormatRuleBuilder.build': 1,
      'ConditionalFormatRuleBuilder.setBackground': 1,
      'ConditionalFormatRuleBuilder.setRanges': 1,
      'ConditionalFormatRuleBuilder.whenNumberLessThan': 1,
      'Range.getValues': 1,
      'Range.setValues': 1,
      'Sheet.getRange': 3,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'SpreadsheetApp.newConditionalFormatRule': 1,
    });
    expect(rt.calls.total).toBe(12);
  });

  it('takes snapshots and tells what was called since', () => {
    const { buildDir } = makeBuild({ 'a.js': 'function one() { SpreadsheetApp.getActiveSheet().getName(); }' });
    const rt = createRuntimeSync({ buildDir });
    rt.call('one');
    const before = rt.calls.snapshot();
    rt.call('one');
    rt.call('one');
    expect(rt.calls.since(before)).toEqual({ total: 4, byMethod: { 'Sheet.getName': 2, 'SpreadsheetApp.getActiveSheet': 2 } });
    rt.calls.reset();
    expect(rt.calls.total).toBe(0);
    expect(rt.calls.byMethod()).toEqual({});
  });

  it('gives the same object back for the same sheet', () => {
    const { buildDir } = makeBuild({ 'a.js': "function same() { var ss = SpreadsheetApp.getActive(); return ss.getSheets()[0] === ss.getSheetByName('Sheet1'); }" });
    expect(createRuntimeSync({ buildDir }).call('same')).toBe(true);
  });
});

describe('services', () => {
  it('waitLock throws and tryLock fails while another execution holds the lock', () => {
    const { buildDir } = makeBuild({
      'a.js': `function tryIt() { return LockService.getDocumentLock().tryLock(1000); }
               function waitIt() { var l = LockService.getDocumentLock(); l.waitLock(30000); var had = l.hasLock(); l.releaseLock(); return had; }`,
    });
    const rt = createRuntimeSync({ buildDir });
    expect(rt.call('waitIt')).toBe(true);
    rt.lock.hold();
    expect(rt.call('tryIt')).toBe(false);
    expect(() => rt.call('waitIt')).toThrow(/Lock timeout/);
    rt.lock.release();
    expect(rt.call('tryIt')).toBe(true);
  });

  it('errors thrown by services are Errors of the add-on realm', () => {
    const { buildDir } = makeBuild({
      'a.js': "function caught() { try { LockService.getDocumentLock().waitLock(1); } catch (e) { return (e instanceof Error) + ':' + e.message; } }",
    });
    const rt = createRuntimeSync({ buildDir });
    rt.lock.hold();
    expect(rt.call('caught')).toBe('true:Lock timeout: another process was holding the lock for too long.');
  });

  it('keeps properties as strings and refuses a value over 9 KB', () => {
    const { buildDir } = makeBuild({
      'a.js': `function put(k, v) { PropertiesService.getDocumentProperties().setProperty(k, v); }
               function get(k) { return PropertiesService.getDocumentProperties().getProperty(k); }`,
    });
    const rt = createRuntimeSync({ buildDir });
    rt.call('put', 'n', 5);
    expect(rt.call('get', 'n')).toBe('5');
    expect(rt.call('get', 'missing')).toBeNull();
    expect(() => rt.call('put', 'big', 'x'.repeat(9 * 1024 + 1))).toThrow(/too large/);
    expect(rt.call('get', 'big')).toBeNull();
    expect(rt.workbook.documentProperties).toEqual({ n: '5' });
  });

  it('caches strings and returns null for a missing key', () => {
    const { buildDir } = makeBuild({
      'a.js': `function cache() { var c = CacheService.getDocumentCache(); c.put('a', 'x'); c.putAll({ b: 'y' });
               return [c.get('a'), c.get('zz'), JSON.stringify(c.getAll(['a', 'b', 'c']))]; }`,
    });
    expect(createRuntimeSync({ buildDir }).call('cache')).toEqual(['x', null, '{"a":"x","b":"y"}']);
  });

  it('records the add-on menu and the sidebar served from the build directory', () => {
    const { buildDir } = makeBuild({
      'Sidebar.html': '<!doctype html><p>Báo cáo</p>',
      'a.js': `function onOpen() { SpreadsheetApp.getUi().createAddonMenu().addItem('Mở bảng', 'showSidebar').addSeparator().addItem('Báo cáo', 'report').addToUi(); }
               function showSidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('THADS')); }
               function ask() { return SpreadsheetApp.getUi().alert('Xong?', SpreadsheetApp.getUi().ButtonSet.YES_NO); }`,
    });
    const rt = createRuntimeSync({ buildDir });
    rt.call('onOpen');
    rt.call('showSidebar');
    expect(rt.ui.menus).toEqual([
      { name: '', addon: true, items: [{ caption: 'Mở bảng', functionName: 'showSidebar' }, { separator: true }, { caption: 'Báo cáo', functionName: 'report' }] },
    ]);
    expect(rt.ui.sidebar).toEqual({ title: 'THADS', html: '<!doctype html><p>Báo cáo</p>' });
    rt.ui.responses.push({ button: 'NO' });
    expect(rt.call('ask')).toBe('NO');
    expect(rt.ui.alerts).toEqual([{ prompt: 'Xong?', buttons: 'YES_NO' }]);
  });

  it('onOpen in AuthMode.NONE may build the menu and nothing else', () => {
    const { buildDir } = makeBuild({
      'a.js': `function onOpen(e) { SpreadsheetApp.getUi().createAddonMenu().addItem('Mở', 'open').addToUi(); }
               function greedy(e) { PropertiesService.getDocumentProperties().getProperty('x'); }`,
    });
    const rt = createRuntimeSync({ buildDir });
    rt.call('onOpen', { authMode: 'NONE' });
    expect(rt.ui.menus).toHaveLength(1);
    expect(() => rt.call('greedy', { authMode: 'NONE' })).toThrow(/You do not have permission to call PropertiesService.getDocumentProperties/);
    expect(() => rt.call('greedy', { authMode: 'FULL' })).not.toThrow();
  });

  it('formats dates with Utilities.formatDate in the given zone', () => {
    const { buildDir } = makeBuild({ 'a.js': "function fmt(d) { return Utilities.formatDate(d, 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm'); }" });
    // 30/09/2024 17:05 UTC is 01/10/2024 00:05 in Hanoi (UTC+7).
    expect(createRuntimeSync({ buildDir }).call('fmt', new Date(Date.UTC(2024, 8, 30, 17, 5)))).toBe('01/10/2024 00:05');
  });

  it('records Logger.log and console lines', () => {
    const { buildDir } = makeBuild({ 'a.js': "function log() { Logger.log('n=%s', 3); console.warn('cẩn thận'); }" });
    const rt = createRuntimeSync({ buildDir });
    rt.call('log');
    expect(rt.logs).toEqual(['n=3', '[warn] cẩn thận']);
  });

  it('reads the time zones: spreadsheet from the workbook, script from the manifest', () => {
    const { buildDir } = makeBuild({
      'appsscript.json': JSON.stringify({ timeZone: 'Asia/Bangkok' }),
      'a.js': 'function zones() { return [SpreadsheetApp.getActive().getSpreadsheetTimeZone(), Session.getScriptTimeZone(), SpreadsheetApp.getActive().getSpreadsheetLocale(), Session.getActiveUser().getEmail()]; }',
    });
    expect(createRuntimeSync({ buildDir }).call('zones')).toEqual(['Asia/Ho_Chi_Minh', 'Asia/Bangkok', 'vi_VN', '']);
  });
});

describe('arguments cross into the add-on realm', () => {
  it('arrays and plain objects passed to call() are the context\'s own', () => {
    const { buildDir } = makeBuild({ 'a.js': 'function check(a, o) { return [a instanceof Array, o instanceof Object, Object.getPrototypeOf(o) === Object.prototype, o.rows[0] instanceof Array]; }' });
    expect(createRuntimeSync({ buildDir }).call('check', [1], { rows: [[1]] })).toEqual([true, true, true, true]);
  });
});
