import { describe, expect, it } from 'vitest';
import { lazy } from '../../src/core/lazy';

describe('lazy — a value built on first use, then kept', () => {
  it('builds nothing until asked, then once', () => {
    let builds = 0;
    const value = lazy(() => {
      builds++;
      return { built: builds };
    });
    expect(builds).toBe(0);
    const first = value();
    expect(value()).toBe(first);
    expect(builds).toBe(1);
  });

  it('keeps a falsy value too', () => {
    let builds = 0;
    const zero = lazy(() => {
      builds++;
      return 0;
    });
    zero();
    zero();
    expect(builds).toBe(1);
  });
});
