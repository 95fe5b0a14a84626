import type { APIRoute } from 'astro';
import { LOCALES, type Locale } from '../../../../lib/locales';
import { buildSearchIndex } from '../../../../lib/search/search-index';
import { bestBetSources, searchSources } from '../../../../content-access/search-sources';

/**
 * One language's whole search index (src/lib/search/search-index.ts): every page's terms by
 * field, the typo vocabulary and the editors' best bets, in one file the search page fetches
 * once (and the service worker saves first), so a query costs no further request.
 */
export function getStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const locale = params.lang as Locale;
  const index = buildSearchIndex(locale, await searchSources(locale), bestBetSources(locale));
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
