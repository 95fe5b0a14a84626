import type { APIRoute } from 'astro';
import { EDITOR_PATH, REVIEW_PATH } from '../lib/routes';

/** robots.txt pointing crawlers at the sitemap, on whatever host SITE_URL names; the lawyer's worklist is not for search engines. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\nDisallow: ${REVIEW_PATH}\nDisallow: ${EDITOR_PATH}\n\nSitemap: ${new URL('sitemap-index.xml', site).href}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
