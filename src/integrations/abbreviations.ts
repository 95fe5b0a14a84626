import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ABBREVIATIONS } from '../data/abbreviations';
import { explainFirst } from '../lib/abbreviations';
import { isLocale } from '../lib/locales';
import { editHtmlFiles } from '../node/files-fs';

/**
 * After the build: in every page, each abbreviation of the page's language (МРП, АЕК, БИН…)
 * is explained in plain words where it first appears (src/lib/abbreviations.ts). Runs before
 * the CSP step and the service worker, which must see the final HTML.
 */
export default function abbreviations(): AstroIntegration {
  return {
    name: 'rights:abbreviations',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const explained = editHtmlFiles(fileURLToPath(dir), (html) => {
          const lang = /<html lang="([a-z]+)"/.exec(html)?.[1];
          return isLocale(lang) ? explainFirst(html, ABBREVIATIONS[lang]) : html;
        });
        logger.info(`abbreviations explained in ${explained} pages`);
      },
    },
  };
}
