import type { PageType } from './page-weight.ts';

/**
 * What a page may cost a reader on a cheap phone and a slow link, in gzip bytes, by page type.
 * Enforced over every built page by tests/e2e/budgets.spec.ts; measured by tools/page-weight.ts.
 * - `htmlCss`: the HTML and its stylesheets together (a guide must stay under 20 KB);
 * - `html`: the HTML alone — about 14 KB arrive in the first round trip (TCP's initial window),
 *   so a guide's first screen shows without waiting for a second one;
 * - `js`: JavaScript run before the reader does anything. Reading needs none; the service worker
 *   registration and the search box's engine load later, so content pages stay under 5 KB.
 *   The tools (search, claim builder, checker) are JavaScript by nature and get more.
 * Every page: no web fonts (the phone's own font has every Kazakh letter) and every image has
 * width, height and loading="lazy".
 */
export interface Budget {
  htmlCss: number;
  html: number;
  js: number;
}

const KB = 1024;

/**
 * The JavaScript a guide runs before the reader does anything, in gzip bytes: the link-click
 * helper (about 225 B), the offline support (about 790 B) and Listen's check for a voice
 * (about 285 B; its reader, 1.8 KB, loads only on the first tap). Nothing of it is needed to read.
 */
export const GUIDE_EAGER_JS = 1.5 * KB;
const CONTENT: Budget = { htmlCss: 20 * KB, html: 14 * KB, js: 5 * KB };

export const BUDGETS: Record<PageType, Budget> = {
  home: CONTENT,
  guide: CONTENT,
  infographic: CONTENT,
  video: CONTENT,
  flyer: CONTENT,
  other: CONTENT,
  search: { ...CONTENT, js: 10 * KB },
  tool: { ...CONTENT, js: 10 * KB },
};
