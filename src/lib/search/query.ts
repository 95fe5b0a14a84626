import { foldWord, words } from './fold';
import { analyzeFolded, analyzerFrom, isStopWord, isUnderstood, lexiconWords, type Analyzer } from './normalize';
import { correctWords, type Vocabulary } from './typo';
import { prepareIndex, scorePages, weightedTerms, type PreparedIndex } from './score';
import { bestBetKey } from './best-bets';
import type { IndexedPage, SearchIndex } from './search-index';

/**
 * One query against one language's index, from the words a person typed to ranked pages:
 * fold, correct only what the analyser does not understand, analyse (lexicon, synonyms,
 * stems), pin an editors' best bet, score. Pure: the search page fetches and renders.
 */

export interface ReadyIndex extends PreparedIndex {
  source: SearchIndex;
  analyzer: Analyzer;
  /** The site's words plus the lexicon's, folded, for typo correction (a higher count wins a tie). */
  vocabulary: Vocabulary;
  /** Folded word → its written form, where they differ, for "Did you mean". */
  spellings: Map<string, string>;
}

export function readyIndex(source: SearchIndex): ReadyIndex {
  const analyzer = analyzerFrom(source.analyzer);
  const vocabulary: Vocabulary = {};
  const spellings = new Map<string, string>();
  const written = source.words.split(' ').filter(Boolean);
  written.forEach((word, rank) => {
    const folded = foldWord(word);
    vocabulary[folded] = written.length - rank + 1;
    if (folded !== word) spellings.set(folded, word);
  });
  for (const word of lexiconWords(analyzer)) vocabulary[word] ??= 1;
  return { ...prepareIndex(source.pages), source, analyzer, vocabulary, spellings };
}

export interface QueryResult {
  pages: IndexedPage[];
  /** The query's terms after correction: what excerpts mark. */
  terms: Set<string>;
  /** The reader's words with corrections (and Kazakh letters restored), when a word was corrected. */
  corrected: string | undefined;
  /** Share of the query's words this language understands: low means the other language was typed. */
  understood: number;
  /** How the query was read: excerpts are marked with the same rules. */
  analyzer: Analyzer;
}

export const MAX_RESULTS = 10;

export function runQuery(index: ReadyIndex, query: string, options: { type?: string | undefined } = {}): QueryResult {
  const { analyzer } = index;
  const typed = words(query);
  const folded = typed.map(foldWord);
  const meaningful = folded.filter((word) => word.length > 1 && !isStopWord(word, analyzer));
  const understood = (word: string) => isUnderstood(word, analyzer, index.terms);
  const share = meaningful.length === 0 ? 1 : meaningful.filter(understood).length / meaningful.length;
  const { words: fixed, changed } = correctWords(folded, index.vocabulary, understood);
  const terms = analyzeFolded(fixed, analyzer);
  let ranked = scorePages(index, weightedTerms(terms)).map(({ page }) => page);
  const pinned = index.source.bestBets[bestBetKey(terms.map(({ term }) => term))];
  if (pinned !== undefined) ranked = [pinned, ...ranked.filter((page) => page !== pinned)];
  const pages = ranked
    .map((page) => index.pages[page]!)
    .filter((page) => !options.type || page.type === options.type)
    .slice(0, MAX_RESULTS);
  const spell = (word: string) => index.spellings.get(word) ?? word;
  const corrected = changed
    ? fixed.map((word, i) => (word === folded[i] ? spell(folded[i]!) : spell(word))).join(' ')
    : undefined;
  return { pages, terms: new Set(terms.map(({ term }) => term)), corrected, understood: share, analyzer };
}
