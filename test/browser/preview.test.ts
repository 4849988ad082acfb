/**
 * The preview server keeps Apps Script's boundary: plain JSON values only, in both directions;
 * private names ("_") are not callable; only same-origin JSON posts reach the server functions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundaryViolation, serveSidebar, sidebarPage } from '../../scripts/preview';
import { BROWSER_TEST_TIMEOUT, openBrowser, type Browser } from './browser';

describe('what may cross google.script.run', () => {
  it('accepts primitives, null, plain objects and arrays', () => {
    expect(boundaryViolation({ a: [1, 'x', true, null, { b: 2 }], c: undefined })).toBeNull();
  });

  it('names the first value Apps Script would refuse', () => {
    expect(boundaryViolation({ period: { start: new Date(2020, 0, 1) } })).toBe('$.period.start (Date)');
    expect(boundaryViolation([1, () => 2])).toBe('$[1] (function)');
    expect(boundaryViolation({ m: new Map() })).toBe('$.m (Map)');
    expect(boundaryViolation({ n: Number.NaN })).toBe('$.n (NaN)');
    expect(boundaryViolation([undefined])).toBe('$[0] (undefined)');
  });

  it('puts the google.script.run stand-in before the sidebar’s own script', () => {
    const page = sidebarPage('<html><head><title>x</title></head><body><script>app()</script></body></html>');
    expect(page.indexOf('google = { script')).toBeGreaterThan(0);
    expect(page.indexOf('google = { script')).toBeLessThan(page.indexOf('app()'));
  });
});

describe('the preview server', { timeout: BROWSER_TEST_TIMEOUT }, () => {
  let server: { url: string; close(): Promise<void> };
  const received: Array<{ name: string; args: unknown[] }> = [];

  beforeAll(async () => {
    server = await serveSidebar({
      html: () => '<html><head></head><body><div id="app"></div></body></html>',
      handler: (name, args) => {
        received.push({ name, args });
        if (name === 'giveDate') return new Date(2020, 0, 1);
        if (name === 'fail') throw new Error('Dòng 3, cột 2 của vùng: «abc» không phải số.');
        return { echo: args[0] ?? null };
      },
    });
  });
  afterAll(async () => server?.close());

  const post = (name: string, args: unknown[], headers: Record<string, string> = {}) =>
    fetch(`${server.url}rpc`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ name, args }) });

  it('listens on loopback only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('returns the result, or the thrown message as the failure', async () => {
    expect(await (await post('sidebarGetState', [{ sheet: null }])).json()).toEqual({ ok: true, value: { echo: { sheet: null } } });
    expect(await (await post('fail', [])).json()).toEqual({ ok: false, error: 'Dòng 3, cột 2 của vùng: «abc» không phải số.' });
  });

  it('fails a call whose result is a Date, as Apps Script does', async () => {
    const r = (await (await post('giveDate', [])).json()) as { ok: boolean; error: string };
    expect(r.ok).toBe(false);
    expect(r.error).toContain('(Date)');
  });

  it('does not call private functions (names ending in "_")', async () => {
    received.length = 0;
    const r = (await (await post('secret_', [])).json()) as { ok: boolean };
    expect(r.ok).toBe(false);
    expect(received).toEqual([]);
  });

  it('refuses a post from another origin or not in JSON', async () => {
    received.length = 0;
    expect((await post('sidebarGetState', [], { Origin: 'http://evil.example' })).status).toBe(403);
    const form = await fetch(`${server.url}rpc`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"name":"x","args":[]}' });
    expect(form.status).toBe(403);
    expect(received).toEqual([]);
  });

  describe('in the page', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await openBrowser();
      await browser.page.goto(`${server.url}sidebar`);
    });
    afterAll(async () => browser?.close());

    it('fails a call that passes a Date, before it reaches the server', async () => {
      received.length = 0;
      const outcome = await browser.page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            (globalThis as any).google.script.run
              .withSuccessHandler(() => resolve('success'))
              .withFailureHandler((e: Error) => resolve(`failure: ${e.message}`))
              .sidebarDetect({ when: new Date() });
          }),
      );
      expect(outcome).toBe('failure: Invalid argument: $args[0].when (Date)');
      expect(received).toEqual([]);
    });

    it('passes plain values through and gives the result to the success handler', async () => {
      const outcome = await browser.page.evaluate(
        () =>
          new Promise<unknown>((resolve) => {
            (globalThis as any).google.script.run.withSuccessHandler(resolve).withFailureHandler((e: Error) => resolve(e.message)).sidebarGetState({ sheet: 'Việc' });
          }),
      );
      expect(outcome).toEqual({ echo: { sheet: 'Việc' } });
    });

    it('closes with google.script.host.close', async () => {
      await browser.page.evaluate(() => (globalThis as any).google.script.host.close());
      expect(await browser.page.evaluate(() => (globalThis as any).__sidebarClosed)).toBe(true);
    });
  });
});

describe('without Chromium', () => {
  it('fails with the command that installs it, never skips', async () => {
    await expect(openBrowser('/nonexistent/chromium')).rejects.toThrow('apt-get install -y chromium');
  });
});
