import type { Locale } from '../locales';
import { foldWord, words } from './fold';
import { analyze, foldedWords, indexTerms, searchTerms, type AnalyzerData } from './normalize';
import { analyzerData, analyzerFor } from './language-data';
import { bestBetKey } from './best-bets';

/**
 * The search index of one language, written at build time to
 * `/<lang>/rights/search/index.json` and read whole by the search page: one request answers
 * every query, online or offline. Each page carries its terms per field (title, keywords,
 * answer, body), so the scorer can tell a page that is about the query from one that
 * mentions it in passing.
 */

/** The kinds of page search can return: the four entry collections, the tools, topic and standalone pages. */
/** `learn`: the self-check quizzes and the trainers' kit. */
export type SearchKind = 'lifehacks' | 'infographics' | 'videos' | 'flyers' | 'tool' | 'topic' | 'page' | 'learn';

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
  /** The kinds of things the title names that the law treats apart (medical, underwear): a page about the kind the query names ranks higher. */
  g: string;
}

export interface SearchIndex {
  locale: Locale;
  /** The language's analyser (lexicon, synonyms, stop words): the query is read with the rules the pages were. */
  analyzer: AnalyzerData;
  pages: IndexedPage[];
  /**
   * The site's words for typo correction, each in its commonest written form (қайтару, not the
   * folded кайтару, so "Did you mean" can restore the letters), most frequent first,
   * space-separated: one list serves correction, ranking of candidates and spelling.
   */
  words: string;
  /** Best-bet key (the query's sorted terms) → index of the pinned page. */
  bestBets: Record<string, number>;
}

/** Builds a language's index from its pages and pins. Pure: the caller reads the content. */
export function buildSearchIndex(locale: Locale, sources: SearchSource[], bestBets: BestBetSource[]): SearchIndex {
  const analyzer = analyzerFor(locale);
  const pages = sources.map((source): IndexedPage => {
    const title = analyze(source.title, analyzer);
    const named = (role: string) =>
      [...new Set(title.filter((term) => term.role === role).map(({ term }) => term))].join(' ');
    return {
      url: source.url,
      title: source.title,
      type: source.type,
      kind: source.kind,
      excerpt: source.excerpt,
      t: indexTerms(source.title, analyzer),
      k: indexTerms(source.keywords.join(' \n '), analyzer),
      a: indexTerms(source.answer, analyzer),
      b: indexTerms(source.body, analyzer),
      h: named('thing'),
      g: named('apart'),
    };
  });
  const counts = new Map<string, number>();
  const written = new Map<string, Map<string, number>>();
  for (const source of sources) {
    const text = [source.title, source.answer, source.keywords.join(' '), source.body].join(' \n ');
    const meaningful = new Set(foldedWords(text, analyzer));
    for (const word of words(text)) {
      const folded = foldWord(word);
      if (!meaningful.has(folded)) continue;
      counts.set(folded, (counts.get(folded) ?? 0) + 1);
      const forms = written.get(folded) ?? new Map<string, number>();
      written.set(folded, forms.set(word, (forms.get(word) ?? 0) + 1));
    }
  }
  const commonest = (forms: Map<string, number>) =>
    [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  const vocabulary = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([folded]) => commonest(written.get(folded)!))
    .join(' ');
  const byUrl = new Map(pages.map((page, i) => [page.url, i]));
  const pins: Record<string, number> = {};
  for (const bet of bestBets) {
    const page = byUrl.get(bet.url);
    if (page === undefined)
      throw new Error(`best bet «${bet.query}»: no page ${bet.url} in the ${locale} search index`);
    pins[bestBetKey(searchTerms(bet.query, analyzer))] = page;
  }
  return { locale, analyzer: analyzerData(locale), pages, words: vocabulary, bestBets: pins };
}
