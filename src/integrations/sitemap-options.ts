import type { SitemapOptions } from '@astrojs/sitemap';
import { LOCALES, LOCALE_TAGS, isLocale } from '../lib/locales';
import {
  RENDER_SECTION,
  chooserPath,
  entryPath,
  isEntryCollection,
  offlinePath,
  pagePath,
  switchLocalePath,
} from '../lib/routes';
import { translationStatuses } from '../lib/translations';
import { listContentFiles } from '../node/content-files-fs';

/**
 * Pages left out of the sitemap (besides the build-only /render/ pages): the 404 page, the offline pages, `/` (its canonical is the chooser at /rights/),
 * and fallback pages (an entry shown in the other language while its translation is missing),
 * whose canonical is the original.
 */
export function excludedFromSitemap(contentDir: string): Set<string> {
  const excluded = new Set<string>(['/404/', '/', ...LOCALES.map(offlinePath)]);
  for (const status of translationStatuses(listContentFiles(contentDir))) {
    for (const locale of status.missing) {
      excluded.add(
        isEntryCollection(status.collection)
          ? entryPath(locale, status.collection, status.slug)
          : pagePath(locale, status.slug),
      );
    }
  }
  return excluded;
}

/**
 * Filter and hreflang alternates for @astrojs/sitemap. Its own `i18n` option assumes the
 * default language is unprefixed; here both languages are prefixed and `/rights/` is the
 * bilingual chooser, so alternates are computed from our routes: each language's version
 * that really exists, plus x-default pointing at the chooser.
 */
export function sitemapOptions(contentDir: string, site: string): NonNullable<SitemapOptions> {
  const excluded = excludedFromSitemap(contentDir);
  return {
    filter: (page) => {
      const path = new URL(page).pathname;
      return !excluded.has(path) && !path.startsWith(`/${RENDER_SECTION}/`);
    },
    serialize: (item) => {
      const path = new URL(item.url).pathname;
      if (!isLocale(path.split('/')[1])) return item;
      const links = LOCALES.map((locale) => switchLocalePath(path, locale, LOCALES))
        .filter((p) => !excluded.has(p))
        .map((p) => ({ url: new URL(p, site).href, lang: LOCALE_TAGS[p.split('/')[1] as (typeof LOCALES)[number]] }));
      return { ...item, links: [...links, { url: new URL(chooserPath(), site).href, lang: 'x-default' }] };
    },
  };
}
