import type { APIRoute } from 'astro';
import { ENTRY_COLLECTIONS } from '../../../../lib/routes';
import { LOCALES, type Locale } from '../../../../lib/locales';
import { localizedEntries } from '../../../../content-access/entries';
import { entrySearchText } from '../../../../content-access/search-text';
import { foldedWords, searchTerms } from '../../../../lib/search/normalize';

/**
 * Every word of one language's indexed entries with its frequency, in the folded spelling
 * the normaliser produces: the search page corrects a query word that is not here to the
 * nearest word that is («возрат» → «возврат»). Written at build time, a few KB gzipped.
 */
export function getStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const locale = params.lang as Locale;
  const counts: Record<string, number> = {};
  for (const collection of ENTRY_COLLECTIONS) {
    for (const item of await localizedEntries(collection, locale)) {
      if (item.isFallback) continue;
      const text = entrySearchText(item.entry);
      for (const word of [...foldedWords(text, locale), ...searchTerms(text, locale)]) counts[word] = (counts[word] ?? 0) + 1;
    }
  }
  const sorted = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
  return new Response(JSON.stringify(sorted), { headers: { 'Content-Type': 'application/json' } });
};
