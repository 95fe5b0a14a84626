import type { Locale } from '../locales';
import { foldWord, words } from './fold';
import { analyze, foldedWords, indexTerms, searchTerms, type AnalyzerData } from './normalize';
import { analyzerData, analyzerFor } from './language-data';

/**
 * The search index of one language, written at build time to
 * `/<lang>/rights/search/index.json` and read whole by the search page: one request answers
 * every query, online or offline. Each page carries its terms per field (title, keywords,
 * answer, body), so the scorer can tell a page that is about the query from one that
 * mentions it in passing.
 */

/** The kinds of page search can return: the four entry collections, the tools, topic and standalone pages. */
export type SearchKind = 'lifehacks' | 'infographics' | 'videos' | 'flyers' | 'tool' | 'topic' | 'page';

/** A page as the build describes it to the index, in typed fields. */
export interface SearchSource {
  url: string;
  title: string;
  /** The label shown above the result («Совет», «Инструмент»); also what the type filter matches. */
  type: string;
  kind: SearchKind;
  /** Shown under the title in results: a guide's answer, otherwise its description. */
  excerpt: string;
  keywords: string[];
  /** The answer or description: the words that say what the page answers. */
  answer: string;
  /** All other text of the page (steps, items, scenes, the MDX body without markup). */
  body: string;
}

/** One editors' pin: a query that must land on one page (content/search/<lang>/best-bets.yaml). */
export interface BestBetSource {
  query: string;
  url: string;
}

export interface IndexedPage {
  url: string;
  title: string;
  type: string;
  kind: SearchKind;
  excerpt: string;
  /** Distinct terms of the title, keywords, answer and body, space-separated. */
  t: string;
  k: string;
  a: string;
  b: string;
  /** The things the title names (пуховик, лекарство): a page specific to a thing the query does not name ranks lower. */
  h: string;
}

export interface SearchIndex {
  locale: Locale;
  /** The language's analyser (lexicon, synonyms, stop words): the query is read with the rules the pages were. */
  analyzer: AnalyzerData;
  pages: IndexedPage[];
  /** Folded word → how often it occurs: typo correction looks here. */
  vocabulary: Record<string, number>;
  /** Folded word → its written form where they differ (кайтару → қайтару), for "Did you mean". */
  spellings: Record<string, string>;
  /** Best-bet key (the query's sorted terms) → index of the pinned page. */
  bestBets: Record<string, number>;
}

/** A query's best-bet key: its distinct terms, sorted, so word order and word forms do not matter. */
export function bestBetKey(terms: string[]): string {
  return [...new Set(terms)].sort().join(' ');
}

/** Builds a language's index from its pages and pins. Pure: the caller reads the content. */
export function buildSearchIndex(locale: Locale, sources: SearchSource[], bestBets: BestBetSource[]): SearchIndex {
  const analyzer = analyzerFor(locale);
  const pages = sources.map((source) => ({
    url: source.url,
    title: source.title,
    type: source.type,
    kind: source.kind,
    excerpt: source.excerpt,
    t: indexTerms(source.title, analyzer),
    k: indexTerms(source.keywords.join(' \n '), analyzer),
    a: indexTerms(source.answer, analyzer),
    b: indexTerms(source.body, analyzer),
    h: [...new Set(analyze(source.title, analyzer).filter(({ role }) => role === 'thing').map(({ term }) => term))].join(' '),
  }));
  const vocabulary: Record<string, number> = {};
  const written: Record<string, Record<string, number>> = {};
  for (const source of sources) {
    const text = [source.title, source.answer, source.keywords.join(' '), source.body].join(' \n ');
    for (const word of foldedWords(text, analyzer)) vocabulary[word] = (vocabulary[word] ?? 0) + 1;
    for (const word of words(text)) {
      const folded = foldWord(word);
      if (folded !== word) (written[folded] ??= {})[word] = (written[folded]![word] ?? 0) + 1;
    }
  }
  const spellings: Record<string, string> = {};
  for (const [folded, forms] of Object.entries(written)) {
    const [best] = Object.entries(forms).sort((a, b) => b[1] - a[1])[0]!;
    if (folded in vocabulary) spellings[folded] = best;
  }
  const byUrl = new Map(pages.map((page, i) => [page.url, i]));
  const pins: Record<string, number> = {};
  for (const bet of bestBets) {
    const page = byUrl.get(bet.url);
    if (page === undefined) throw new Error(`best bet «${bet.query}»: no page ${bet.url} in the ${locale} search index`);
    pins[bestBetKey(searchTerms(bet.query, analyzer))] = page;
  }
  const sorted = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { locale, analyzer: analyzerData(locale), pages, vocabulary: sorted(vocabulary), spellings: sorted(spellings), bestBets: pins };
}
