import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The one recursive directory walk: every file under a folder, as absolute paths in a stable
 * order, optionally only those whose name passes `keep`. An absent folder has no files.
 */
export function filesUnder(dir: string, keep: (name: string) => boolean = () => true): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Every .html file under a built site, for the post-build steps that edit pages. */
export function htmlFiles(site: string): string[] {
  return filesUnder(site, (name) => name.endsWith('.html'));
}
