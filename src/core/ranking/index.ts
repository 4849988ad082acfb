/** Ranking of units (xếp hạng): competition ranks, totals rows, "5/15". */
export { competitionRanks } from './competitionRanks';
export { isTotalsLabel } from './isTotalsLabel';
export { rankText } from './rankText';
export { rankUnits } from './rankUnits';
