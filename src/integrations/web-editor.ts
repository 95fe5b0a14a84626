import { appendFileSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import yaml from 'js-yaml';
import { cmsConfig, type CmsConfigInput } from '../editor/cms-config';
import { CMS_FILES, cmsContentSecurityPolicy, cmsPageHtml } from '../editor/cms-page';
import { EDITOR_PATH, isEntryCollection } from '../lib/routes';
import { bundleBrowserCode } from '../node/bundle-fs';
import { contentInventory } from '../node/content-inventory-fs';

/**
 * The web editor at /admin/ (Decap CMS, from npm, served by the site itself): its page, its
 * configuration made from the schemas (src/editor/cms-config.ts), its setup code and the CMS's
 * own files. Written after the CSP step (it has its own policy) and outside the language
 * folders, so it is in no sitemap, search index or offline copy, and adds no byte to a public
 * page. `astro dev` serves the same files, for editors who work with `npx decap-server`.
 */

interface Options {
  contentDir: string;
  /** https://github.com/<owner>/<name>, or undefined when the build does not know it. */
  repoUrl: string | undefined;
  branch: string;
  localBackendUrl: string;
}

const require = createRequire(import.meta.url);
/** Decap CMS's prebuilt bundle: decap-cms.js and the numbered chunks it loads from its own folder. */
const decapDist = () => dirname(require.resolve('decap-cms/dist/decap-cms.js'));
const decapFiles = () => readdirSync(decapDist()).filter((name) => /(^|\.)decap-cms\.js$|\.wasm$/.test(name));

function repoOf(url: string | undefined): string | undefined {
  const match = url ? /github\.com\/([^/]+\/[^/#?]+?)(?:\.git)?\/?$/.exec(url) : null;
  return match?.[1];
}

/** Every existing entry with its Russian title (or the other language's), for the related select. */
function entries(contentDir: string): CmsConfigInput['entries'] {
  const byKey = new Map<string, CmsConfigInput['entries'][number]>();
  for (const { path, frontmatter } of contentInventory(contentDir)) {
    const [collection, locale, file] = path.split('/');
    if (!isEntryCollection(collection) || !file || !frontmatter || !('data' in frontmatter)) continue;
    const slug = file.replace(/\.mdx$/, '');
    const title = String((frontmatter.data as { title?: unknown } | null)?.title ?? slug);
    const key = `${collection}/${slug}`;
    if (!byKey.has(key) || locale === 'ru') byKey.set(key, { collection, slug, title });
  }
  return [...byKey.values()];
}

/** The files the integration makes (not the CMS's own), by URL path. */
async function generatedFiles(options: Options): Promise<Map<string, string>> {
  const repo = repoOf(options.repoUrl);
  const config = cmsConfig({
    repo,
    branch: options.branch,
    localBackendUrl: options.localBackendUrl,
    entries: entries(options.contentDir),
  });
  const setup = await bundleBrowserCode(fileURLToPath(new URL('../editor/cms-setup.ts', import.meta.url)), 'iife');
  return new Map([
    [CMS_FILES.page, cmsPageHtml({ localBackendUrl: options.localBackendUrl, repo })],
    [CMS_FILES.config, yaml.dump(config, { lineWidth: -1, noRefs: true })],
    [CMS_FILES.setup, setup],
  ]);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
};

export default function webEditor(options: Options): AstroIntegration {
  const cmsFolder = dirname(CMS_FILES.cms);
  return {
    name: 'rights:web-editor',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!.replace(/\/$/, '/index.html');
          const send = (body: string | Buffer, name: string) => {
            res.setHeader('Content-Type', TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream');
            res.end(body);
          };
          // Every request of `astro dev` passes here: only /admin/ costs anything.
          if (!path.startsWith(EDITOR_PATH)) return next();
          if (path.startsWith(`${cmsFolder}/`)) {
            const name = path.slice(cmsFolder.length + 1);
            if (!decapFiles().includes(name)) return next();
            return send(readFileSync(join(decapDist(), name)), name);
          }
          const generated = (await generatedFiles(options)).get(path);
          return generated === undefined ? next() : send(generated, path);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const files = await generatedFiles(options);
        for (const [path, body] of files) {
          mkdirSync(dirname(join(site, path)), { recursive: true });
          writeFileSync(join(site, path), body);
        }
        // Its own policy on hosts that read _headers (the site's `/*` one is detached first).
        const policy = cmsContentSecurityPolicy(options.localBackendUrl);
        const headers = join(site, '_headers');
        if (existsSync(headers)) {
          appendFileSync(
            headers,
            `${EDITOR_PATH}*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${policy}\n`,
          );
        }
        const target = join(site, cmsFolder);
        mkdirSync(target, { recursive: true });
        const cmsFiles = decapFiles();
        for (const name of cmsFiles) copyFileSync(join(decapDist(), name), join(target, name));
        const repo = repoOf(options.repoUrl);
        logger.info(
          `${CMS_FILES.page}: web editor (Decap CMS, ${cmsFiles.length} files), ${repo ? `GitHub ${repo}` : 'local decap-server only (REPO_URL not set)'}`,
        );
      },
    },
  };
}
