import { describe, expect, it } from 'vitest';
import { createRpcClient, describeFailure, MAX_IN_FLIGHT, RpcError, type ScriptRunner } from '../../src/pages/sidebar/rpc-client';

/** A google.script.run stand-in whose calls stay pending until the test settles them. */
function fakeRun() {
  const pending: Array<{ name: string; arg: unknown; ok(v: unknown): void; fail(e: unknown): void }> = [];
  const runner = (ok: (v: unknown) => void = () => {}, fail: (e: unknown) => void = () => {}): ScriptRunner =>
    new Proxy({} as any, {
      get(_, name: string) {
        if (name === 'withSuccessHandler') return (f: any) => runner(f, fail);
        if (name === 'withFailureHandler') return (f: any) => runner(ok, f);
        if (name === 'sidebarGetState' || name === 'sidebarMakeReport') return (arg: unknown) => pending.push({ name, arg, ok, fail });
        return undefined;
      },
    });
  return { pending, getRunner: () => runner() };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the typed client over google.script.run', () => {
  it('resolves with what the server returned, sending the request as the one argument', async () => {
    const run = fakeRun();
    const rpc = createRpcClient(run.getRunner);
    const p = rpc.call('sidebarGetState', { sheet: 'Thống kê' });
    expect(run.pending.map((c) => [c.name, c.arg])).toEqual([['sidebarGetState', { sheet: 'Thống kê' }]]);
    run.pending[0]!.ok({ ok: false, message: 'Không tìm thấy bảng' });
    await expect(p).resolves.toEqual({ ok: false, message: 'Không tìm thấy bảng' });
  });

  it('keeps at most 10 calls in flight and starts the next as one ends', async () => {
    expect(MAX_IN_FLIGHT).toBe(10);
    const run = fakeRun();
    const rpc = createRpcClient(run.getRunner);
    const all = Array.from({ length: 15 }, (_, i) => rpc.call('sidebarGetState', { sheet: `S${i}` }));
    const settledAll = Promise.allSettled(all);
    expect(run.pending).toHaveLength(10);
    expect(rpc.inFlight()).toBe(10);
    run.pending[0]!.ok(1);
    run.pending[1]!.fail(new Error('x'));
    await flush();
    expect(run.pending).toHaveLength(12);
    expect(run.pending[11]!.arg).toEqual({ sheet: 'S11' });
    for (const c of run.pending.slice(2)) c.ok(2);
    await flush();
    for (const c of run.pending.slice(12)) c.ok(3);
    const settled = await settledAll;
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(14);
    expect(rpc.inFlight()).toBe(0);
  });

  it('rejects a server failure with a plain Vietnamese message and keeps the raw text', async () => {
    const run = fakeRun();
    const rpc = createRpcClient(run.getRunner);
    const p = rpc.call('sidebarMakeReport', {} as any);
    run.pending[0]!.fail(new Error('Exceeded maximum execution time'));
    const e = await p.catch((x) => x);
    expect(e).toBeInstanceOf(RpcError);
    expect(e.message).toBe('Hết thời gian chạy cho phép (6 phút). Hãy thử lại, hoặc chọn một vùng nhỏ hơn.');
    expect(e.detail).toBe('Exceeded maximum execution time');
  });

  it('rejects (never hangs) when the server function does not exist', async () => {
    const run = fakeRun();
    const rpc = createRpcClient(run.getRunner);
    const e = await rpc.call('sidebarDetect', {} as any).catch((x) => x);
    expect(e).toBeInstanceOf(RpcError);
    expect(e.message).toContain('sidebarDetect');
    expect(rpc.inFlight()).toBe(0);
  });
});

describe('failures in plain Vietnamese', () => {
  it('passes a message already written in Vietnamese through unchanged', () => {
    expect(describeFailure(new Error('Dòng 3, cột 2 của vùng: «abc» không phải số.'))).toBe('Dòng 3, cột 2 của vùng: «abc» không phải số.');
  });

  it('explains a lost connection, missing authorization and a held lock', () => {
    expect(describeFailure(new Error('NetworkError: Connection failure due to HTTP 0'))).toMatch(/^Mất kết nối/);
    expect(describeFailure(new Error('Authorization is required to perform that action.'))).toMatch(/chưa được cấp quyền/);
    expect(describeFailure(new Error('Lock timeout: another process was holding the lock for too long.'))).toMatch(/báo cáo khác đang được ghi/);
  });

  it('says the server failed, quoting an English message it cannot translate', () => {
    expect(describeFailure(new Error('TypeError: Cannot read properties of undefined'))).toBe('Máy chủ báo lỗi: Cannot read properties of undefined');
    expect(describeFailure(undefined)).toBe('Máy chủ báo lỗi không rõ nguyên nhân. Hãy thử lại.');
  });
});
