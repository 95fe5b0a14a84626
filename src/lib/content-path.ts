import { LOCALES, isLocale, type Locale } from './locales';

/**
 * Editors' files live at `content/<collection>/<lang>/<slug>.mdx`. The language is the first
 * folder and the slug the file name: never frontmatter fields, so a translation cannot
 * disagree with where it is stored.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ContentPath {
  locale: Locale;
  slug: string;
}

/** Thrown with a message an editor can act on: which file, what is wrong, how to fix it. */
export class ContentPathError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ContentPathError';
  }
}

/**
 * Parses a path relative to a collection folder, e.g. `kk/return-within-14-days.mdx`.
 * @param entry the path as the glob loader reports it
 * @param displayPath the path to show in error messages (e.g. `content/lifehacks/kk/x.mdx`)
 */
export function parseContentPath(entry: string, displayPath = entry): ContentPath {
  const parts = entry.split('/');
  if (parts.length !== 2) {
    throw new ContentPathError(
      displayPath,
      `put the file directly inside a language folder: <collection>/${LOCALES.join('|')}/<slug>.mdx`,
    );
  }
  const [folder, file] = parts as [string, string];
  if (!isLocale(folder)) {
    throw new ContentPathError(
      displayPath,
      `the language folder "${folder}" is not supported; move the file into one of: ${LOCALES.join(', ')}`,
    );
  }
  const slug = file.replace(/\.mdx?$/, '');
  if (!SLUG_PATTERN.test(slug)) {
    throw new ContentPathError(
      displayPath,
      `the file name "${file}" must be Latin lowercase words joined by hyphens (e.g. "return-within-14-days.mdx"), the same name in both language folders`,
    );
  }
  return { locale: folder, slug };
}

/** Content entry id as stored by the loader: `<lang>/<slug>`. */
export function entryId(path: ContentPath): string {
  return `${path.locale}/${path.slug}`;
}

/** Inverse of {@link entryId}. */
export function splitEntryId(id: string): ContentPath {
  return parseContentPath(`${id}.mdx`, id);
}
