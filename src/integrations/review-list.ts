import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { reviewList } from '../content-access/review-list-fs';
import { reviewHtml } from '../lib/review-list';
import { themeRootCss } from '../node/theme-tokens-fs';
import { REVIEW_PATH } from '../lib/routes';
import { withCspMeta } from '../lib/csp';
import { TODAY } from '../site.config';

/**
 * After the build: the lawyer's worklist (the same rows as `npm run review`) as a page at
 * /review/, written outside Astro's pages so it is in no sitemap and no search index; it is
 * outside the language folders the offline copy takes, marked noindex, and robots.txt
 * disallows it. Not secret (the content is public), just not for citizens.
 */
export default function reviewListPage({ contentDir }: { contentDir: string }): AstroIntegration {
  return {
    name: 'rights:review-list',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { rows, toConfirm } = reviewList(contentDir);
        const folder = join(fileURLToPath(dir), REVIEW_PATH.slice(1));
        mkdirSync(folder, { recursive: true });
        // Written after the pass over the pages, so it takes the site's policy itself.
        writeFileSync(join(folder, 'index.html'), withCspMeta(reviewHtml(rows, toConfirm, TODAY, themeRootCss())));
        logger.info(
          `${REVIEW_PATH}: lawyer's worklist of ${rows.length} entries, ${rows.filter((r) => !r.review).length} never reviewed`,
        );
      },
    },
  };
}
