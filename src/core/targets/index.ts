/** Targets (chỉ tiêu): national defaults by year. */
export { NATIONAL_TARGETS, nationalTargets } from './nationalTargets';
