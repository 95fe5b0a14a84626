import type { Locale } from '../locales';
import { foldWord, words } from './fold';
import { stemKazakh } from './kazakh-stem';
import type { LexiconRole } from './lexicon';
import { stemRussian } from './russian-stem';

/**
 * The text analyser, run the same way on every page at build time (into the search index) and
 * on every query in the browser, so that however a citizen types — Russian keyboard for
 * Kazakh, Latin, another word form, a synonym, the thing they bought — query and text meet.
 *
 * 1. Words are folded (fold.ts): «Қайтару», «кайтару», «qaitaru» are one spelling.
 * 2. Phrases and words of the lexicon (things, situations) and of the synonym groups (topics)
 *    become their concept, longest match first, before stop words go, so «не подошёл» and
 *    «істемей қалды» are situations and not a stop word plus a verb.
 * 3. Other words lose stop words and are stemmed (Kazakh or Russian suffixes).
 */

/**
 * What a term stands for, which sets its weight in scoring (score.ts): a situation, a topic, a
 * thing's own word, its kind, the kind of a thing the law treats apart (`apart`), a plain word.
 */
export type TermRole = LexiconRole | 'topic' | 'kind' | 'apart' | 'word';

/** What a rule says its words are; `apart`: a thing whose kind the law treats apart (lexicon.ts). */
type RuleRole = LexiconRole | 'apart' | 'topic';

export interface Term {
  /** The canonical form: a concept id, a synonym group's word, or a stem. */
  term: string;
  role: TermRole;
}

interface Rule {
  /**
   * Folded words of the phrase; a part with `prefix` matches any ending, one with `suffix` any
   * beginning; a plain part matches the word and, in Kazakh, any form of it with the same stem
   * («балық» matches «балықтан»): Kazakh stacks case endings on nouns, so the lexicon need not
   * list them all. Not in Russian, where stems of different words meet («состав», «составить»).
   */
  parts: Array<{ text: string; stem: string; prefix: boolean; suffix: boolean }>;
  term: string;
  role: RuleRole;
}

/**
 * A language's analyser data in a form that travels: the build writes it into the search index
 * (so the search page's script does not carry the lexicon, and index and query are analysed
 * with the very same rules); `language-data.ts` makes it from lexicon.ts, synonyms.ts and
 * stop-words.ts. Words already folded (by `language-data.ts`), so a phone does not fold them again.
 */
export interface AnalyzerData {
  locale: Locale;
  stopWords: string[];
  /** Each rule: the phrase as written (`не подош*`), the term it becomes, and what it is. */
  rules: Array<[phrase: string, term: string, role: RuleRole]>;
}

/** A language's analyser, ready to use. */
export interface Analyzer {
  locale: Locale;
  stop: Set<string>;
  /** Longer phrases first, then longer (more specific) words: «артық ақша» wins over «ақша». */
  rules: Rule[];
  /**
   * The same rules by the first letter of their first word, each list in the order above, so a
   * word is checked against a few dozen rules, not all of them (it runs on every query and on
   * every word of the excerpts, on a cheap phone). Key '' holds rules that begin with `*ending`.
   */
  byFirstLetter: Map<string, Rule[]>;
}

/** A stem no word has: plain Russian parts match the word itself only. */
const NO_STEM = '\u0000';

export function analyzerFrom(data: AnalyzerData): Analyzer {
  // `word*` matches any ending; `*ending` any word with that ending («*май қалды»: stopped doing).
  const parse = (phrase: string) =>
    phrase.split(' ').map((part) => {
      const text = part.replace(/^\*|\*$/g, '');
      return {
        text,
        stem: data.locale === 'kk' ? stem(text, data.locale) : NO_STEM,
        prefix: part.endsWith('*'),
        suffix: part.startsWith('*'),
      };
    });
  const rules: Rule[] = data.rules.map(([phrase, term, role]) => ({ parts: parse(phrase), term, role }));
  const length = (rule: Rule) =>
    rule.parts.reduce((sum, part) => sum + part.text.length + (part.prefix || part.suffix ? 0 : 0.5), 0);
  rules.sort((a, b) => b.parts.length - a.parts.length || length(b) - length(a));
  const byFirstLetter = new Map<string, Rule[]>();
  for (const rule of rules) {
    const first = rule.parts[0]!;
    const key = first.suffix ? '' : first.text.charAt(0);
    byFirstLetter.set(key, [...(byFirstLetter.get(key) ?? []), rule]);
  }
  return { locale: data.locale, stop: new Set(data.stopWords), rules, byFirstLetter };
}

export const isStopWord = (folded: string, analyzer: Analyzer): boolean => analyzer.stop.has(folded);

/** The stem of one folded word in a language. */
export function stem(folded: string, locale: Locale): string {
  return locale === 'kk' ? stemKazakh(folded) : stemRussian(folded);
}

/** Whether one folded word (with its stem) matches one part of a rule. */
function partMatches(part: Rule['parts'][number], word: string, wordStem: string): boolean {
  if (part.suffix) return word.length > part.text.length + 1 && word.endsWith(part.text);
  if (part.prefix) return word.startsWith(part.text);
  return word === part.text || wordStem === part.stem;
}

/** The rule that matches the folded words at position `at`, if any. */
function ruleAt(folded: string[], at: number, analyzer: Analyzer): Rule | undefined {
  const stems: string[] = [];
  const stemAt = (k: number) => (stems[k] ??= stem(folded[at + k]!, analyzer.locale));
  const matches = (rule: Rule) =>
    rule.parts.every((part, k) => {
      const word = folded[at + k];
      return word !== undefined && partMatches(part, word, stemAt(k));
    });
  const lettered = analyzer.byFirstLetter.get(folded[at]?.charAt(0) ?? '')?.find(matches);
  const suffixed = analyzer.byFirstLetter.get('')?.find(matches);
  // Both lists keep the global order; of two matches, the one the global order puts first wins.
  if (!lettered || !suffixed) return lettered ?? suffixed;
  return analyzer.rules.indexOf(lettered) <= analyzer.rules.indexOf(suffixed) ? lettered : suffixed;
}

/** Words folded to one spelling, stop words removed: what the vocabulary holds and typos are checked against. */
export function foldedWords(text: string, analyzer: Analyzer): string[] {
  return words(text)
    .map(foldWord)
    .filter((w) => w.length > 1 && !isStopWord(w, analyzer));
}

/** The terms of already folded words (stop words may still be among them), in order. */
export function analyzeFolded(folded: string[], analyzer: Analyzer): Term[] {
  const { locale } = analyzer;
  const out: Term[] = [];
  for (let i = 0; i < folded.length;) {
    const rule = ruleAt(folded, i, analyzer);
    if (rule) {
      const thing = rule.role === 'thing' || rule.role === 'apart';
      if (thing && rule.parts.length === 1 && rule.term !== stem(folded[i]!, locale)) {
        // A thing word stands for its kind (обувь → clothes) and keeps its own stem, so a
        // page about that very thing (пуховик) still wins over one about the kind.
        out.push(
          { term: rule.term, role: rule.role === 'apart' ? 'apart' : 'kind' },
          { term: stem(folded[i]!, locale), role: 'thing' },
        );
      } else {
        out.push({ term: rule.term, role: rule.role });
        // A phrase keeps the topics inside it: «не дали чек» is a situation, and about «чек».
        for (const word of folded.slice(i, i + rule.parts.length)) {
          const inner = rule.parts.length > 1 ? ruleAt([word], 0, analyzer) : undefined;
          if (inner && inner.role === 'topic' && inner.term !== rule.term)
            out.push({ term: inner.term, role: 'topic' });
        }
      }
      i += rule.parts.length;
      continue;
    }
    const word = folded[i]!;
    i += 1;
    if (word.length < 2 || isStopWord(word, analyzer)) continue;
    out.push({ term: stem(word, locale), role: 'word' });
  }
  return out;
}

/** All terms of a text, in order (duplicates kept). */
export function analyze(text: string, analyzer: Analyzer): Term[] {
  return analyzeFolded(words(text).map(foldWord), analyzer);
}

/** The canonical strings of a text's terms, in order. */
export function searchTerms(text: string, analyzer: Analyzer): string[] {
  return analyze(text, analyzer).map(({ term }) => term);
}

/** The distinct terms of a text, space-separated: one field of a page in the search index. */
export function indexTerms(text: string, analyzer: Analyzer): string {
  return [...new Set(searchTerms(text, analyzer))].join(' ');
}

/**
 * Whether the site's analyser understands a folded word: it is a stop word, a lexicon or
 * synonym word, or its stem is a term of some page. Only words it does not understand are
 * typo-corrected, so a correctly spelt Kazakh word is never rewritten («бас тартты» stays).
 */
export function isUnderstood(folded: string, analyzer: Analyzer, knownTerms: ReadonlySet<string>): boolean {
  if (isStopWord(folded, analyzer) || /\d/.test(folded)) return true;
  if (knownTerms.has(folded) || knownTerms.has(stem(folded, analyzer.locale))) return true;
  // Any word of any phrase counts: «қалыпты» is understood as part of «сынып қалыпты». An
  // ending pattern («не *ат») is no word: «возрат» is not understood because it ends in «-ат».
  const stemmed = stem(folded, analyzer.locale);
  return analyzer.rules.some((rule) => rule.parts.some((part) => !part.suffix && partMatches(part, folded, stemmed)));
}

/** Single words of the lexicon and synonyms (without `*`), for typo correction of words no page uses («пылесас»). */
export function lexiconWords(analyzer: Analyzer): string[] {
  return [
    ...new Set(analyzer.rules.flatMap((rule) => rule.parts.filter((part) => !part.suffix).map((part) => part.text))),
  ].filter((w) => w.length >= 5);
}
