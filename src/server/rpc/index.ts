/** The sidebar's server functions (the contract of src/shared/rpc.ts), one file each. */
export { getState, nationalTargetList } from './getState';
export { detect } from './detect';
export { saveSettingsRpc } from './saveSettings';
export { createTargetsSheet } from './createTargetsSheet';
export { createGradeSheet } from './createGradeSheet';
export { createUnitMappingSheet } from './createUnitMappingSheet';
export { makeReportRpc } from './makeReport';
export { setLanguage, userLanguage } from './language';
export { rpc } from './validate';
export { closePeriod, removeClose } from './closePeriod';
