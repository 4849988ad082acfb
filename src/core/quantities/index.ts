/** Quantities and the identities between them (domain §3). */
export { deriveQuantities, type DerivedQuantities } from './deriveQuantities';
export { ratio } from './ratio';
