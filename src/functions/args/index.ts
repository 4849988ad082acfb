/** Argument handling of the custom functions: shapes, coercion, the cell-by-cell interpreter. */
export { argShape, commonShape, type ArgShape } from './shape';
export { coerceCell, type Coerced } from './coerce';
export { cellLocation } from './location';
export { runCellFunction, NOT_A_FINITE_RESULT } from './cellwise';
export { scalarText } from './scalarText';
