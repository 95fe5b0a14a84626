import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every .html file under a built site, as absolute paths, for the post-build steps that edit pages. */
export function htmlFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
