/**
 * The portal's two languages. Kazakh, the state language, comes first everywhere
 * (chooser, language switch, x-default order); Russian second.
 */
export const LOCALES = ['kk', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tags used for hreflang, Open Graph and the sitemap. */
export const LOCALE_TAGS: Record<Locale, string> = { kk: 'kk-KZ', ru: 'ru-KZ' };

/** Each language's name written in that language, for the switcher and the chooser. */
export const LOCALE_NAMES: Record<Locale, string> = { kk: 'Қазақша', ru: 'Русский' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language of a site path: its first folder when that is a language, else Kazakh (the bilingual pages). */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1];
  return isLocale(first) ? first : 'kk';
}

/** The other language: with two locales, a fallback always comes from the other one. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'kk' ? 'ru' : 'kk';
}
