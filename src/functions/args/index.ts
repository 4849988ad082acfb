/** Argument handling of the custom functions: shapes, coercion, cell-by-cell broadcasting. */
export { argShape, commonShape, type ArgShape } from './shape';
export { coerceCell, type CellArgKind, type Coerced } from './coerce';
export { cellLocation } from './location';
export { cellwise, type CellArg, type CellwiseSpec } from './cellwise';
export { scalarText } from './scalarText';
