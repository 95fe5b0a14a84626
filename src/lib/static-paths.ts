import { LOCALES, type Locale } from './locales';

/** `getStaticPaths` entries for a page built once per language. */
export function localeParams(): Array<{ params: { lang: Locale }; props: { locale: Locale } }> {
  return LOCALES.map((locale) => ({ params: { lang: locale }, props: { locale } }));
}
