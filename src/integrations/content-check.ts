import type { AstroIntegration } from 'astro';
import { checkContent } from '../content-check/check-content';
import { formatProblem } from '../content-check/problem';

/**
 * The content check of `npm run check`, run before every build: unsafe MDX, broken internal
 * links, unknown acts and schema errors stop the build with the same bilingual messages, so
 * nothing an editor's pull request breaks is ever published. Warnings are printed.
 */
export default function contentCheck({ contentDir }: { contentDir: string }): AstroIntegration {
  return {
    name: 'rights:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const { files, errors, warnings } = checkContent(contentDir, contentDir.replace(/^\.\//, '').replace(/\/$/, ''));
        for (const warning of warnings) logger.warn(formatProblem(warning));
        if (errors.length > 0) {
          throw new Error(`content check: ${errors.length} errors — fix them and build again:\n\n${errors.map(formatProblem).join('\n\n')}`);
        }
        logger.info(`${files} content files passed the check`);
      },
    },
  };
}
