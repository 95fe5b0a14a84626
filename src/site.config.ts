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
