import { resolve, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent, type CheckResult } from '../content-check/check-content';
import { formatProblem, type Problem } from '../content-check/problem';
import { currentAmountsYear } from '../content-access/amounts-year';
import { contentInventory, inventoryReads } from '../node/content-inventory-fs';

/**
 * The content check of `npm run check`, run before every build and in `astro dev`: unsafe MDX,
 * broken internal links, unknown acts and schema errors give the same bilingual messages
 * everywhere, so nothing an editor's pull request breaks is ever published.
 * - `astro build`: the errors stop the build as an AstroError, with a hint that says how to fix
 *   them and no stack trace (the mistake is in content, not in code).
 * - `astro dev`: the server keeps running; the errors are printed and shown in the browser's
 *   error overlay, checked again whenever a content file changes.
 */

/** What stops a build: every error with its file, line and bilingual message, and what to do. */
export function contentCheckError(errors: readonly Problem[]): AstroError {
  const error = new AstroError(
    `Content check: ${errors.length} error${errors.length === 1 ? '' : 's'} in the content.\n\n${errors.map(formatProblem).join('\n\n')}`,
    'Fix each file at the line named above, then run `npm run check` (a second) and build again.\n' +
      '  ru: исправьте каждый файл в указанной строке, проверьте командой `npm run check` и соберите сайт снова.\n' +
      '  kk: әр файлды көрсетілген жолда түзетіңіз, `npm run check` командасымен тексеріп, сайтты қайта жинаңыз.',
  );
  // The title Astro prints in brackets, and no stack trace: it would point at our code, while
  // the mistake is in the content file the message names.
  error.name = 'ContentCheckError';
  error.stack = '';
  return error;
}

function runCheck(contentDir: string, logger: AstroIntegrationLogger): CheckResult {
  const result = checkContent(contentDir, contentDir.replace(/^\.\//, '').replace(/\/$/, ''));
  for (const warning of result.warnings) logger.warn(formatProblem(warning));
  return result;
}

function reportAmountsYear(logger: AstroIntegrationLogger): void {
  const { year, mrp } = currentAmountsYear();
  if (mrp) {
    logger.info(`amounts in tenge for ${year}: 1 МРП = ${mrp.tenge} ₸`);
    return;
  }
  // A warning, not an error: the site stays correct (amounts in МРП), only less helpful.
  logger.warn(
    `src/data/mrp.ts has no МРП for ${year}: pages show fines in МРП only, without tenge. Add the ${year} row (value and source).\n` +
      `  ru: в src/data/mrp.ts нет МРП на ${year} год: штрафы показаны только в МРП, без тенге. Добавьте строку ${year} года (значение и источник).\n` +
      `  kk: src/data/mrp.ts файлында ${year} жылғы АЕК жоқ: айыппұлдар теңгесіз, тек АЕК-пен көрсетіледі. ${year} жылдың жолын қосыңыз (мөлшері мен дереккөзі).`,
  );
}

export default function contentCheck({ contentDir }: { contentDir: string }): AstroIntegration {
  return {
    name: 'rights:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const { files, errors } = runCheck(contentDir, logger);
        if (errors.length > 0) throw contentCheckError(errors);
        logger.info(`${files} content files passed the check`);
        reportAmountsYear(logger);
      },

      // The content inventory's own count: one read per file for the check, the pages and every step.
      'astro:build:done': ({ logger }) => {
        logger.info(
          `content inventory: ${contentInventory(contentDir).length} .mdx files, ${inventoryReads()} reads from disk`,
        );
      },

      'astro:server:setup': ({ server, logger }) => {
        // The last check's failure, if any: sent to the overlay now and to every page opened later.
        let failure: AstroError | undefined;
        const show = () => {
          if (failure) server.hot.send({ type: 'error', err: { message: failure.message, stack: failure.hint ?? '' } });
        };
        const check = () => {
          const { errors } = runCheck(contentDir, logger);
          failure = errors.length > 0 ? contentCheckError(errors) : undefined;
          if (failure) logger.error(`${failure.message}\n\n${failure.hint}`);
          show();
        };
        check();
        reportAmountsYear(logger);
        server.hot.on('vite:client:connect', show);
        // Only files in the content folder: not src/content-check/ or components/content/.
        const folder = resolve(contentDir) + sep;
        server.watcher.on('change', (path) => {
          if (resolve(path).startsWith(folder)) check();
        });
      },
    },
  };
}
