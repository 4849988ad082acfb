import type { CustomFunctionSpec } from '../spec';
import { THADS_RATE } from './rate';
import { THADS_GAP } from './gap';
import { THADS_NEEDED } from './needed';
import { THADS_PROGRESS } from './progress';
import { THADS_YOY } from './yoy';
import { THADS_BACKLOG } from './backlog';
import { THADS_RANK } from './rank';
import { THADS_NUMBER } from './number';
import { THADS_MONEY } from './money';
import { THADS_SENTENCE } from './sentence';
import { THADS_GRADE } from './grade';

/** Cell-by-cell and column functions (THADS_RATE, THADS_GAP, …), in the README's order. */
export const cellFunctions: CustomFunctionSpec[] = [
  THADS_RATE,
  THADS_GAP,
  THADS_NEEDED,
  THADS_PROGRESS,
  THADS_YOY,
  THADS_BACKLOG,
  THADS_RANK,
  THADS_NUMBER,
  THADS_MONEY,
  THADS_SENTENCE,
  THADS_GRADE,
];
