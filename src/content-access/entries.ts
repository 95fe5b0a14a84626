import { getCollection, type CollectionEntry } from 'astro:content';
import { LOCALES, otherLocale, type Locale } from '../lib/locales';
import { splitEntryId } from '../lib/content-path';
import { parseRelated, type EntryCollection } from '../lib/routes';

/** Collections whose entries are shown one per page. */
export type PageCollection = EntryCollection | 'pages';

/**
 * One entry as a reader of `locale` sees it: in their language when it exists, otherwise
 * the other language's text (`isFallback`), so links never break while a translation is pending.
 */
export interface LocalizedEntry<C extends PageCollection = PageCollection> {
  collection: C;
  slug: string;
  /** The language of the page around the entry. */
  locale: Locale;
  /** The language the entry's text is written in; differs from `locale` on a fallback. */
  contentLocale: Locale;
  isFallback: boolean;
  /** Languages in which this entry really exists (for hreflang). */
  translations: Locale[];
  entry: CollectionEntry<C>;
}

const published = (entry: { data: { draft: boolean } }): boolean => import.meta.env.DEV || !entry.data.draft;

/** Every published entry of a collection, grouped by slug, with the languages it exists in. */
async function bySlug<C extends PageCollection>(collection: C) {
  const entries = (await getCollection(collection, published)) as CollectionEntry<C>[];
  const slugs = new Map<string, Partial<Record<Locale, CollectionEntry<C>>>>();
  for (const entry of entries) {
    const { locale, slug } = splitEntryId(entry.id);
    slugs.set(slug, { ...slugs.get(slug), [locale]: entry });
  }
  return slugs;
}

const cache = new Map<PageCollection, Promise<Map<string, Partial<Record<Locale, unknown>>>>>();
function cachedBySlug<C extends PageCollection>(collection: C) {
  if (!cache.has(collection)) cache.set(collection, bySlug(collection));
  return cache.get(collection) as Promise<Map<string, Partial<Record<Locale, CollectionEntry<C>>>>>;
}

function localize<C extends PageCollection>(
  collection: C,
  slug: string,
  locale: Locale,
  versions: Partial<Record<Locale, CollectionEntry<C>>>,
): LocalizedEntry<C> | undefined {
  const own = versions[locale];
  const entry = own ?? versions[otherLocale(locale)];
  if (!entry) return undefined;
  return {
    collection,
    slug,
    locale,
    contentLocale: own ? locale : otherLocale(locale),
    isFallback: !own,
    translations: LOCALES.filter((l) => versions[l]),
    entry,
  };
}

/** All entries of a collection for readers of `locale`, fallbacks included, newest check first. */
export async function localizedEntries<C extends PageCollection>(
  collection: C,
  locale: Locale,
): Promise<LocalizedEntry<C>[]> {
  const slugs = await cachedBySlug(collection);
  return [...slugs.entries()]
    .map(([slug, versions]) => localize(collection, slug, locale, versions))
    .filter((e): e is LocalizedEntry<C> => e !== undefined)
    .sort((a, b) => a.entry.data.title.localeCompare(b.entry.data.title, a.contentLocale));
}

/** One entry for readers of `locale`, or undefined when no language has it. */
export async function localizedEntry<C extends PageCollection>(collection: C, slug: string, locale: Locale) {
  const versions = (await cachedBySlug(collection)).get(slug);
  return versions && localize(collection, slug, locale, versions);
}

/**
 * Resolves an entry's `related` list. A reference to an entry that does not exist stops the
 * build with the file and field to fix, rather than publishing a dead link.
 */
export async function relatedEntries(
  from: LocalizedEntry<EntryCollection>,
): Promise<LocalizedEntry<EntryCollection>[]> {
  const refs: string[] = from.entry.data.related;
  return Promise.all(
    refs.map(async (ref) => {
      const { collection, slug } = parseRelated(ref);
      const found = await localizedEntry(collection, slug, from.locale);
      if (!found) {
        throw new Error(
          `content/${from.collection}/${from.contentLocale}/${from.slug}.mdx: related: "${ref}" does not exist ` +
            `(no content/${collection}/<lang>/${slug}.mdx); fix the name or remove it from the list`,
        );
      }
      return found;
    }),
  );
}
