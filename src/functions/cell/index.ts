import type { CustomFunctionSpec } from '../spec';

/** Cell-by-cell and column functions (THADS_RATE, THADS_GAP, …). */
export const cellFunctions: CustomFunctionSpec[] = [];
