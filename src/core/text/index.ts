/** Report language (domain §8): sentences in the agencies' style. */
export { foldVietnamese, isUnaccented, normalizeText } from './normalize';
export { unitKey } from './unitKey';
export { shownPoints } from './shownPoints';
export { measureSentence, type SentenceOptions } from './measureSentence';
export { unitSentence } from './unitSentence';
export { wholeSentence } from './wholeSentence';
