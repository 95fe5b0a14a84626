import { ABBREVIATIONS } from '../data/abbreviations';
import { explainFirst } from '../lib/abbreviations';
import { isLocale } from '../lib/locales';
import type { PageEditStep } from './page-edits';

/**
 * A step of the one pass over the built pages (page-edits.ts): in every page, each
 * abbreviation of the page's language (МРП, АЕК, БИН…) is explained in plain words where it
 * first appears (src/lib/abbreviations.ts). Before the CSP step, which must see the final HTML.
 */
export function abbreviationsStep(): PageEditStep {
  return {
    name: 'abbreviations',
    edit: (html) => {
      const lang = /<html lang="([a-z]+)"/.exec(html)?.[1];
      return isLocale(lang) ? explainFirst(html, ABBREVIATIONS[lang]) : html;
    },
    done: (pages, logger) => logger.info(`abbreviations explained in ${pages} pages`),
  };
}
