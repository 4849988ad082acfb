import type { CustomFunctionSpec } from '../spec';
import { THADS_CHECK } from './check';
import { THADS_DIFF } from './diff';
import { THADS_SUMMARY } from './summary';

/** Whole-table functions (THADS_SUMMARY, THADS_CHECK, THADS_DIFF). */
export const tableFunctions: CustomFunctionSpec[] = [THADS_SUMMARY, THADS_CHECK, THADS_DIFF];
