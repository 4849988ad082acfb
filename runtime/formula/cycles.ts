/** Circular references between our formulas, found as Sheets finds them: statically. */
import { intersects } from '../model/a1';
import type { SheetModel } from '../model/sheet';
import type { Job } from './job';
import { bucket } from './job';

export const CIRCULAR = 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.';

/** Formulas that read their own output, directly or through others: Sheets refuses them. */
export function inCycles(jobs: Job[]): Job[] {
  const outputs = new Map<SheetModel, Map<number, Job[]>>();
  for (const j of jobs) {
    const area = j.spill ?? { row: j.row, column: j.column, numRows: 1, numColumns: 1 };
    let bySheet = outputs.get(j.sheet);
    if (!bySheet) outputs.set(j.sheet, (bySheet = new Map()));
    for (let b = bucket(area.row); b <= bucket(area.row + area.numRows - 1); b++) {
      const list = bySheet.get(b);
      if (list) list.push(j);
      else bySheet.set(b, [j]);
    }
  }
  const deps = new Map<Job, Job[]>();
  for (const j of jobs) {
    const found = new Set<Job>();
    for (const ref of j.refs) {
      const bySheet = outputs.get(ref.sheet);
      if (!bySheet) continue;
      for (let b = bucket(ref.rect.row); b <= bucket(ref.rect.row + ref.rect.numRows - 1); b++) {
        for (const o of bySheet.get(b) ?? []) {
          const area = o.spill ?? { row: o.row, column: o.column, numRows: 1, numColumns: 1 };
          if (intersects(area, ref.rect)) found.add(o);
        }
      }
    }
    deps.set(j, [...found]);
  }
  // Iterative DFS; a job reached again while on the stack closes a cycle.
  const state = new Map<Job, 1 | 2>();
  const cyclic = new Set<Job>();
  for (const start of jobs) {
    if (state.has(start)) continue;
    const stack: { job: Job; next: number }[] = [{ job: start, next: 0 }];
    state.set(start, 1);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const list = deps.get(top.job)!;
      if (top.next < list.length) {
        const d = list[top.next++]!;
        const st = state.get(d);
        if (st === 1) {
          const from = stack.findIndex((f) => f.job === d);
          for (const f of stack.slice(from)) cyclic.add(f.job);
        } else if (st === undefined) {
          state.set(d, 1);
          stack.push({ job: d, next: 0 });
        }
      } else {
        state.set(top.job, 2);
        stack.pop();
      }
    }
  }
  return jobs.filter((j) => cyclic.has(j));
}
