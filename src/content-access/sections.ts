import { ENTRY_COLLECTIONS, type EntryCollection } from '../lib/routes';
import type { Locale } from '../lib/locales';
import type { TopicId } from '../data/topics';
import { TOPIC_IDS } from '../data/topics';
import { localizedEntries, type LocalizedEntry } from './entries';

/** Each entry collection with its entries for one language; empty collections are left out (no dead list pages). */
export async function sectionsFor(locale: Locale) {
  const sections = await Promise.all(
    ENTRY_COLLECTIONS.map(async (collection) => ({ collection, items: await localizedEntries(collection, locale) })),
  );
  return sections.filter((s) => s.items.length > 0);
}

/** Topics that at least one of `items` uses, in vocabulary order. */
export function topicsUsed(items: LocalizedEntry<EntryCollection>[]): TopicId[] {
  const used = new Set(items.flatMap((i) => i.entry.data.topics));
  return TOPIC_IDS.filter((topic) => used.has(topic));
}

export function withTopic(items: LocalizedEntry<EntryCollection>[], topic: TopicId) {
  return items.filter((i) => i.entry.data.topics.includes(topic));
}
