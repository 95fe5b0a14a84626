import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { staticImports, withModulePreloads } from '../lib/module-imports';
import type { PageEditStep } from './page-edits';

/**
 * A step of the one pass over the built pages (page-edits.ts): each page that runs a module
 * script gets modulepreload links for the chunks that script imports, at any depth. Vite's own
 * preload helper is off (it would weigh more than the code it loads), and Astro does not list a
 * script's static dependencies, so a shared chunk was found only once its importer had arrived.
 * Before the CSP step, which must see the final HTML.
 */
export function modulePreloadStep(site: string): PageEditStep {
  const importsOf = new Map<string, string[]>();
  const deps = (script: string): string[] => {
    let found = importsOf.get(script);
    if (!found) {
      found = staticImports(readFileSync(join(site, script), 'utf8'), script);
      importsOf.set(script, found);
    }
    return found;
  };
  return {
    name: 'module-preload',
    edit: (html, path) => {
      const page = `/${path.slice(site.length).replace(/^\/+/, '')}`;
      const roots = new Set<string>();
      for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (!/type="module"/.test(attributes!)) continue;
        const src = /\ssrc="([^"]+)"/.exec(attributes!)?.[1];
        for (const module of src ? deps(src) : staticImports(body!, page)) roots.add(module);
      }
      const all = new Set<string>();
      const queue = [...roots];
      for (let module = queue.shift(); module; module = queue.shift()) {
        if (all.has(module)) continue;
        all.add(module);
        queue.push(...deps(module));
      }
      return withModulePreloads(html, [...all]);
    },
    done: (pages, logger) => logger.info(`modulepreload links for shared chunks added to ${pages} pages`),
  };
}
