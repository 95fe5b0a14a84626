import type { AstroIntegration } from 'astro';
import { checkContent } from '../content-check/check-content';
import { formatProblem } from '../content-check/problem';
import { currentAmountsYear } from '../content-access/amounts-year';

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
        const { files, errors, warnings } = checkContent(
          contentDir,
          contentDir.replace(/^\.\//, '').replace(/\/$/, ''),
        );
        for (const warning of warnings) logger.warn(formatProblem(warning));
        if (errors.length > 0) {
          throw new Error(
            `content check: ${errors.length} errors — fix them and build again:\n\n${errors.map(formatProblem).join('\n\n')}`,
          );
        }
        logger.info(`${files} content files passed the check`);
        const { year, mrp } = currentAmountsYear();
        if (!mrp) {
          // A warning, not an error: the site stays correct (amounts in МРП), only less helpful.
          logger.warn(
            `src/data/mrp.ts has no МРП for ${year}: pages show fines in МРП only, without tenge. Add the ${year} row (value and source).\n` +
              `  ru: в src/data/mrp.ts нет МРП на ${year} год: штрафы показаны только в МРП, без тенге. Добавьте строку ${year} года (значение и источник).\n` +
              `  kk: src/data/mrp.ts файлында ${year} жылғы АЕК жоқ: айыппұлдар теңгесіз, тек АЕК-пен көрсетіледі. ${year} жылдың жолын қосыңыз (мөлшері мен дереккөзі).`,
          );
        } else {
          logger.info(`amounts in tenge for ${year}: 1 МРП = ${mrp.tenge} ₸`);
        }
      },
    },
  };
}
