import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Locale } from '../lib/locales';

/**
 * Reads the editors' YAML data files from disk: the search files (content/search/<lang>/
 * best-bets.yaml and pages.yaml) and the home page's situations (content/home/<lang>/
 * situations.yaml) and the claim builder's authorities (content/claim/<lang>/authorities.yaml). Kept apart from the pure code because it needs the file system: the build
 * and `npm run check` both read through here, so both see the same files.
 */
/** Every editors' YAML file, by name: its folder under content/, before the language. */
export const DATA_FILES = { 'best-bets': 'search', pages: 'search', situations: 'home', authorities: 'claim' } as const;
export type DataFile = keyof typeof DATA_FILES;

export const dataFilePath = (locale: Locale, file: DataFile): string => `${DATA_FILES[file]}/${locale}/${file}.yaml`;

export interface RawDataFile {
  /** Path under the content folder. */
  path: string;
  text: string;
  /** The parsed YAML, not yet validated; undefined when the file is absent. */
  data: unknown;
}

/** Reads one data file; a YAML syntax error is thrown with its line (js-yaml's message). */
export function readDataFile(contentDir: string, locale: Locale, file: DataFile): RawDataFile {
  const path = dataFilePath(locale, file);
  const full = join(contentDir, path);
  if (!existsSync(full)) return { path, text: '', data: undefined };
  const text = readFileSync(full, 'utf8');
  // CORE_SCHEMA keeps dates as typed, so the check sees 2026-13-45 instead of YAML's 14 February 2027.
  return { path, text, data: yaml.load(text, { filename: path, schema: yaml.CORE_SCHEMA }) };
}
