import type { Locale } from '../locales';
import { foldWord, words } from './fold';
import { stemKazakh } from './kazakh-stem';
import { STOP_WORDS } from './stop-words';
import { SYNONYMS } from './synonyms';

/**
 * The query normaliser, run the same way on every page at build time (into a searchable
 * Pagefind meta field) and on every query in the browser, so that however a citizen types —
 * Russian keyboard for Kazakh, Latin, another word form, a synonym — query and text meet.
 */

interface Rule {
  /** Folded words of the synonym, e.g. ['сдать', 'обратно'] or ['верн'] with prefix. */
  parts: string[];
  prefix: boolean;
  canonical: string;
}

const rulesCache = new Map<Locale, Rule[]>();
function rules(locale: Locale): Rule[] {
  let list = rulesCache.get(locale);
  if (!list) {
    list = SYNONYMS[locale].flatMap(({ canonical, words: group }) =>
      group.map((entry) => ({
        parts: entry.replace(/\*$/, '').split(' ').map(foldWord),
        prefix: entry.endsWith('*'),
        canonical: foldWord(canonical),
      })),
    );
    // Longer phrases first, so «артық ақша» wins over «ақша».
    list.sort((a, b) => b.parts.length - a.parts.length || b.parts.join('').length - a.parts.join('').length);
    rulesCache.set(locale, list);
  }
  return list;
}

const stopCache = new Map<Locale, Set<string>>();
function stopWords(locale: Locale): Set<string> {
  let set = stopCache.get(locale);
  if (!set) {
    set = new Set(STOP_WORDS[locale].map(foldWord));
    stopCache.set(locale, set);
  }
  return set;
}

/** Words folded to one spelling, stop words removed: what the vocabulary holds and typos are checked against. */
export function foldedWords(text: string, locale: Locale): string[] {
  const stop = stopWords(locale);
  return words(text)
    .map(foldWord)
    .filter((w) => w.length > 1 && !stop.has(w));
}

/** Replaces synonyms by their group's canonical word; other words get Kazakh stemming (kk). */
export function canonicalTerms(folded: string[], locale: Locale): string[] {
  const out: string[] = [];
  for (let i = 0; i < folded.length; ) {
    const rule = rules(locale).find((r) =>
      r.parts.every((part, k) => {
        const word = folded[i + k];
        if (word === undefined) return false;
        const last = k === r.parts.length - 1;
        return last && r.prefix ? word.startsWith(part) : word === part;
      }),
    );
    if (rule) {
      out.push(rule.canonical);
      i += rule.parts.length;
    } else {
      const word = folded[i]!;
      out.push(locale === 'kk' ? stemKazakh(word) : word);
      i += 1;
    }
  }
  return out;
}

/** All search terms of a text, in order (duplicates kept). */
export function searchTerms(text: string, locale: Locale): string[] {
  return canonicalTerms(foldedWords(text, locale), locale);
}

/** The distinct terms of a page, for its searchable `terms` meta field. */
export function indexTerms(text: string, locale: Locale): string {
  return [...new Set(searchTerms(text, locale))].join(' ');
}
