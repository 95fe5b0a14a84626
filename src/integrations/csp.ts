import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, inlineScriptHashes, withCspMeta } from '../lib/csp';
import { editHtmlFiles } from '../node/files-fs';

/**
 * After the build: a Content-Security-Policy <meta> in every page (with the hashes of that
 * page's inline scripts) and a `_headers` file for static hosts that read one (Netlify,
 * Cloudflare Pages), with the policy as a real header plus the headers a <meta> cannot set.
 * Runs after the render step (which edits pages) and before the service worker, whose
 * precache revisions must see the final HTML.
 */
export default function csp(): AstroIntegration {
  return {
    name: 'rights:csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const all = new Set<string>();
        const pages = editHtmlFiles(site, (html) => {
          for (const hash of inlineScriptHashes(html)) all.add(hash);
          return withCspMeta(html);
        });
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
    },
  };
}
