/**
 * Re-ranks Pagefind's candidates with what Pagefind cannot know: that a query word found in a
 * page's title or keywords (in canonical form: «вернуть» counts as «возврат») means the page is
 * about it, and that a guide is the full answer while an infographic or flyer summarises one.
 * Pagefind's score stays the base, so body relevance still orders the rest.
 */
export interface Candidate {
  score: number;
  meta: Record<string, string | undefined>;
}

/** A guide first when scores are close; see the comment on the search component. */
export const KIND_BOOST: Record<string, number> = { lifehacks: 1.5, videos: 1.2, infographics: 1, flyers: 0.8 };

/** Same word, or the same first five letters: Russian endings differ («товар» / «товара»). */
function matches(term: string, field: string | undefined): boolean {
  if (!field) return false;
  return field.split(' ').some((word) => word === term || (term.length >= 5 && word.length >= 5 && word.slice(0, 5) === term.slice(0, 5)));
}

/** Share of the query terms found in a field, 0…1. */
export function coverage(terms: string[], field: string | undefined): number {
  if (terms.length === 0) return 0;
  return terms.filter((term) => matches(term, field)).length / terms.length;
}

/** Share of a field's words that the query asked for: a short title that is all query is most "about" it. */
export function precision(terms: string[], field: string | undefined): number {
  // Numbers («14», «42-4») describe rather than name the topic: they do not dilute a title.
  const words = field?.split(' ').filter((word) => word && !/\d/.test(word)) ?? [];
  if (words.length === 0) return 0;
  return words.filter((word) => terms.some((term) => matches(term, word))).length / words.length;
}

export function rerankScore(candidate: Candidate, terms: string[]): number {
  const { meta } = candidate;
  const title = coverage(terms, meta.titleterms) * (0.5 + 0.5 * precision(terms, meta.titleterms));
  const keywords = coverage(terms, meta.keywordterms);
  return candidate.score * (KIND_BOOST[meta.kind ?? ''] ?? 1) * (1 + 1.5 * title + 0.75 * keywords);
}

export function rerank<T extends Candidate>(candidates: T[], terms: string[]): T[] {
  return candidates
    .map((candidate) => ({ candidate, score: rerankScore(candidate, terms) }))
    .sort((a, b) => b.score - a.score)
    .map(({ candidate }) => candidate);
}
