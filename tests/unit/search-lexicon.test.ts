import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/locales';
import { LEXICON } from '../../src/lib/search/lexicon';
import { SYNONYMS } from '../../src/lib/search/synonyms';
import { analyzerFor } from '../../src/lib/search/language-data';
import { searchTerms } from '../../src/lib/search/normalize';
import { foldWord } from '../../src/lib/search/fold';

/**
 * The lexicon of everyday goods and situations (src/lib/search/lexicon.ts), entry by entry: every
 * word and phrase, typed as written, with the Kazakh letters a Russian keyboard lacks, and in a
 * longer sentence, is read as its concept, so no entry is shadowed by another or lost to a
 * stop word; and no word stands in two places.
 */
/** A word as typed: `word*` as its stem, `*ending` after an example beginning (не *ет → не греет). */
const asTyped = (word: string) => word.replace(/(^|\s)\*/g, (_, space: string) => `${space}гре`).replace(/\*/g, '');
const withoutKazakhLetters = (word: string) =>
  word.replace(/[әғқңөұүһі]/g, (c) => ({ ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' })[c]!);

for (const locale of LOCALES) {
  const analyzer = analyzerFor(locale);
  describe(`lexicon (${locale})`, () => {
    for (const entry of LEXICON[locale]) {
      it(`${entry.concept} (${entry.role}): ${entry.words.length} words and phrases`, () => {
        for (const word of entry.words) {
          const typed = asTyped(word);
          expect(searchTerms(typed, analyzer), `«${typed}»`).toContain(entry.concept);
          expect(searchTerms(withoutKazakhLetters(typed), analyzer), `«${withoutKazakhLetters(typed)}»`).toContain(
            entry.concept,
          );
          expect(searchTerms(`вчера ${typed} вот`, analyzer), `«… ${typed} …»`).toContain(entry.concept);
        }
      });
    }

    it('uses the same concepts as the other language', () => {
      const other = LOCALES.find((l) => l !== locale)!;
      expect(new Set(LEXICON[locale].map((e) => e.concept))).toEqual(new Set(LEXICON[other].map((e) => e.concept)));
    });

    it('has no word twice, in the lexicon or the synonyms', () => {
      const all = [...LEXICON[locale].flatMap((e) => e.words), ...SYNONYMS[locale].flatMap((g) => g.words)].map((w) =>
        foldWord(w),
      );
      const twice = all.filter((w, i) => all.indexOf(w) !== i);
      expect(twice).toEqual([]);
    });
  });
}
