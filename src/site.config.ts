/**
 * Settings the organisation may change without touching code. The site URL is used for
 * canonical links, hreflang, the sitemap, Open Graph and (later) QR codes on flyers.
 * SITE_URL overrides it for previews on another host.
 */
export const SITE_URL = process.env.SITE_URL ?? 'https://sergaliturkestan.kz';

/** The organisation's name, as registered, in each language. */
export const ORGANISATION = {
  kk: '«Серғали-Түркістан» өңірлік қоғамдық бірлестігі',
  ru: 'Региональное общественное объединение «Сергали-Туркестан»',
} as const;

/** Where editors' MDX lives; tests point it at fixture trees. */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';

/**
 * Names this build: the service worker's language caches and Pagefind's metaCacheTag carry
 * it, so a new deploy never mixes an old search index with new pages.
 */
// Set once per process: Astro evaluates this module twice (config and pages); both must agree.
export const BUILD_ID = (process.env.BUILD_ID ??= Date.now().toString(36));
