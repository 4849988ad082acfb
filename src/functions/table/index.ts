import type { CustomFunctionSpec } from '../spec';

/** Whole-table functions (THADS_SUMMARY, THADS_CHECK, …). */
export const tableFunctions: CustomFunctionSpec[] = [];
