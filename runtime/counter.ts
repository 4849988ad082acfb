/**
 * Counts every method called on a service object (getters and builders included), keyed like
 * "Range.getValues", so a test or benchmark can measure how well the add-on batches its calls.
 */

export interface CallSnapshot {
  total: number;
  byMethod: Record<string, number>;
}

export class CallCounter {
  private counts = new Map<string, number>();
  private sum = 0;

  /** Every call counted since the last reset. */
  get total(): number {
    return this.sum;
  }

  count(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.sum++;
  }

  /** @example counter.byMethod()['Range.getValues'] // 1 */
  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Calls of one method (0 when never called). */
  of(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  reset(): void {
    this.counts.clear();
    this.sum = 0;
  }

  snapshot(): CallSnapshot {
    return { total: this.sum, byMethod: this.byMethod() };
  }

  /** The calls made since `before` was taken: only methods whose count grew. */
  since(before: CallSnapshot): CallSnapshot {
    const byMethod: Record<string, number> = {};
    for (const [k, v] of this.counts) {
      const d = v - (before.byMethod[k] ?? 0);
      if (d > 0) byMethod[k] = d;
    }
    return { total: this.sum - before.total, byMethod };
  }
}
