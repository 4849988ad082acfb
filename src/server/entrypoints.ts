/**
 * Every server function Apps Script must see as a top-level declaration: triggers, menu actions
 * and the functions the sidebar calls. The build generates one stub per entry, delegating to the
 * bundle; the sidebar's typed client is checked against the same names.
 */
export interface EntryPoint {
  /** Top-level name; must not end in "_" (Apps Script would make it private). */
  name: string;
  kind: 'trigger' | 'menu' | 'rpc';
  /** Vietnamese description, written into the stub's JSDoc. */
  description: string;
  /** Parameter names of the stub. */
  params: string[];
  fn: (...args: any[]) => unknown;
}

export const entrypoints: EntryPoint[] = [];
