/**
 * Editors' best bets (content/search/<lang>/best-bets.yaml) are keyed by a query's terms, not
 * its spelling: the distinct terms, sorted, so word order and word forms do not matter
 * («образец претензии» = «претензия образец» = «образцы претензий»).
 */
export function bestBetKey(terms: string[]): string {
  return [...new Set(terms)].sort().join(' ');
}
