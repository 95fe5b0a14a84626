import { searchTerms, type Analyzer } from './normalize';

/** A piece of a result's excerpt: text, marked when it matches the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Splits a result's excerpt (a guide's answer, a page's description) into text and the words
 * that match the query's terms, so the page can wrap those in <mark> without building HTML
 * from strings. A word matches when any of its terms is one of the query's.
 */
export function markExcerpt(text: string, queryTerms: ReadonlySet<string>, analyzer: Analyzer): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu)) {
    const word = match[0];
    if (!searchTerms(word, analyzer).some((term) => queryTerms.has(term))) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index), mark: false });
    segments.push({ text: word, mark: true });
    last = match.index + word.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}
