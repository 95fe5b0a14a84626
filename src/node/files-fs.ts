import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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

/**
 * The one post-build edit loop over a built site's pages (abbreviations, modulepreload links,
 * file sizes, the CSP): `edit` gets each page's HTML and path and returns the new HTML; a page
 * is written only when it changed. Returns how many pages changed.
 */
export function editHtmlFiles(site: string, edit: (html: string, path: string) => string): number {
  let changed = 0;
  for (const path of htmlFiles(site)) {
    const html = readFileSync(path, 'utf8');
    const out = edit(html, path);
    if (out !== html) {
      writeFileSync(path, out);
      changed += 1;
    }
  }
  return changed;
}
