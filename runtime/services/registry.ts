/** One SheetImpl per sheet model and runtime, so `sheet === sheet` holds across calls. */
import type { SheetModel } from '../model/sheet';
import type { Env } from './env';
import { SheetImpl } from './sheet';

const impls = new WeakMap<Env, WeakMap<SheetModel, SheetImpl>>();

export function sheetImpl(env: Env, model: SheetModel): SheetImpl {
  let m = impls.get(env);
  if (!m) {
    m = new WeakMap();
    impls.set(env, m);
  }
  let s = m.get(model);
  if (!s) {
    s = new SheetImpl(env, model);
    m.set(model, s);
  }
  return s;
}
