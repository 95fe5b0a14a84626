import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicy, inlineScriptHashes, withCspMeta } from '../lib/csp';
import type { PageEditStep } from './page-edits';

/**
 * The last step of the one pass over the built pages (page-edits.ts): a Content-Security-Policy
 * <meta> in every page (with the hashes of that page's inline scripts), then a `_headers` file
 * for static hosts that read one (Netlify, Cloudflare Pages), with the policy as a real header
 * plus the headers a <meta> cannot set. Before the service worker, whose precache revisions must
 * see the final HTML.
 */
export function cspStep(site: string): PageEditStep {
  const all = new Set<string>();
  return {
    name: 'csp',
    edit: (html) => {
      for (const hash of inlineScriptHashes(html)) all.add(hash);
      return withCspMeta(html);
    },
    done: (pages, logger) => {
      const headers = [
        '/*',
        `  Content-Security-Policy: ${contentSecurityPolicy([...all].sort(), { header: true })}`,
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: strict-origin-when-cross-origin',
        '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
        '',
      ].join('\n');
      writeFileSync(join(site, '_headers'), headers);
      logger.info(`CSP in ${pages} pages (${all.size} inline scripts allowed by hash); _headers written`);
    },
  };
}
