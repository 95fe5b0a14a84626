import type { Locale } from '../locales';
import { foldWord } from './fold';
import { LEXICON } from './lexicon';
import { analyzerFrom, type Analyzer, type AnalyzerData } from './normalize';
import { STOP_WORDS } from './stop-words';
import { SYNONYMS } from './synonyms';

/**
 * A language's analyser from the reviewed word lists (lexicon.ts, synonyms.ts, stop-words.ts).
 * The build and the checks use it directly; the build also writes `analyzerData` into the
 * search index, so the search page's script carries none of these lists.
 */
export function analyzerData(locale: Locale): AnalyzerData {
  // Folded here, once, at build time (`*` survives folding): the phone only splits them.
  const fold = (phrase: string) => phrase.split(' ').map(foldWord).join(' ');
  return {
    locale,
    stopWords: STOP_WORDS[locale].map(foldWord),
    rules: [
      ...LEXICON[locale].flatMap(({ concept, role, apart, words }) =>
        words.map((phrase) => [fold(phrase), concept, apart ? 'apart' : role] as AnalyzerData['rules'][number]),
      ),
      ...SYNONYMS[locale].flatMap(({ canonical, words }) =>
        words.map((phrase) => [fold(phrase), foldWord(canonical), 'topic'] as AnalyzerData['rules'][number]),
      ),
    ],
  };
}

const cache = new Map<Locale, Analyzer>();
export function analyzerFor(locale: Locale): Analyzer {
  let analyzer = cache.get(locale);
  if (!analyzer) cache.set(locale, (analyzer = analyzerFrom(analyzerData(locale))));
  return analyzer;
}
