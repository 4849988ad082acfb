/** sidebarClosePeriod and sidebarRemoveClose: close a period, remove a close (src/server/close/). */
export { closePeriod } from '../close/closePeriod';
export { removeClose } from '../close/removeClose';
