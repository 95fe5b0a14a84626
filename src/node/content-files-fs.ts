import type { ContentFile } from '../lib/translations';
import { contentInventory } from './content-inventory-fs';

/** Every .mdx file under the content folder, as `<collection>/<lang>/<slug>.mdx`, with its draft flag. */
export function listContentFiles(contentDir: string): ContentFile[] {
  return contentInventory(contentDir).map(({ path, draft }) => ({ path, draft }));
}
