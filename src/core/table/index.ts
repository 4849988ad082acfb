/** Reading the sheets agencies keep (domain §7): table detection and column mapping. */
export { detectTable } from './detectTable';
export { headerConcept, headerMeasure } from './headerConcept';
export { classifyColumn } from './classifyColumn';
export { explicitMappingSchema, columnRoleSchema } from './types';
export type { DetectedTable, DetectionResult, DetectOptions, ExplicitMapping, MergeRange } from './types';
