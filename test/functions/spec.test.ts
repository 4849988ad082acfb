/**
 * The declaration types (src/functions/spec.ts): `compute` receives each argument typed from its
 * parameter's kind, so no body needs a cast. Checked by `npm run typecheck` (expectTypeOf) and run.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { cellFunction, type CellValues } from '../../src/functions/spec';
import { THADS_RATE } from '../../src/functions/cell/rate';
import { guard } from '../../src/functions/guard';

describe('cell function declarations', () => {
  it('type compute from the declared kinds: THADS_RATE gets (number, number, number | null)', () => {
    expectTypeOf(THADS_RATE.compute).parameters.toEqualTypeOf<[number, number, number | null]>();
    type Params = readonly [
      { name: 'a'; description: ''; example: ''; kind: 'text' },
      { name: 'b'; description: ''; example: ''; kind: 'setting'; optional: true },
      { name: 'c'; description: ''; example: ''; kind: 'percents'; optional: true },
    ];
    expectTypeOf<CellValues<Params>>().toEqualTypeOf<[string | number, number | null]>();
  });

  it('are run by the interpreter from their parameter list: arity, optional blanks, settings read once', () => {
    let prepared = 0;
    const TWICE = cellFunction({
      name: 'THADS_TWICE',
      description: '',
      summaryEn: '',
      mode: 'cell',
      params: [
        { name: 'value', description: '', example: '', kind: 'numbers' },
        { name: 'offset', description: '', example: '', kind: 'numbers', optional: true },
        { name: 'unit', description: '', example: '', kind: 'setting', optional: true },
      ],
      returns: '',
      examples: [],
      errors: 'cell',
      prepare(unit) {
        prepared++;
        return (value, offset) => value * 2 + (offset ?? 0) + (unit === 'nghìn' ? 1000 : 0);
      },
    });
    const run = guard(TWICE);
    expect(run([[1], [2], ['']], '', ' nghìn ')).toEqual([[1002], [1004], ['']]);
    expect(prepared).toBe(1);
    expect(run(3, 1)).toBe(7);
    expect(() => run()).toThrow('THADS_TWICE: thiếu đối số value.');
    expect(() => run(1, 2, [['a'], ['b']])).toThrow('THADS_TWICE: đối số unit phải là một ô, không phải một vùng.');
  });
});
