import { requestSchemas, type RpcContract, type RpcFailure, type RpcName } from '../../shared/rpc';
import { describeIssue } from '../settings/settingsStore';
import { answerOrFailure } from '../answerOrFailure';
import type { SheetsPort } from '../port';

/** A server function of the sidebar, given the port and its already-validated request. */
export type RpcHandler<N extends RpcName> = (port: SheetsPort, request: RpcContract[N]['request']) => RpcContract[N]['response'];

/**
 * Wraps a handler so that every argument is validated with the contract's zod/mini schema before it
 * is used (kiểm tra dữ liệu gửi lên), and expected failures become `{ ok: false, message }`.
 *
 * @example rpc('sidebarDetect', detect)(port, { source: 42 }) // { ok: false, message: "Yêu cầu không hợp lệ: …" }
 */
export function rpc<N extends RpcName>(name: N, handler: RpcHandler<N>) {
  return (port: SheetsPort, request: unknown): RpcContract[N]['response'] | RpcFailure => {
    const parsed = requestSchemas()[name].safeParse(request);
    if (!parsed.success) return { ok: false, message: `Yêu cầu không hợp lệ: ${describeIssue(parsed.error.issues)}.` };
    return answerOrFailure(() => handler(port, parsed.data as RpcContract[N]['request']));
  };
}
