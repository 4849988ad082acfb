/**
 * A typed Promise client over google.script.run (gọi máy chủ Apps Script). Each call is checked
 * against the contract of src/shared/rpc.ts; at most 10 calls are in flight (Apps Script's limit),
 * the others wait in order; a failure (a thrown server error, a lost connection, the 6-minute
 * limit) rejects with an RpcError whose message is plain Vietnamese.
 *
 * @example
 * const rpc = createRpcClient(() => google.script.run);
 * const state = await rpc.call('sidebarGetState', { sheet: null });
 */
import type { RpcContract, RpcName } from '../../shared/rpc';

/** The part of google.script.run the client uses (a runner is single-use: handlers, then the call). */
export interface ScriptRunner {
  withSuccessHandler(fn: (value: any) => void): ScriptRunner;
  withFailureHandler(fn: (error: any) => void): ScriptRunner;
}

export type Request<N extends RpcName> = RpcContract[N]['request'];
export type Response<N extends RpcName> = RpcContract[N]['response'];

/** A failed call; `message` is for the user (Vietnamese), `detail` the raw server text for support. */
export class RpcError extends Error {
  readonly detail: string;
  constructor(message: string, detail: string) {
    super(message);
    this.name = 'RpcError';
    this.detail = detail;
  }
}

/** Apps Script allows ten concurrent google.script.run calls per page. */
export const MAX_IN_FLIGHT = 10;

/** Vietnamese letters that English has not: a server message containing them is already for the user. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

/** A failure as the server or the browser reported it → a sentence the user can act on. */
export function describeFailure(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const text = raw.replace(/^(Exception|Error|ScriptError|TypeError):\s*/i, '');
  if (/maximum execution time|exceeded maximum/i.test(text)) {
    return 'Hết thời gian chạy cho phép (6 phút). Hãy thử lại, hoặc chọn một vùng nhỏ hơn.';
  }
  if (/network|failed to fetch|connection|NetworkError|offline/i.test(text)) {
    return 'Mất kết nối tới máy chủ Google. Hãy kiểm tra mạng rồi thử lại.';
  }
  if (/authori[sz]ation|permission|quyền truy cập/i.test(text)) {
    return 'Tiện ích chưa được cấp quyền cho bảng tính này. Hãy mở lại tiện ích từ menu Tiện ích mở rộng.';
  }
  if (/\block\b|timed out waiting/i.test(text) && !VIETNAMESE.test(text)) {
    return 'Một báo cáo khác đang được ghi vào bảng tính. Hãy đợi giây lát rồi thử lại.';
  }
  if (text && VIETNAMESE.test(text)) return text;
  return text ? `Máy chủ báo lỗi: ${text}` : 'Máy chủ báo lỗi không rõ nguyên nhân. Hãy thử lại.';
}

export interface RpcClient {
  call<N extends RpcName>(name: N, request: Request<N>): Promise<Response<N>>;
  /** Calls running now (for tests and the busy indicator). */
  inFlight(): number;
}

/** `getRunner` returns a fresh google.script.run for each call (a runner keeps its handlers). */
export function createRpcClient(getRunner: () => ScriptRunner, maxInFlight: number = MAX_IN_FLIGHT): RpcClient {
  let running = 0;
  const queue: Array<() => void> = [];

  const next = () => {
    while (running < maxInFlight && queue.length > 0) {
      const start = queue.shift()!;
      running += 1;
      start();
    }
  };

  function call<N extends RpcName>(name: N, request: Request<N>): Promise<Response<N>> {
    return new Promise<Response<N>>((resolve, reject) => {
      queue.push(() => {
        const settle = () => {
          running -= 1;
          next();
        };
        try {
          const runner = getRunner()
            .withSuccessHandler((value: Response<N>) => {
              settle();
              resolve(value);
            })
            .withFailureHandler((error: unknown) => {
              settle();
              reject(new RpcError(describeFailure(error), error instanceof Error ? error.message : String(error)));
            }) as unknown as Record<string, ((arg: unknown) => void) | undefined>;
          const fn = runner[name];
          if (typeof fn !== 'function') throw new Error(`no server function ${name}`);
          fn.call(runner, request);
        } catch (e) {
          settle();
          reject(new RpcError(`Không gọi được chức năng «${name}» của máy chủ. Hãy tải lại tiện ích.`, String(e)));
        }
      });
      next();
    });
  }

  return { call, inFlight: () => running };
}
