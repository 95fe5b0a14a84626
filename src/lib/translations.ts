import { LOCALES, isLocale, type Locale } from './locales';

/** Which languages one entry exists in. */
export interface TranslationStatus {
  collection: string;
  slug: string;
  present: Locale[];
  missing: Locale[];
}

/** A content file as found on disk: `<collection>/<lang>/<slug>.mdx`, and whether it is a draft. */
export interface ContentFile {
  path: string;
  draft: boolean;
}

/**
 * Groups published files by collection and slug and lists the languages each lacks.
 * Files in invalid places are skipped here: the content loader reports those.
 */
export function translationStatuses(files: ContentFile[]): TranslationStatus[] {
  const bySlug = new Map<string, { collection: string; slug: string; present: Set<Locale> }>();
  for (const file of files) {
    if (file.draft) continue;
    const match = /^([a-z-]+)\/([a-z]+)\/([a-z0-9-]+)\.mdx$/.exec(file.path);
    if (!match) continue;
    const [, collection, locale, slug] = match as unknown as [string, string, string, string];
    if (!isLocale(locale)) continue;
    const key = `${collection}/${slug}`;
    const status = bySlug.get(key) ?? { collection, slug, present: new Set<Locale>() };
    status.present.add(locale);
    bySlug.set(key, status);
  }
  return [...bySlug.values()]
    .map(({ collection, slug, present }) => ({
      collection,
      slug,
      present: LOCALES.filter((l) => present.has(l)),
      missing: LOCALES.filter((l) => !present.has(l)),
    }))
    .sort((a, b) => `${a.collection}/${a.slug}`.localeCompare(`${b.collection}/${b.slug}`));
}

/** The report printed after every build: counts per language and each missing translation. */
export function formatTranslationReport(statuses: TranslationStatus[]): string {
  const total = statuses.length;
  const lines = [`Translation report: ${total} entries`];
  for (const locale of LOCALES) {
    const have = statuses.filter((s) => s.present.includes(locale)).length;
    lines.push(`  ${locale}: ${have}/${total}`);
  }
  const missing = statuses.filter((s) => s.missing.length > 0);
  if (missing.length === 0) {
    lines.push('  every entry exists in every language');
  } else {
    lines.push(`  ${missing.length} built as fallback pages (the other language's text with a notice):`);
    for (const s of missing) {
      lines.push(
        `  - content/${s.collection}/${s.missing.join(',')}/${s.slug}.mdx is missing (exists in ${s.present.join(', ')})`,
      );
    }
  }
  return lines.join('\n');
}
