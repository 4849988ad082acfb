/**
 * Concurrency (issue 6, item 3): while another execution holds the document lock (simulated with
 * `runtime.lock.hold()`: the local runtime is single-threaded), a second writing action waits for the
 * lock and, when it times out, says so in Vietnamese and writes nothing — no sheet, no cell, no saved
 * setting. Once the lock is free, the same action works: the lock was the only reason it stopped.
 */
import { runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { failNthCall, runtimeOver, snapshotDocument, type AppsScriptRuntime } from './harness';
import { DATA_SHEET, reportSettings, userWorkbook } from './userWorkbook';
import { messageProblem, thrownMessage } from './vietnameseMessage';

type Outcome = { returned: unknown } | { thrown: string };

function call(runtime: AppsScriptRuntime, name: string, request?: unknown): Outcome {
  const args = request === undefined ? [] : [(runInContext('JSON.parse', runtime.context) as (s: string) => unknown)(JSON.stringify(request))];
  try {
    return { returned: runtime.call(name, ...args) };
  } catch (e) {
    return { thrown: thrownMessage(e) };
  }
}

/** The message the user gets from a sidebar function: the `{ ok: false }` message (a throw is a bug here). */
function failureMessage(outcome: Outcome): string {
  if ('thrown' in outcome) return `threw: ${outcome.thrown}`;
  const r = outcome.returned as { ok?: boolean; message?: string };
  return r.ok === false ? (r.message ?? '') : `answered ok: ${JSON.stringify(r).slice(0, 200)}`;
}

function everything(runtime: AppsScriptRuntime): string {
  return JSON.stringify({ doc: snapshotDocument(runtime.workbook), properties: runtime.workbook.documentProperties });
}

/** The writing actions of the sidebar, each with a valid request. */
const WRITERS: [string, unknown][] = [
  ['sidebarMakeReport', reportSettings()],
  ['sidebarCreateTargetsSheet', { source: { sheet: DATA_SHEET, range: null, mapping: null }, year: 2020, viec: 0.8, tien: 0.38, addMissing: false }],
  ['sidebarCreateGradeSheet', {}],
  ['sidebarCreateUnitMappingSheet', { settings: reportSettings({ comparison: { sheet: DATA_SHEET, range: null } }) }],
  ['sidebarSaveSettings', reportSettings()],
];

/**
 * Records the timeouts the add-on asks the document lock for, by standing between it and the runtime's
 * LockService (the add-on reads the global at each call).
 */
function recordLockWaits(runtime: AppsScriptRuntime): number[] {
  const waits: number[] = [];
  const real = runtime.context.LockService as GoogleAppsScript.Lock.LockService;
  const recorded = (lock: GoogleAppsScript.Lock.Lock) => ({
    waitLock: (ms: number) => (waits.push(ms), lock.waitLock(ms)),
    tryLock: (ms: number) => (waits.push(ms), lock.tryLock(ms)),
    releaseLock: () => lock.releaseLock(),
    hasLock: () => lock.hasLock(),
  });
  runtime.context.LockService = {
    getDocumentLock: () => recorded(real.getDocumentLock()),
    getScriptLock: () => recorded(real.getScriptLock()),
    getUserLock: () => recorded(real.getUserLock()),
  };
  return waits;
}

describe('with the document lock held by another execution', () => {
  it.each(WRITERS)('%s waits seconds for the lock, not a moment (another report takes seconds to write)', async (name, request) => {
    const runtime = await runtimeOver(userWorkbook());
    const waits = recordLockWaits(runtime);
    runtime.lock.hold();
    call(runtime, name, request);
    expect(waits.length).toBeGreaterThan(0);
    for (const ms of waits) expect(ms).toBeGreaterThanOrEqual(5000);
  });

  it.each(WRITERS)('%s waits, then answers in Vietnamese that the lock timed out, and writes nothing', async (name, request) => {
    const runtime = await runtimeOver(userWorkbook());
    const before = everything(runtime);
    runtime.lock.hold();
    const calls = runtime.calls.snapshot();
    const outcome = call(runtime, name, request);
    const made = runtime.calls.since(calls).byMethod;

    expect(messageProblem(failureMessage(outcome))).toBeNull();
    expect(everything(runtime)).toBe(before);
    // It asked for the lock (waiting up to a timeout) rather than writing without it.
    expect((made['Lock.waitLock'] ?? 0) + (made['Lock.tryLock'] ?? 0)).toBeGreaterThan(0);

    runtime.lock.release();
    const freed = call(runtime, name, request);
    expect(freed, 'the same action works once the lock is free').toMatchObject({ returned: { ok: true } });
  });

  it('the menu re-run (“Tạo lại báo cáo”) tells the user in Vietnamese and writes nothing', async () => {
    const runtime = await runtimeOver(userWorkbook());
    expect(call(runtime, 'sidebarSaveSettings', reportSettings())).toMatchObject({ returned: { ok: true } });
    const before = everything(runtime);
    const alerts = runtime.ui.alerts.length;
    const toasts = runtime.ui.toasts.length;
    runtime.lock.hold();
    const outcome = call(runtime, 'remakeReport');
    expect(everything(runtime)).toBe(before);
    const said = [
      ...runtime.ui.alerts.slice(alerts).map((a) => a.prompt),
      ...runtime.ui.toasts.slice(toasts).map((t) => t.message),
      ...('thrown' in outcome ? [outcome.thrown] : []),
    ];
    expect(said.length, 'the user is told').toBeGreaterThan(0);
    for (const m of said) expect(messageProblem(m)).toBeNull();
  });

  it('a report already written stays exactly as it was while a second run is locked out', async () => {
    const runtime = await runtimeOver(userWorkbook());
    expect(call(runtime, 'sidebarMakeReport', reportSettings())).toMatchObject({ returned: { ok: true } });
    const before = everything(runtime);
    runtime.lock.hold();
    call(runtime, 'sidebarMakeReport', reportSettings({ targets: { kind: 'none' } }));
    expect(everything(runtime)).toBe(before);
  });
});

// ---------------------------------------------------------------------------------------------
// Issue 12, item 9: settings saved once, under the lock, the old ones replaced only after the new.

/** The saved settings as the sidebar gets them. */
function savedSettings(runtime: AppsScriptRuntime): unknown {
  return (call(runtime, 'sidebarGetState', { sheet: null }) as { returned: { settings: unknown } }).returned.settings;
}

describe('the settings of a report', () => {
  it('are saved by the report itself, once, and only while the document lock is held', async () => {
    const runtime = await runtimeOver(userWorkbook());
    let held = false;
    const writes: boolean[] = [];
    const lockService = runtime.context.LockService as GoogleAppsScript.Lock.LockService;
    const props = runtime.context.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
    runtime.context.LockService = {
      ...lockService,
      getDocumentLock: () => {
        const lock = lockService.getDocumentLock();
        return { ...lock, waitLock: (ms: number) => (lock.waitLock(ms), (held = true)), releaseLock: () => (lock.releaseLock(), (held = false)), hasLock: () => lock.hasLock(), tryLock: (ms: number) => (held = lock.tryLock(ms)) };
      },
    };
    runtime.context.PropertiesService = {
      ...props,
      getDocumentProperties: () => {
        const p = props.getDocumentProperties();
        return { ...p, getProperty: (k: string) => p.getProperty(k), getKeys: () => p.getKeys(), setProperty: (k: string, v: string) => (writes.push(held), p.setProperty(k, v)), deleteProperty: (k: string) => (writes.push(held), p.deleteProperty(k)) };
      },
    };
    expect(call(runtime, 'sidebarMakeReport', reportSettings())).toMatchObject({ returned: { ok: true } });
    // One small save: one piece and the pointer, nothing written twice, nothing outside the lock.
    expect(writes).toEqual([true, true]);
    expect(savedSettings(runtime)).toEqual(reportSettings());
  });

  it('a property write failing after the report is written: the report stays, the answer says so in Vietnamese, the previous settings are whole', async () => {
    const previous = reportSettings({ targets: { kind: 'none' } });
    const next = reportSettings();
    const clean = await runtimeOver(userWorkbook());
    call(clean, 'sidebarSaveSettings', previous);
    const start = clean.calls.snapshot();
    call(clean, 'sidebarMakeReport', next);
    const made = clean.calls.since(start).byMethod;
    const points = ['Properties.setProperty', 'Properties.deleteProperty', 'Properties.getKeys'].flatMap((key) =>
      Array.from({ length: made[key] ?? 0 }, (_, i) => [key, i + 1] as const),
    );
    expect(points.length, 'the save writes new pieces, the pointer, and removes the old pieces').toBeGreaterThanOrEqual(4);

    for (const [key, nth] of points) {
      const runtime = await runtimeOver(userWorkbook());
      call(runtime, 'sidebarSaveSettings', previous);
      const fault = failNthCall(runtime, key, nth);
      const outcome = call(runtime, 'sidebarMakeReport', next);
      fault.remove();
      const where = `${key} #${nth}`;
      expect(fault.fired, where).toBe(1);
      expect(outcome, `${where}: the report is written and the answer is ok`).toMatchObject({ returned: { ok: true } });
      const message = (outcome as { returned: { message: string } }).returned.message;
      expect(messageProblem(message), where).toBeNull();
      expect(message, where).not.toMatch(/Service|failed|Exception/);
      expect(runtime.workbook.sheets.some((s) => s.developerMetadata.some((m) => m.key === 'thads.owner' && m.value === 'report:2020-12')), where).toBe(true);
      const saved = savedSettings(runtime);
      if (/Chưa lưu được thiết lập/.test(message)) expect(saved, `${where}: the previous settings are kept whole`).toEqual(previous);
      else expect(saved, `${where}: the new settings are in place`).toEqual(next);
    }
  });
});
