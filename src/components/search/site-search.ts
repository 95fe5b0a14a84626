/**
 * <site-search>: upgrades the search page. Reads ?q=, normalises the query exactly as the
 * index was normalised (folding, Latin, stems, synonyms, stop words), corrects words the site
 * does not contain, searches this language's Pagefind bundle, and, when that finds little,
 * the other language's bundle as a separate group. Everything it needs comes from data-*
 * attributes; strings arrive translated from the server (plural forms included).
 */
import type { Locale } from '../../lib/locales';
import { canonicalTerms, foldedWords } from '../../lib/search/normalize';
import { correctWords, type Vocabulary } from '../../lib/search/typo';
import { rerank } from '../../lib/search/rerank';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string, options?: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
}

type Strings = Record<string, string>;
type Found = { url: string; excerpt: string; meta: Record<string, string> };

const MAX_RESULTS = 10;
/** How many of Pagefind's best results are re-ranked before the top ten are shown. */
const CANDIDATES = 12;
/**
 * Below this many results in the reader's language (or when most query words are not used by
 * its pages), the other language is searched too. Kept low: that loads the other language's
 * whole search engine (~200 KB) on a cheap phone.
 */
const FEW = 2;

/** This build's id: Pagefind's entry file is requested with it, so a cached copy is always this build's. */
let metaCacheTag: string | undefined;

const bundles = new Map<string, Promise<Pagefind>>();
function loadBundle(url: string): Promise<Pagefind> {
  if (!bundles.has(url)) {
    bundles.set(
      url,
      (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
        await pagefind.options({
          ...(metaCacheTag ? { metaCacheTag } : {}),
          excerptLength: 22,
          ranking: { metaWeights: { title: 2, titleterms: 4, keywordterms: 2, terms: 1, type: 0, kind: 0 } },
        });
        return pagefind;
      }),
    );
  }
  return bundles.get(url)!;
}

const vocabularies = new Map<string, Promise<Vocabulary>>();
function loadVocabulary(url: string): Promise<Vocabulary> {
  if (!vocabularies.has(url)) vocabularies.set(url, fetch(url).then((r) => (r.ok ? r.json() : {})).catch(() => ({})));
  return vocabularies.get(url)!;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

class SiteSearch extends HTMLElement {
  #strings: Strings = {};
  #locale: Locale = 'kk';
  #other: Locale = 'ru';
  #run = 0;

  connectedCallback() {
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.#locale = this.dataset.locale as Locale;
    this.#other = this.dataset.otherLocale as Locale;
    metaCacheTag = this.dataset.metaCacheTag;
    const form = this.querySelector('form')!;
    const input = form.querySelector('input')!;
    const query = new URLSearchParams(location.search).get('q') ?? '';
    input.value = query;
    this.querySelector('[data-search-nojs]')?.setAttribute('hidden', '');
    this.querySelector('[data-search-filters]')?.removeAttribute('hidden');

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const value = input.value.trim();
      const url = new URL(location.href);
      if (value) url.searchParams.set('q', value);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
      void this.search(value);
    });
    this.querySelectorAll<HTMLInputElement>('[data-search-filters] input').forEach((radio) =>
      radio.addEventListener('change', () => void this.search(input.value.trim())),
    );
    if (query) void this.search(query);
  }

  /**
   * One language: fold the query like the index, correct words the site does not contain
   * (vocabulary: 13 KB gzipped, fetched with the engine), search, re-rank. `known` is the share
   * of the query's words this language's pages use: low means the reader typed the other language.
   */
  async #searchLanguage(query: string, locale: Locale, bundle: string, vocabularyUrl: string, filter: string | undefined) {
    const [vocabulary] = await Promise.all([loadVocabulary(vocabularyUrl), loadBundle(bundle)]);
    const folded = foldedWords(query, locale);
    const known = folded.length === 0 ? 1 : folded.filter((word) => word in vocabulary).length / folded.length;
    const { words, changed } = correctWords(folded, vocabulary);
    const results = await this.#find(bundle, canonicalTerms(words, locale), filter);
    return { results, known, corrected: changed ? words.join(' ') : undefined };
  }

  /** Pagefind search, with an any-of-the-words fallback, then re-ranking. */
  async #find(bundle: string, terms: string[], filter: string | undefined): Promise<Found[]> {
    if (terms.length === 0) return [];
    const pagefind = await loadBundle(bundle);
    const options = filter ? { filters: { type: filter } } : {};
    let hits = (await pagefind.search(terms.join(' '), options))?.results ?? [];
    if (hits.length === 0 && terms.length > 1) {
      // Pagefind wants every word on the page. A reader's sentence («купила в инстаграме а
      // пришёл брак») often has a word no page uses, so fall back to any of the words, with
      // pages matching more of them first.
      const merged = new Map<string, PagefindResult>();
      for (const term of terms) {
        for (const hit of (await pagefind.search(term, options))?.results ?? []) {
          const seen = merged.get(hit.id);
          merged.set(hit.id, seen ? { ...hit, score: seen.score + hit.score } : hit);
        }
      }
      hits = [...merged.values()].sort((a, b) => b.score - a.score);
    }
    const candidates = await Promise.all(
      hits.slice(0, CANDIDATES).map(async (r) => {
        const data = await r.data();
        return { data, score: r.score, meta: data.meta };
      }),
    );
    return rerank(candidates, terms)
      .slice(0, MAX_RESULTS)
      .map((c) => c.data);
  }

  async search(query: string) {
    const run = ++this.#run;
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    const other = this.querySelector<HTMLElement>('[data-search-other]')!;
    const empty = this.querySelector<HTMLElement>('[data-search-empty]')!;
    const corrected = this.querySelector<HTMLElement>('[data-search-corrected]')!;
    for (const el of [other, empty, corrected]) el.hidden = true;
    list.replaceChildren();
    if (!query) {
      status.textContent = '';
      this.dataset.state = 'idle';
      return;
    }
    // data-state lets tests (and styles) know when results are on screen.
    this.dataset.state = 'loading';
    status.textContent = this.#strings.loading ?? '';
    const filter = this.querySelector<HTMLInputElement>('[data-search-filters] input:checked')?.value || undefined;
    try {
      const own = await this.#searchLanguage(query, this.#locale, this.dataset.bundle!, this.dataset.vocabulary!, filter);
      const results = own.results;
      let otherResults: Found[] = [];
      if (results.length < FEW || own.known < 0.5) {
        const theirs = await this.#searchLanguage(query, this.#other, this.dataset.otherBundle!, this.dataset.otherVocabulary!, undefined);
        otherResults = theirs.results;
      }
      if (run !== this.#run) return;

      if (own.corrected && own.known >= 0.5 && results.length > 0) {
        corrected.textContent = fill(this.#strings.corrected ?? '', { query: own.corrected });
        corrected.hidden = false;
      }
      this.#render(list, results, this.#locale);
      const rule = new Intl.PluralRules(this.#locale).select(results.length);
      status.textContent = results.length > 0 ? fill(this.#strings[`results_${rule}`] ?? this.#strings.results_other ?? '', { count: results.length }) : '';
      if (otherResults.length > 0) {
        this.#render(other.querySelector('ol')!, otherResults, this.#other);
        other.hidden = false;
      }
      if (results.length === 0) {
        empty.querySelector('[data-search-empty-text]')!.textContent = fill(this.#strings.empty ?? '', { query });
        const otherLink = empty.querySelector<HTMLAnchorElement>('[data-search-other-link]');
        otherLink?.setAttribute('href', `${otherLink.pathname}?q=${encodeURIComponent(query)}`);
        empty.hidden = false;
      }
      this.dataset.state = 'done';
    } catch (error) {
      console.error(error);
      if (run === this.#run) {
        status.textContent = this.#strings.error ?? '';
        this.dataset.state = 'error';
      }
    }
  }

  #render(list: HTMLOListElement, results: Found[], lang: Locale) {
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        item.lang = lang;
        const link = document.createElement('a');
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        const type = document.createElement('span');
        type.className = 'type';
        type.textContent = result.meta.type ?? '';
        const excerpt = document.createElement('p');
        // Pagefind's excerpt is our own page text, escaped, with <mark> around matches.
        excerpt.innerHTML = result.excerpt;
        item.append(type, link, excerpt);
        return item;
      }),
    );
  }
}

customElements.define('site-search', SiteSearch);
