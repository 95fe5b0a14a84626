import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../src/node/chromium-fs';

/**
 * `astro dev` runs the same content check as `npm run check` and the build: an editor who
 * previews locally sees the same bilingual message in the terminal and in the browser's error
 * overlay, while the server keeps running.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PORT = 4468;

let work: string;
let output = '';
let server: ReturnType<typeof spawn>;

beforeAll(async () => {
  mkdirSync(join(ROOT, 'tests/.out'), { recursive: true });
  work = mkdtempSync(join(ROOT, 'tests/.out/dev-'));
  const content = join(work, 'content');
  cpSync(join(ROOT, 'tests/fixtures/site'), content, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/broken-mdx/related-block.mdx'), join(content, 'lifehacks/ru/related-block.mdx'));
  server = spawn(process.execPath, [ASTRO, 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
    cwd: ROOT,
    // A plain environment, as an editor's terminal has: vitest puts NODE_ENV=test and Vite's
    // MODE, DEV, PROD and BASE_URL into process.env, and the dev server then serves no page.
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CONTENT_DIR: content,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      FORCE_COLOR: '0',
    },
  });
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  const started = Date.now();
  while (!/ready in|Local\s+http/i.test(stripVTControlCharacters(output))) {
    if (Date.now() - started > 90_000) throw new Error(`astro dev did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}, 120_000);

afterAll(() => {
  server?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('astro dev with a broken guide', () => {
  it('prints the check’s bilingual message and keeps serving', () => {
    const log = stripVTControlCharacters(output);
    expect(log).toContain('related-block.mdx:11 (related.1)');
    expect(log).toContain('ru: в «related» указан материал, которого нет: lifehacks/no-such-guide');
    expect(log).toContain('kk: «related» өрісінде жоқ материал көрсетілген: lifehacks/no-such-guide');
    expect(server.exitCode).toBeNull();
  });

  it('shows the same message in the browser’s error overlay', async () => {
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage();
      const response = await page.goto(`http://127.0.0.1:${PORT}/ru/rights/`, { waitUntil: 'domcontentloaded' });
      // The page itself is served: the errors sit over it, the editor still sees the preview.
      expect(response?.status()).toBe(200);
      const overlay = page.locator('vite-error-overlay');
      await overlay.waitFor({ state: 'attached', timeout: 60_000 });
      const text = await overlay.evaluate((element) => element.shadowRoot?.textContent ?? element.textContent ?? '');
      expect(text).toContain('lifehacks/no-such-guide');
      expect(text).toContain('ru: в «related» указан материал, которого нет');
      expect(text).toContain('kk: «related» өрісінде жоқ материал көрсетілген');
    } finally {
      await browser.close();
    }
  }, 90_000);
});
