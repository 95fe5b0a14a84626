import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { entryId, parseContentPath } from '../lib/content-path';
import { contentInventory } from '../node/content-inventory-fs';

/**
 * The collections' loader: the entries of one collection from the content inventory, so the
 * pages get the same read of each file and the same parsed frontmatter as the content check,
 * the sitemap, the translation report and the web editor (Astro's glob loader would read and
 * parse every file again with a parser of its own). The MDX body is compiled by Astro from the
 * file when a page renders it (`deferredRender`), as the glob loader does for MDX.
 *
 * A file in a wrong place or with broken YAML is left out here: the content check, which runs
 * before (src/integrations/content-check.ts), stops the build on it with a bilingual message,
 * and in `astro dev` shows that message in the overlay.
 */
export function inventoryLoader(contentDir: string, collection: string): Loader {
  return {
    name: 'rights:inventory',
    load: async ({ config, store, parseData, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const folder = resolve(contentDir, collection);

      async function sync(): Promise<void> {
        const untouched = new Set(store.keys());
        for (const file of contentInventory(contentDir)) {
          if (!file.path.startsWith(`${collection}/`)) continue;
          let id: string;
          try {
            id = entryId(parseContentPath(file.path.slice(collection.length + 1), `content/${file.path}`));
          } catch {
            continue;
          }
          untouched.delete(id);
          const parsed = file.frontmatter;
          if (!parsed || 'error' in parsed) {
            logger.warn(`content/${file.path}: no readable frontmatter; see the content check`);
            continue;
          }
          const digest = generateDigest(file.source);
          const existing = store.get(id);
          if (existing?.digest === digest) {
            // Unchanged since the last build's data store: Astro still needs its module to render it.
            if (existing.deferredRender && existing.filePath) store.addModuleImport(existing.filePath);
            continue;
          }
          const absolute = resolve(contentDir, file.path);
          const data = await parseData({
            id,
            data: (parsed.data ?? {}) as Record<string, unknown>,
            filePath: absolute,
          });
          store.set({
            id,
            data,
            body: parsed.body,
            filePath: relative(root, absolute).split(sep).join('/'),
            digest,
            deferredRender: true,
          });
        }
        for (const id of untouched) store.delete(id);
      }

      await sync();
      if (!watcher) return;
      watcher.add(folder);
      const onChange = (path: string) => {
        if (resolve(path).startsWith(`${folder}${sep}`) && path.endsWith('.mdx')) void sync();
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}
