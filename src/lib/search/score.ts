import type { IndexedPage, SearchKind } from './search-index';
import type { Term, TermRole } from './normalize';

/**
 * How well a page answers a query: the sum, over the query's terms, of the term's weight
 * (what it is: a situation decides, a thing counts), its rarity on the site (idf) and the
 * best field it appears in (title, keywords, answer, body), scaled by how much of the query
 * the page covers. Every page that matches any term is a candidate: a page that happens to
 * contain every word in passing no longer beats the guide whose title answers the question.
 */

/**
 * Situation words decide, topic words (synonym groups) weigh next; a thing's kind counts least,
 * unless the law treats that kind apart (medicines, underwear: not returnable without a defect),
 * where the thing changes the answer almost as much as the situation does.
 */
export const ROLE_WEIGHT: Record<TermRole, number> = {
  situation: 3,
  apart: 2.5,
  topic: 2,
  thing: 1.2,
  word: 1,
  kind: 0.6,
};

/** Where a term is found: the title says what a page is about; the body only mentions. */
export const FIELD_WEIGHT = { t: 5, k: 4, a: 3, b: 1 } as const;
type Field = keyof typeof FIELD_WEIGHT;
/** How much a term found again in a page's other fields adds, per field weight. */
const OTHER_FIELDS = 0.2;
const FIELDS = Object.keys(FIELD_WEIGHT) as Field[];

/** A guide is the full answer, a tool the next action; a flyer only summarises. */
export const KIND_BOOST: Record<SearchKind, number> = {
  lifehacks: 1.15,
  tool: 1.1,
  infographics: 1,
  videos: 0.95,
  topic: 0.75,
  page: 0.9,
  flyers: 0.8,
  // A quiz asks what a guide answers: it comes after the guide unless the query asks for a test.
  learn: 0.7,
};

/**
 * A page whose title names a thing the query does not (a guide about down jackets, about
 * medicines) answers a more specific question than the one asked: it steps back a little.
 */
export const OTHER_THING = 0.8;

/**
 * A page whose title names a kind of thing the law treats apart (lexicon.ts `apart`), which the
 * query names too (a guide about medicines for «сироп не понадобился»), answers the question
 * that thing raises before the general rule does.
 */
export const SAME_KIND = 1.3;

/** An index ready to score: each page's fields as sets, and how many pages use each term. */
export interface PreparedIndex {
  pages: IndexedPage[];
  fields: Array<Record<Field, Set<string>>>;
  documentFrequency: Map<string, number>;
  /** Every term of every page: which words the site understands. */
  terms: Set<string>;
  /** Per page, the things its title names. */
  things: string[][];
  /** Per page, the kinds of things its title names. */
  kinds: string[][];
  /** Per page, how much a body match counts: less in a long page that mentions everything. */
  bodyWeight: number[];
}

export function prepareIndex(pages: IndexedPage[]): PreparedIndex {
  const documentFrequency = new Map<string, number>();
  const fields = pages.map((page) => {
    const sets = Object.fromEntries(
      FIELDS.map((field) => [field, new Set(page[field].split(' ').filter(Boolean))]),
    ) as Record<Field, Set<string>>;
    for (const term of new Set(FIELDS.flatMap((field) => [...sets[field]])))
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    return sets;
  });
  const things = pages.map((page) => page.h.split(' ').filter(Boolean));
  const kinds = pages.map((page) => page.g.split(' ').filter(Boolean));
  // A page's body weight falls with the square root of its length against the average (as in
  // BM25): a guide listing every kind of goods should not win each goods query in passing.
  const average = fields.reduce((sum, f) => sum + f.b.size, 0) / Math.max(1, fields.length) || 1;
  const bodyWeight = fields.map((f) => FIELD_WEIGHT.b * Math.min(1.5, Math.sqrt(average / Math.max(1, f.b.size))));
  return { pages, fields, documentFrequency, terms: new Set(documentFrequency.keys()), things, kinds, bodyWeight };
}

/** The situation of a defect: the lexicon's concept id (lexicon.ts). */
export const DEFECT = 'defect';
/** Situations about taking a thing back, where the exceptions of Art. 30 p.1 apply (lexicon.ts ids). */
export const RETURN_SITUATIONS = new Set(['return', 'exchange', 'unfit', 'non-returnable', 'no-defect']);

/**
 * The query's distinct terms, each with the highest weight it was given. A kind the law treats
 * apart decides only where its exception can apply: a question about taking the thing back
 * (or no situation named at all), and no defect — the exceptions of Art. 30 p.1 are for goods
 * without one. A broken phone case is a defect question; a fabric label is a label question.
 */
export function weightedTerms(terms: Term[]): Map<string, number> {
  const situations = terms.filter(({ role }) => role === 'situation').map(({ term }) => term);
  const exceptionApplies =
    !situations.includes(DEFECT) && (situations.length === 0 || situations.some((s) => RETURN_SITUATIONS.has(s)));
  const out = new Map<string, number>();
  for (const { term, role } of terms) {
    const weight = ROLE_WEIGHT[role === 'apart' && !exceptionApplies ? 'kind' : role];
    out.set(term, Math.max(out.get(term) ?? 0, weight));
  }
  return out;
}

/**
 * Rarity: a term on every page tells little («товар»); one on two pages tells more. Kept soft
 * (never near zero), so a situation word the whole site is about («вернуть») still decides.
 */
export function idf(documentFrequency: number, pageCount: number): number {
  return Math.log(1 + pageCount / documentFrequency);
}

/**
 * How much of a title the query asked for, 0…1: of two titles that both match, the one with
 * fewer other words is more about the query («Жарамай қалған тауарды қайтару» over «Дәріні
 * дәріханаға қайтару» for «ақша қайтару»). Numbers describe rather than name a topic.
 */
export function titlePrecision(title: Set<string>, terms: Map<string, number>): number {
  const words = [...title].filter((term) => !/\d/.test(term));
  if (words.length === 0) return 0;
  return words.filter((term) => terms.has(term)).length / words.length;
}

export interface Scored {
  page: number;
  score: number;
}

/** Every page that matches any of the terms, best first. */
export function scorePages(index: PreparedIndex, terms: Map<string, number>): Scored[] {
  const known = [...terms].filter(([term]) => index.documentFrequency.has(term));
  if (known.length === 0) return [];
  const weights = known.map(
    ([term, weight]) => [term, weight * idf(index.documentFrequency.get(term)!, index.pages.length)] as const,
  );
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  const scored: Scored[] = [];
  index.fields.forEach((fields, page) => {
    let score = 0;
    let covered = 0;
    for (const [term, weight] of weights) {
      const found = FIELDS.filter((field) => fields[field].has(term)).map((field) =>
        field === 'b' ? index.bodyWeight[page]! : FIELD_WEIGHT[field],
      );
      if (found.length === 0) continue;
      // The best field counts whole; the term again in other fields adds a little evidence.
      const best = Math.max(...found);
      score += weight * (best + OTHER_FIELDS * (found.reduce((sum, w) => sum + w, 0) - best));
      covered += weight;
    }
    if (score === 0) return;
    const coverage = covered / total;
    const about = 1 + 0.5 * titlePrecision(fields.t, terms);
    const things = index.things[page]!;
    const sameKind = index.kinds[page]!.some((kind) => (terms.get(kind) ?? 0) >= ROLE_WEIGHT.apart) ? SAME_KIND : 1;
    // «сироп» is not «лекарство», but the same kind the law treats apart: not another thing.
    const elsewhere =
      sameKind === 1 && things.length > 0 && !things.some((thing) => terms.has(thing)) ? OTHER_THING : 1;
    scored.push({
      page,
      score: score * (0.4 + 0.6 * coverage) * about * elsewhere * sameKind * KIND_BOOST[index.pages[page]!.kind],
    });
  });
  return scored.sort((a, b) => b.score - a.score || a.page - b.page);
}
