/**
 * Benchmark 5, second half (issue 5): the sidebar.
 * - build/Sidebar.html size: budget 100 KB (one self-contained file, inlined JS and CSS).
 * - First render in Chromium (playwright-core, Debian's chromium, headless): time from navigation
 *   start until the app root shows the detected table (a unit's name from the sheet is in #app),
 *   budget 500 ms. google.script.run is a stub that answers at once (next task) with what the
 *   built add-on really answers for that workbook in the local runtime, recorded before the
 *   timed runs — so the page renders real data, and no server time is in the figure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { makeAggregatedTable } from './lib/aggregated';
import { buildDir, fileBytes, firstDeclared } from './lib/build';
import { runtimeHost } from './lib/host';
import { unitName } from './lib/register';
import type { BenchReport, BenchRow } from './lib/result';
import { ms, timedRow, unavailable } from './lib/result';
import { summarize } from './lib/stats';

const HTML_BUDGET_KB = 100;
const RENDER_BUDGET_MS = 500;
const URL = 'http://sidebar.bench.invalid/Sidebar.html';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SHEET = 'Báo cáo 12 tháng';
const UNITS = 15;
/** Text that appears in #app only once the table is drawn. */
const MARKER = unitName(UNITS - 1);

/**
 * Installed before the page's own script: google.script.run answering from recorded responses,
 * and an observer noting when #app first shows the marker.
 */
function stubScript(responses: Record<string, unknown>, marker: string): string {
  return `(() => {
  const responses = ${JSON.stringify(responses)};
  window.__bench = { populated: null, painted: null, calls: [] };
  function runner(ok, fail) {
    return new Proxy({}, {
      get(_, name) {
        if (name === 'withSuccessHandler') return (f) => runner(f, fail);
        if (name === 'withFailureHandler') return (f) => runner(ok, f);
        if (name === 'withUserObject') return () => runner(ok, fail);
        return (...args) => {
          window.__bench.calls.push(String(name));
          const answer = Object.prototype.hasOwnProperty.call(responses, name)
            ? JSON.parse(JSON.stringify(responses[name]))
            : { ok: false, message: 'bench stub: no recorded answer for ' + String(name) };
          setTimeout(() => ok && ok(answer), 0);
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null), host: { close() {}, setHeight() {}, setWidth() {} } } };
  const watch = () => {
    const app = document.getElementById('app');
    if (!app) return false;
    const check = () => {
      if (window.__bench.populated === null && app.textContent.includes(${JSON.stringify(marker)})) {
        window.__bench.populated = performance.now();
        requestAnimationFrame(() => setTimeout(() => { window.__bench.painted = performance.now(); }, 0));
      }
    };
    new MutationObserver(check).observe(app, { childList: true, subtree: true, characterData: true });
    check();
    return true;
  };
  if (!watch()) document.addEventListener('DOMContentLoaded', watch);
})();`;
}

export async function run(): Promise<BenchReport> {
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  const title = 'The sidebar: size and first render in Chromium';
  const bytes = fileBytes('Sidebar.html');
  if (bytes === undefined) {
    rows.push(unavailable('build/Sidebar.html size', 'build/Sidebar.html does not exist', `${HTML_BUDGET_KB} KB`));
    rows.push(unavailable('first render', 'build/Sidebar.html does not exist', `${RENDER_BUDGET_MS} ms`));
    return { name: 'sidebar', title, rows, notes };
  }
  rows.push({
    label: 'build/Sidebar.html size',
    value: `${(bytes / 1024).toFixed(1)} KB`,
    raw: bytes,
    budget: `${HTML_BUDGET_KB} KB`,
    pass: bytes <= HTML_BUDGET_KB * 1024,
  });

  // Record what the add-on answers when the sidebar opens on a sheet of 15 units.
  const responses: Record<string, unknown> = {};
  const table = makeAggregatedTable(UNITS);
  const host = await runtimeHost({ [SHEET]: { rows: table.rows, merges: table.merges } });
  if (typeof host === 'string' || !firstDeclared(['sidebarGetState'])) {
    rows.push(unavailable('first render with the detected table', typeof host === 'string' ? host : 'build declares no sidebarGetState', `${RENDER_BUDGET_MS} ms`));
    return { name: 'sidebar', title, rows, notes };
  }
  try {
    responses.sidebarGetState = JSON.parse(JSON.stringify(host.call('sidebarGetState', { sheet: null })));
  } catch (e) {
    rows.push(unavailable('first render with the detected table', `sidebarGetState failed: ${e instanceof Error ? e.message : String(e)}`, `${RENDER_BUDGET_MS} ms`));
    return { name: 'sidebar', title, rows, notes };
  }

  const html = readFileSync(join(buildDir, 'Sidebar.html'), 'utf8');
  let browser;
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  } catch (e) {
    rows.push(unavailable('first render with the detected table', `Chromium did not start: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`, `${RENDER_BUDGET_MS} ms`));
    return { name: 'sidebar', title, rows, notes };
  }
  try {
    const populated: number[] = [];
    const painted: number[] = [];
    const afterHtml: number[] = [];
    const fcp: number[] = [];
    let failure: string | undefined;
    for (let i = 0; i < 13 && !failure; i++) {
      const context = await browser.newContext({ viewport: { width: 300, height: 800 } });
      const page = await context.newPage();
      await page.route(URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
      await page.addInitScript(stubScript(responses, MARKER));
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(URL);
      try {
        await page.waitForFunction('window.__bench.painted !== null', undefined, { timeout: 10_000 });
      } catch {
        const text = (await page.evaluate(`(document.getElementById('app') || { textContent: '(no #app)' }).textContent.slice(0, 200)`)) as string;
        failure = `the table never appeared in #app (shows: "${text}"${errors.length ? `; page errors: ${errors.join('; ')}` : ''})`;
      }
      if (!failure) {
        const m = (await page.evaluate(`(() => {
          const b = window.__bench;
          const nav = performance.getEntriesByType('navigation')[0];
          const paint = performance.getEntriesByName('first-contentful-paint')[0];
          return { populated: b.populated, painted: b.painted, responseEnd: nav ? nav.responseEnd : 0, fcp: paint ? paint.startTime : NaN };
        })()`)) as { populated: number; painted: number; responseEnd: number; fcp: number };
        if (i >= 3) {
          populated.push(m.populated);
          painted.push(m.painted);
          afterHtml.push(m.populated - m.responseEnd);
          fcp.push(m.fcp);
        }
      }
      await context.close();
    }
    if (failure) {
      rows.push(unavailable('first render with the detected table', failure, `${RENDER_BUDGET_MS} ms`));
    } else {
      const t = summarize(painted);
      rows.push(
        timedRow(`first render: navigation start → ${UNITS}-unit table drawn in #app and painted`, t, RENDER_BUDGET_MS, {
          note: `populated (DOM) at ${ms(summarize(populated).median)}; from HTML received: ${ms(summarize(afterHtml).median)}; first contentful paint: ${ms(summarize(fcp).median)}`,
        }),
      );
    }
  } finally {
    await browser.close();
  }
  notes.push(
    `Chromium ${'/usr/bin/chromium'} headless, args ${ARGS.join(' ')}; a new browser context per run (no cache), 3 warm-up runs, 10 measured; browser start-up excluded.`,
    'Painted = the task after the animation frame that follows the DOM change in which #app first contains the last unit\'s name (the usual after-paint probe).',
    'google.script.run is a stub answering on the next task with the response the built add-on gave in the local runtime for the same workbook (recorded before timing).',
  );
  return { name: 'sidebar', title, rows, notes };
}
