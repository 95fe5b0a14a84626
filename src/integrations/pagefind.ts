import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { LOCALES } from '../lib/locales';

/**
 * Indexes the built site with Pagefind's Node API after every build, one bundle per language
 * (`/pagefind/kk/`, `/pagefind/ru/`): a reader's phone downloads only its language, and the
 * other language's bundle can be searched separately for the cross-language group.
 * Any Pagefind error fails the build, as a site without search is broken.
 */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'rights:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          for (const locale of LOCALES) {
            const { index, errors: createErrors } = await pagefind.createIndex({});
            if (!index) throw new Error(`Pagefind could not create an index: ${createErrors.join('; ')}`);
            const { errors, page_count } = await index.addDirectory({ path: site, glob: `${locale}/**/*.html` });
            if (errors.length > 0) throw new Error(`Pagefind failed to index ${locale}: ${errors.join('; ')}`);
            if (page_count === 0) throw new Error(`Pagefind found no ${locale} pages to index under ${site}${locale}/`);
            const written = await index.writeFiles({ outputPath: `${site}pagefind/${locale}` });
            if (written.errors.length > 0) throw new Error(`Pagefind failed to write ${locale}: ${written.errors.join('; ')}`);
            // Our own search component uses the JS API only; Pagefind's bundled UIs would only
            // weigh down the offline copy of the bundle.
            for (const unused of UNUSED_UI_FILES) rmSync(join(site, 'pagefind', locale, unused), { force: true });
            logger.info(`${locale}: indexed ${page_count} pages into /pagefind/${locale}/`);
          }
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
