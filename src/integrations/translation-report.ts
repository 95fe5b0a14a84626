import type { AstroIntegration } from 'astro';
import { formatTranslationReport, translationStatuses } from '../lib/translations';
import { listContentFiles } from '../node/content-files-fs';

/**
 * Prints which entries lack a translation after each build. A missing translation never
 * fails the build: the page is built from the other language with a notice.
 */
export default function translationReport({ contentDir }: { contentDir: string }): AstroIntegration {
  return {
    name: 'rights:translation-report',
    hooks: {
      'astro:build:done': ({ logger }) => {
        logger.info(formatTranslationReport(translationStatuses(listContentFiles(contentDir))));
      },
    },
  };
}
