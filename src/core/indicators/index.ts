/** The indicator engine (domain §4). */
export { completionRate } from './completionRate';
export { targetGap, progressGap, progressTarget, targetMet } from './targetGap';
export { rateChange, absoluteChange, relativeChange } from './yearOverYear';
export { backlogReduction } from './backlogReduction';
export { perOfficer } from './workload';
export { share } from './share';
export { countTargetsMet } from './targetsMet';
export { computeMeasureIndicators } from './computeMeasureIndicators';
export { computeUnitIndicators } from './computeUnitIndicators';
export type { IndicatorOptions, MeasureIndicators, UnitIndicators } from './types';
export { defaultIndicatorOptions } from './defaultOptions';
