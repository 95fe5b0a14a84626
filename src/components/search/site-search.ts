/**
 * <site-search>: upgrades the search page. Reads ?q=, fetches this language's search index
 * (one file, started by a preload in the page's head before this script runs), runs the query
 * through the pure pipeline in src/lib/search/query.ts, and renders the ranked pages. When
 * this language finds little, or the reader typed the other language, the other language's
 * index is fetched and its matches shown as a separate group. Everything it needs comes from
 * data-* attributes; strings arrive translated from the server (plural forms included).
 */
import type { Locale } from '../../lib/locales';
import { markExcerpt } from '../../lib/search/excerpt';
import { readyIndex, runQuery, type QueryResult, type ReadyIndex } from '../../lib/search/query';
import type { SearchIndex } from '../../lib/search/search-index';
import { fill } from '../../lib/fill';

type Strings = Record<string, string>;

/**
 * Below this many results in the reader's language (or when most of the query's words are
 * not used by its pages), the other language is searched too.
 */
const FEW = 2;

const indexes = new Map<string, Promise<ReadyIndex>>();
function loadIndex(url: string): Promise<ReadyIndex> {
  let index = indexes.get(url);
  if (!index) {
    index = fetch(url, { credentials: 'same-origin' }).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      const data = (await response.json()) as SearchIndex;
      await nextTask();
      return readyIndex(data);
    });
    // A failed fetch (offline, never saved) may succeed on the next query.
    index.catch(() => indexes.delete(url));
    indexes.set(url, index);
  }
  return index;
}

/** Lets the browser paint and handle input between steps, so no step blocks a cheap phone for long. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

export class SiteSearch extends HTMLElement {
  #strings: Strings = {};
  #locale: Locale = 'kk';
  #other: Locale = 'ru';
  #run = 0;

  connectedCallback() {
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.#locale = this.dataset.locale as Locale;
    this.#other = this.dataset.otherLocale as Locale;
    const form = this.querySelector('form')!;
    const input = form.querySelector('input')!;
    const query = new URLSearchParams(location.search).get('q') ?? '';
    input.value = query;
    const type = new URLSearchParams(location.search).get('type');
    if (type)
      this.querySelectorAll<HTMLInputElement>('[data-search-filters] input').forEach(
        (radio) => (radio.checked = radio.value === type),
      );
    // The index is wanted by any query: start it now (the preload in <head> usually has).
    void loadIndex(this.dataset.index!).catch(() => undefined);

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

  async search(query: string) {
    const run = ++this.#run;
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    const other = this.querySelector<HTMLElement>('[data-search-other]')!;
    const empty = this.querySelector<HTMLElement>('[data-search-empty]')!;
    const corrected = this.querySelector<HTMLElement>('[data-search-corrected]')!;
    if (!query) {
      for (const el of [other, empty, corrected]) el.hidden = true;
      list.replaceChildren();
      status.textContent = '';
      this.dataset.state = 'idle';
      return;
    }
    // data-state lets tests (and styles) know when results are on screen.
    this.dataset.state = 'loading';
    status.textContent = this.#strings.loading ?? '';
    const type = this.querySelector<HTMLInputElement>('[data-search-filters] input:checked')?.value || undefined;
    try {
      const ready = await loadIndex(this.dataset.index!);
      await nextTask();
      const own = runQuery(ready, query, { type });
      let theirs: QueryResult | undefined;
      if (own.pages.length < FEW || own.understood < 0.5) {
        theirs = runQuery(await loadIndex(this.dataset.otherIndex!), query);
      }
      if (run !== this.#run) return;
      this.#show(query, own, theirs);
      this.dataset.state = 'done';
    } catch (error) {
      console.error(error);
      if (run === this.#run) {
        status.textContent = this.#strings.error ?? '';
        this.dataset.state = 'error';
      }
    }
  }

  /** Puts one query's results on screen in one go, so the page shifts once. */
  #show(query: string, own: QueryResult, theirs: QueryResult | undefined) {
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    const other = this.querySelector<HTMLElement>('[data-search-other]')!;
    const empty = this.querySelector<HTMLElement>('[data-search-empty]')!;
    const corrected = this.querySelector<HTMLElement>('[data-search-corrected]')!;
    const results = own.pages;

    corrected.hidden = !(own.corrected && own.understood >= 0.5 && results.length > 0);
    if (!corrected.hidden) corrected.textContent = fill(this.#strings.corrected ?? '', { query: own.corrected! });
    this.#render(list, own, this.#locale);
    const rule = new Intl.PluralRules(this.#locale).select(results.length);
    status.textContent =
      results.length > 0
        ? fill(this.#strings[`results_${rule}`] ?? this.#strings.results_other ?? '', { count: results.length })
        : '';
    other.hidden = !theirs || theirs.pages.length === 0;
    if (theirs && !other.hidden) this.#render(other.querySelector('ol')!, theirs, this.#other);
    empty.hidden = results.length > 0;
    if (results.length === 0) {
      empty.querySelector('[data-search-empty-text]')!.textContent = fill(this.#strings.empty ?? '', { query });
      const otherLink = empty.querySelector<HTMLAnchorElement>('[data-search-other-link]');
      otherLink?.setAttribute('href', `${otherLink.pathname}?q=${encodeURIComponent(query)}`);
    }
  }

  #render(list: HTMLOListElement, result: QueryResult, lang: Locale) {
    list.replaceChildren(
      ...result.pages.map((page) => {
        const item = document.createElement('li');
        item.lang = lang;
        const type = document.createElement('span');
        type.className = 'type';
        type.textContent = page.type;
        const link = document.createElement('a');
        link.href = page.url;
        link.textContent = page.title;
        const excerpt = document.createElement('p');
        excerpt.append(
          ...markExcerpt(page.excerpt, result.terms, result.analyzer).map(({ text, mark }) => {
            if (!mark) return document.createTextNode(text);
            const marked = document.createElement('mark');
            marked.textContent = text;
            return marked;
          }),
        );
        item.append(type, link, excerpt);
        return item;
      }),
    );
  }
}

customElements.define('site-search', SiteSearch);
