import type { CollectionEntry } from 'astro:content';
import type { EntryCollection } from '../lib/routes';

/**
 * All the words of an entry a reader might search for: title, description, keywords, the
 * collection's own fields and the MDX body without its markup. Used for the page's search
 * terms and for the typo-correction vocabulary, so both see the same text.
 */
export function entrySearchText(entry: CollectionEntry<EntryCollection>): string {
  const data = entry.data;
  const parts: string[] = [data.title, data.description, ...data.keywords];
  if (entry.collection === 'lifehacks') parts.push(entry.data.answer);
  if (entry.collection === 'flyers') parts.push(...entry.data.rights);
  if (entry.collection === 'infographics') parts.push(JSON.stringify(entry.data.graphic).replace(/"(kind|steps|stages|items|do|dont|title|text)":/g, ' '));
  parts.push((entry.body ?? '').replace(/<[^>]*>/g, ' ').replace(/\]\([^)]*\)/g, ']'));
  return parts.join(' \n ');
}
