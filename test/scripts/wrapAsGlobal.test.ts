import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { wrapAsGlobal } from '../../scripts/build';

describe('wrapAsGlobal — esbuild’s ESM bundle as the one declaration Apps Script loads', () => {
  it('returns the exports under the global name, evaluated once, strict', () => {
    const script = wrapAsGlobal('var n=0;function f(){return this}function g(){return++n}var k=g();export{f as self,g as next,k as first};\n', 'G');
    expect(script.startsWith('"use strict";var G=(()=>{')).toBe(true);
    const context = createContext({});
    runInContext(script, context);
    expect(runInContext('[G.first, G.next(), Object.keys(G).join(), G.self.call(undefined) === undefined]', context)).toEqual([1, 2, 'self,next,first', true]);
  });

  it('refuses a bundle that imports or re-exports: Apps Script has no modules', () => {
    expect(() => wrapAsGlobal('import x from "y";export{x};', 'G')).toThrow(/import nothing/);
    expect(() => wrapAsGlobal('export{x}from"y";', 'G')).toThrow(/import nothing/);
    expect(() => wrapAsGlobal('var a=1;', 'G')).toThrow(/import nothing/);
  });
});
