import { cellFunctions } from './cell/index';
import { tableFunctions } from './table/index';
import type { CustomFunctionSpec } from './spec';

/** Every custom function of the add-on, in the order the README lists them. */
export const registry: readonly CustomFunctionSpec[] = [...cellFunctions, ...tableFunctions];
