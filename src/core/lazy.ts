/**
 * A value built on first use, then kept. Why: Apps Script runs the whole bundle's top-level code on
 * every custom-function call, and building the zod schemas there was most of that cost (about
 * 3 ms of a 13 ms cold start), though only the sidebar's server functions validate with them.
 *
 * @example const schema = lazy(() => z.object({ year: z.int() })); schema().safeParse({ year: 2020 })
 */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}
