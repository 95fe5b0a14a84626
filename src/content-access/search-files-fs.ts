import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Locale } from '../lib/locales';

/**
 * Reads the editors' search files (content/search/<lang>/best-bets.yaml and pages.yaml) from
 * disk. Kept apart from the pure code because it needs the file system: the build's index
 * endpoint and `npm run check` both read through here, so both see the same files.
 */
export const SEARCH_FILES = ['best-bets', 'pages'] as const;
export type SearchFile = (typeof SEARCH_FILES)[number];

export const searchFilePath = (locale: Locale, file: SearchFile): string => `search/${locale}/${file}.yaml`;

export interface RawSearchFile {
  /** Path under the content folder. */
  path: string;
  text: string;
  /** The parsed YAML, not yet validated; undefined when the file is absent. */
  data: unknown;
}

/** Reads one search file; a YAML syntax error is thrown with its line (js-yaml's message). */
export function readSearchFile(contentDir: string, locale: Locale, file: SearchFile): RawSearchFile {
  const path = searchFilePath(locale, file);
  const full = join(contentDir, path);
  if (!existsSync(full)) return { path, text: '', data: undefined };
  const text = readFileSync(full, 'utf8');
  return { path, text, data: yaml.load(text, { filename: path }) };
}
