import { todayInKazakhstan } from './lib/claim/dates';

/**
 * Settings the organisation may change without touching code. The site URL is used for
 * canonical links, hreflang, the sitemap, Open Graph and the QR codes on the flyers.
 * SITE_URL overrides it for previews on another host.
 */
export const SITE_URL = process.env.SITE_URL ?? 'https://sergaliturkestan.kz';

/** The organisation's name, as registered, in each language. */
export const ORGANISATION = {
  kk: '«Серғали-Түркістан» өңірлік қоғамдық бірлестігі',
  ru: 'Региональное общественное объединение «Сергали-Туркестан»',
} as const;

/**
 * The GitHub repository behind "Edit this page" links (https://github.com/<owner>/<name>).
 * REPO_URL sets it; in GitHub Actions (the CI and deploy workflows) it comes from the run's own
 * repository. Without either, pages show no edit link rather than a guessed one.
 */
export const REPO_URL: string | undefined =
  process.env.REPO_URL ??
  (process.env.GITHUB_REPOSITORY
    ? `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${process.env.GITHUB_REPOSITORY}`
    : undefined);

/** Branch the edit links open; the deploy workflow publishes it. */
export const REPO_BRANCH = process.env.REPO_BRANCH ?? 'main';

/** Where editors' MDX lives; tests point it at fixture trees. */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';

/**
 * Where the rendered PNGs, PDFs and slides are cached (default: `rendered/` in Astro's cache
 * folder). A test that builds a copy of the content points it at the main build's cache, so
 * only the files its edits touch are rendered again.
 */
export const RENDER_CACHE_DIR: string | undefined = process.env.RENDER_CACHE_DIR;

/**
 * Names this build: the service worker's language caches carry it, so a new deploy never
 * mixes an old search index with new pages.
 */
// Set once per process: Astro evaluates this module twice (config and pages); both must agree.
export const BUILD_ID = (process.env.BUILD_ID ??= Date.now().toString(36));

/**
 * Today's date in Kazakhstan (UTC+5), as YYYY-MM-DD: a `checked` date after it is refused, and
 * its year picks the МРП for the tenge figures. SITE_TODAY sets it, so tests can build the site
 * as it will look on another day (e.g. SITE_TODAY=2027-01-01).
 */
export const TODAY: string = process.env.SITE_TODAY ?? todayInKazakhstan();

/**
 * Extra or replaced rows of the МРП table, as JSON (e.g. MRP_OVERRIDE='{"2026": 5000}'). Only
 * for trying a value before it is committed to src/data/mrp.ts, and for the tests that prove
 * one table feeds every page and file.
 */
export const MRP_OVERRIDE: Record<string, number> = process.env.MRP_OVERRIDE
  ? JSON.parse(process.env.MRP_OVERRIDE)
  : {};
