import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { editHtmlFiles } from '../node/files-fs';

/**
 * One pass over the built pages for the edits that need the final HTML: each page is read
 * once, goes through every step in order, and is written once. The steps (abbreviations,
 * modulepreload links, the CSP) used to be integrations of their own, each reading and
 * rewriting every page.
 */
export interface PageEditStep {
  name: string;
  /** Returns the page, changed or not; `path` is the file's absolute path. */
  edit: (html: string, path: string) => string;
  /** After the pass: what the step did, and anything it writes besides the pages. */
  done: (pagesChanged: number, logger: AstroIntegrationLogger) => void;
}

export default function pageEdits(steps: Array<(site: string) => PageEditStep>): AstroIntegration {
  return {
    name: 'rights:page-edits',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const ready = steps.map((step) => step(site));
        const changed = ready.map(() => 0);
        const pages = editHtmlFiles(site, (html, path) =>
          ready.reduce((page, step, i) => {
            const out = step.edit(page, path);
            if (out !== page) changed[i]! += 1;
            return out;
          }, html),
        );
        ready.forEach((step, i) => step.done(changed[i]!, logger.fork(`rights:${step.name}`)));
        logger.info(`${pages} pages edited in one pass (${ready.map((s) => s.name).join(', ')})`);
      },
    },
  };
}
