/**
 * The parameter lists of a real Apps Script interface's methods, with any return type: a class
 * declared `implements Accepts<Range, 'getValues' | …>` accepts every call the add-on type-checks
 * against @types/google-apps-script, without having to implement hundreds of methods.
 */
export type Accepts<I, K extends keyof I> = {
  [P in K]: I[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : never;
};
