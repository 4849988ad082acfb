/**
 * RPC argument tampering (issue 6, item 5; SECURITY.md): anyone with the document open can call the
 * sidebar's server functions from the browser console with any argument. Each server function must
 * validate its request with the contract's zod/mini schema (src/shared/rpc.ts): a request the schema
 * refuses gets `{ ok: false, message }` in Vietnamese and NOTHING is written (no sheet, no cell, no
 * saved setting); a request it accepts still leaves the user's sheets alone.
 *
 * Requests are made by breaking one part of a valid request at random (a value replaced by any JSON
 * value, a key removed, a key added), then sent as google.script.run sends them (serialized JSON).
 */
import fc from 'fast-check';
import { runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { entrypoints } from '../../src/server/entrypoints';
import { requestSchemas, type ReportSettings, type RpcName } from '../../src/shared/rpc';
import { runtimeOver, snapshotDocument, snapshotWorkbook, userSheetChanges, type AppsScriptRuntime } from '../reliability/harness';
import { DATA_SHEET, reportSettings, userWorkbook } from '../reliability/userWorkbook';
import { messageProblem, thrownMessage } from '../reliability/vietnameseMessage';

const source: ReportSettings['source'] = {
  sheet: DATA_SHEET,
  range: null,
  mapping: { labelColumn: 1, headerEnd: 4, columns: [{ column: 3, role: { kind: 'quantity', measure: 'viec', key: 'enforceable' } }] },
};

/** A valid request of each sidebar function, with every optional part filled so each can be broken. */
const VALID: Record<RpcName, unknown> = {
  sidebarGetState: { sheet: DATA_SHEET },
  sidebarDetect: { source, moneyUnit: 'nghin', notRanked: ['Chi cục THADS huyện C'] },
  sidebarSaveSettings: reportSettings({ source, comparison: { sheet: DATA_SHEET, range: 'A1:H9' }, notRanked: ['Chi cục THADS huyện C'] }),
  sidebarCreateTargetsSheet: { source, year: 2020, viec: 0.8, tien: 0.38, addMissing: true },
  sidebarCreateGradeSheet: {},
  sidebarCreateUnitMappingSheet: { settings: reportSettings({ source, comparison: { sheet: DATA_SHEET, range: 'A1:H9' }, notRanked: ['Chi cục THADS huyện C'] }) },
  sidebarMakeReport: reportSettings({ rankBy: { kind: 'weighted', weightViec: 0.7, weightTien: 0.3 }, moneyUnit: 'nghin', tienSource: { sheet: DATA_SHEET, range: 'A1:H9' }, consolidate: { sheets: [DATA_SHEET] } }),
  sidebarSetLanguage: { language: 'en' },
  sidebarClosePeriod: { settings: reportSettings(), closedBy: 'Nguyễn Văn A' },
  sidebarRemoveClose: { close: 1, confirmed: true },
};

type Path = (string | number)[];

/** Every path into a JSON value (the root included), objects and arrays as well as leaves. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const out: Path[] = [path];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...path, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...path, k]));
  return out;
}

type Mutation = { kind: 'replace'; at: number; value: unknown } | { kind: 'delete'; at: number } | { kind: 'addKey'; at: number; key: string; value: unknown };

function mutate(valid: unknown, m: Mutation): unknown {
  const copy = JSON.parse(JSON.stringify(valid)) as unknown;
  const paths = pathsOf(copy);
  const path = paths[m.at % paths.length]!;
  if (path.length === 0) return m.kind === 'replace' ? m.value : copy;
  const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], copy);
  const last = path[path.length - 1]!;
  if (m.kind === 'replace') parent[last] = m.value;
  else if (m.kind === 'delete') Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last];
  else {
    const target = parent[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) target[m.key] = m.value;
  }
  return copy;
}

/** Values a tampered request may carry. */
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(-1, 1e308, 2.5, 0, '', ' ', 'Thống kê', '__proto__', 'x'.repeat(5000), [], {}, null, true, Array.from({ length: 1500 }, () => 'a')),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('addKey' as const), at: fc.nat(), key: fc.constantFrom('__proto__', 'constructor', 'extra', 'toString'), value: hostileValue }),
);

function send(runtime: AppsScriptRuntime, name: string, request: unknown): { returned: unknown } | { thrown: string } {
  const json = JSON.stringify(request);
  const arg = json === undefined ? undefined : (runInContext('JSON.parse', runtime.context) as (s: string) => unknown)(json);
  try {
    return { returned: runtime.call(name, arg) };
  } catch (e) {
    return { thrown: thrownMessage(e) };
  }
}

const rpcNames = entrypoints.filter((e) => e.kind === 'rpc').map((e) => e.name as RpcName);

describe('the sidebar functions and the contract', () => {
  it('are the same set: each server function has a request schema to validate with', () => {
    expect(rpcNames.length).toBeGreaterThan(0);
    expect(Object.keys(requestSchemas()).sort()).toEqual([...rpcNames].sort());
  });

  it.each(rpcNames.map((n) => [n] as const))('the valid request of %s used below is accepted by its schema', (name) => {
    expect(requestSchemas()[name].safeParse(VALID[name]).success).toBe(true);
  });
});

describe.each(rpcNames.map((n) => [n] as const))('%s with a tampered request', (name) => {
  it('refuses what its schema refuses, in Vietnamese, writing nothing; never touches a user sheet', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const request = mutate(VALID[name], m);
        const workbook = userWorkbook();
        const users = snapshotWorkbook(workbook);
        const before = JSON.stringify({ doc: snapshotDocument(workbook), props: workbook.documentProperties });
        const runtime = await runtimeOver(workbook);
        const outcome = send(runtime, name, request);
        const valid = requestSchemas()[name].safeParse(JSON.parse(JSON.stringify(request ?? null))).success;

        expect(userSheetChanges(users, workbook)).toEqual([]);
        expect(runInContext('({}).polluted === undefined && Object.prototype.extra === undefined', runtime.lastContext!)).toBe(true);
        if (valid) return;
        refused++;
        expect(outcome, JSON.stringify(request).slice(0, 200)).toHaveProperty('returned.ok', false);
        expect(messageProblem((outcome as { returned: { message: unknown } }).returned.message)).toBeNull();
        expect(JSON.stringify({ doc: snapshotDocument(workbook), props: workbook.documentProperties })).toBe(before);
      }),
      // A fixed seed: how many of the 40 draws are invalid must not depend on the day's luck.
      { numRuns: 40, seed: 20261202 },
    );
    expect(refused, 'most tampered requests are invalid ones').toBeGreaterThan(8);
  });

  it('refuses a request that would pollute Object.prototype, and nothing is polluted', async () => {
    const workbook = userWorkbook();
    const runtime = await runtimeOver(workbook);
    const valid = JSON.stringify(VALID[name]);
    const json = `{"__proto__":{"polluted":"có"}${valid === '{}' ? '}' : `,${valid.slice(1)}`}`;
    const arg = (runInContext('JSON.parse', runtime.context) as (s: string) => unknown)(json);
    try {
      runtime.call(name, arg);
    } catch {
      // a refusal either way; what matters is below
    }
    expect(runInContext('({}).polluted', runtime.lastContext!)).toBeUndefined();
  });
});
