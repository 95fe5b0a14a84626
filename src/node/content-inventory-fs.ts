import { readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseFrontmatterData, type ParsedFrontmatter } from '../lib/frontmatter';
import { filesUnder } from './files-fs';

/**
 * The content inventory: every .mdx file under the content folder, read from disk once and
 * parsed once, for everything at build time that reads content without Astro: the content
 * check, the sitemap's exclusions, the translation report, the lawyer's worklist and the web
 * editor's configuration. A file is read again only when it changed (size or time), so
 * `astro dev` sees an editor's fix and a build reads each file once, however many steps ask.
 */

/** One content file as the build steps see it. */
export interface ContentSource {
  /** `<collection>/<lang>/<slug>.mdx`, relative to the content folder. */
  path: string;
  /** The file's text as read. */
  source: string;
  /** Frontmatter split and parsed; `undefined` when the file has none. */
  frontmatter: ParsedFrontmatter | undefined;
  /** `draft: true` in the frontmatter. */
  draft: boolean;
}

/**
 * One cache per process, on globalThis: Astro loads the integrations and the content config
 * through separate module graphs, each with its own copy of this module, and both must share
 * one read of each file.
 */
interface Inventory {
  files: Map<string, { stamp: string; entry: ContentSource }>;
  reads: number;
}
const KEY = Symbol.for('rights:content-inventory');
const shared = globalThis as typeof globalThis & { [KEY]?: Inventory };
const inventory: Inventory = (shared[KEY] ??= { files: new Map(), reads: 0 });

/** How many files the inventory has read from disk since the process started (for tests and logs). */
export function inventoryReads(): number {
  return inventory.reads;
}

/** Every .mdx file of the content folder, sorted by path. */
export function contentInventory(contentDir: string): ContentSource[] {
  return filesUnder(contentDir, (name) => name.endsWith('.mdx'))
    .map((found) => {
      const full = resolve(found);
      const stats = statSync(full);
      const stamp = `${stats.size}:${stats.mtimeMs}`;
      const cached = inventory.files.get(full);
      if (cached?.stamp === stamp) return cached.entry;
      inventory.reads += 1;
      const source = readFileSync(full, 'utf8');
      const frontmatter = parseFrontmatterData(source);
      const data = frontmatter && 'data' in frontmatter ? frontmatter.data : undefined;
      const entry: ContentSource = {
        path: relative(resolve(contentDir), full).split(sep).join('/'),
        source,
        frontmatter,
        draft: Boolean(data && typeof data === 'object' && (data as { draft?: unknown }).draft === true),
      };
      inventory.files.set(full, { stamp, entry });
      return entry;
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** One file of the inventory by its path under the content folder. */
export function contentSource(contentDir: string, path: string): ContentSource | undefined {
  return contentInventory(contentDir).find((entry) => entry.path === path);
}
