/**
 * Chốt số liệu in the sidebar: the periods closed in this document (from getState), a button to close the
 * period of the last report (with an optional typed name of who closes it), and the explicit removal of
 * a close after a confirmation. Self-contained: its two server calls and its state are here, app.ts only
 * hands over the model, the client and its redraw.
 */
import { closedAtText } from '../../core/close/closedChangesText';
import type { ClosesView } from '../../shared/rpc';
import type { Model } from './app';
import { button, field, section, textInput } from './controls';
import { h } from './dom';
import type { RpcClient } from './rpc-client';

/** What the closes section may ask for. */
export interface CloseActions {
  closePeriod(): void;
  removeClose(close: number): void;
}

/** The name typed for the next close, kept across redraws. */
let closedBy = '';
/** The close section's own last message, and whether it was a failure. */
let said: { text: string; failed: boolean } | null = null;

/** The section's actions over the server; `draw` redraws the sidebar. */
export function closeActions(model: Model, rpc: RpcClient, draw: () => void): CloseActions {
  const apply = (closes: ClosesView) => {
    if (model.state) model.state.closes = closes;
  };
  const run = async (call: () => Promise<{ ok: true; message: string; closes: ClosesView } | { ok: false; message: string }>) => {
    if (model.busy) return;
    model.busy = 'report';
    said = null;
    draw();
    try {
      const r = await call();
      if (r.ok) apply(r.closes);
      said = { text: r.message, failed: !r.ok };
    } catch (e) {
      said = { text: e instanceof Error ? e.message : String(e), failed: true };
    }
    model.busy = null;
    draw();
  };
  return {
    closePeriod() {
      // The server closes the period of the saved settings: those of the last report made.
      void run(() => rpc.call('sidebarClosePeriod', { settings: null, closedBy: closedBy.trim() || null }));
    },
    removeClose(close) {
      const vi = model.lang === 'vi';
      const question = vi
        ? `Xóa lần chốt số ${close}? Các báo cáo sau sẽ không còn đối chiếu với lần chốt này (các dòng đã chốt vẫn được giữ trong trang chốt số liệu).`
        : `Remove close no. ${close}? Later reports will no longer compare with it (its rows stay in the snapshot sheet).`;
      if (!window.confirm(question)) return;
      void run(() => rpc.call('sidebarRemoveClose', { close, confirmed: true }));
    },
  };
}

/** The section: the closes, the button, the removal links. */
export function closesSection(model: Model, actions: CloseActions): HTMLElement | null {
  const state = model.state;
  if (!state) return null;
  const vi = model.lang === 'vi';
  const { closes, problem } = state.closes;
  const canClose = model.result !== null || state.settings !== null;
  return section(
    'sec-closes',
    vi ? 'Chốt số liệu' : 'Close the period',
    problem ? h('p', { className: 'msg warn', id: 'closes-problem', attrs: { lang: 'vi' } }, problem) : null,
    closes.length === 0
      ? h('p', { className: 'hint' }, vi ? 'Chưa có kỳ nào được chốt.' : 'No period closed yet.')
      : h(
          'ul',
          { id: 'closes' },
          closes.map((c) =>
            h(
              'li',
              null,
              `${vi ? 'Lần' : 'No.'} ${c.close}: ${c.month} ${vi ? 'tháng năm' : 'months of'} ${c.year} — ${closedAtText(c.closedAt)}${c.closedBy ? ` (${c.closedBy})` : ''} `,
              button(`remove-close-${c.close}`, vi ? 'Xóa' : 'Remove', () => actions.removeClose(c.close), { disabled: model.busy !== null }),
            ),
          ),
        ),
    field(vi ? 'Người chốt (không bắt buộc)' : 'Closed by (optional)', textInput('closed-by', closedBy, (v) => (closedBy = v), { maxlength: '100' })),
    button('close-period', vi ? 'Chốt số liệu kỳ này' : 'Close this period', () => actions.closePeriod(), { disabled: !canClose || model.busy !== null }),
    canClose ? null : h('p', { className: 'hint' }, vi ? 'Tạo báo cáo trước, rồi chốt số liệu kỳ đó.' : 'Make a report first, then close its period.'),
    said ? h('p', { className: said.failed ? 'msg error' : 'msg', id: 'close-message', attrs: { lang: 'vi', role: 'status' } }, said.text) : null,
  );
}
