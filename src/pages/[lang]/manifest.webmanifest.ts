import type { APIRoute } from 'astro';
import { LOCALES, type Locale } from '../../lib/locales';
import { homePath } from '../../lib/routes';
import { UI_STRINGS } from '../../i18n';
import { themeToken } from '../../styles/theme-tokens';

/** A web app manifest per language, so the home-screen icon opens the reader's language. */
export function getStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) => {
  const locale = params.lang as Locale;
  const strings = UI_STRINGS[locale];
  const manifest = {
    name: `${strings['site.name']} — ${strings['site.tagline']}`,
    short_name: strings['site.name'],
    lang: locale,
    start_url: homePath(locale),
    scope: '/',
    display: 'standalone',
    background_color: themeToken('--color-white'),
    theme_color: themeToken('--color-brand'),
    icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
