/** Report language (domain §8): sentences in the agencies' style. */
export { foldVietnamese, normalizeLabel, isUnaccented } from './foldVietnamese';
export { shownPoints } from './shownPoints';
export { measureSentence, type SentenceOptions } from './measureSentence';
export { unitSentence } from './unitSentence';
export { wholeSentence } from './wholeSentence';
