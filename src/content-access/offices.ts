import { getCollection } from 'astro:content';
import type { Office } from '../schemas/office';

/** The consultation offices in the order set by staff; the first one's phone is the main contact. */
export async function offices(): Promise<Office[]> {
  const entries = await getCollection('offices');
  if (entries.length === 0) {
    throw new Error(
      'content/offices.json: add at least one consultation office; every page shows how to reach the free lawyer',
    );
  }
  return entries.map((e) => e.data).sort((a, b) => a.order - b.order);
}
