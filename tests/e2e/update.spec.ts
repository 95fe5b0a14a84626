import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect } from '@playwright/test';

/**
 * A new deploy reaches a reader who has the site cached: build the fixture site, visit it,
 * deploy a build with a changed guide into the same folder, and follow the update prompt.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(ROOT, 'tests/.out/update');
const CONTENT = join(WORK, 'content');
const DIST = join(WORK, 'dist');
const PORT = 4323;
const GUIDE = join(CONTENT, 'lifehacks/ru/only-in-russian.mdx');

function deploy(buildId: string) {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', DIST],
    {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: CONTENT, ASTRO_CACHE_DIR: join(WORK, 'cache'), BUILD_ID: buildId },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(result.stdout + result.stderr);
}

let server: ChildProcess;
test.beforeAll(async () => {
  // A full Astro build: ~15 s alone, slower when the machine is busy with other builds.
  test.setTimeout(120_000);
  rmSync(WORK, { recursive: true, force: true });
  cpSync(join(ROOT, 'tests/fixtures/site'), CONTENT, { recursive: true });
  deploy('first');
  server = spawn(process.execPath, [
    join(ROOT, 'tools/serve.mjs'),
    '--dir',
    DIST,
    '--port',
    String(PORT),
    '--host',
    '127.0.0.1',
  ]);
  await new Promise((r) => setTimeout(r, 800));
});
test.afterAll(() => server?.kill());

test('a reader sees the new text after a deploy and the update prompt', async ({ page }) => {
  // A second full build runs inside this test: on a busy two-core machine it alone can take a minute.
  test.setTimeout(240_000);
  const url = `http://127.0.0.1:${PORT}/ru/rights/lifehacks/only-in-russian/`;
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-offline-ready', 'ru', { timeout: 60_000 });
  await expect(page.locator('article.entry')).toContainText('Эта запись существует только на русском языке.');

  writeFileSync(
    GUIDE,
    readFileSync(GUIDE, 'utf8').replace(
      'Эта запись существует только на русском языке.',
      'Новый текст после обновления.',
    ),
  );
  deploy('second');

  await page.reload();
  const banner = page.locator('[data-update-banner]');
  await expect(banner).toBeVisible({ timeout: 30_000 });
  // Listen before the tap: the new worker may take over and reload the page at once.
  const reloaded = page.waitForEvent('load', { timeout: 60_000 });
  await banner.getByRole('button', { name: 'Обновить' }).click();
  await reloaded;
  await expect(page.locator('article.entry')).toContainText('Новый текст после обновления.');
  await expect(page.locator('[data-update-banner]')).toBeHidden();
  // The new build caches its own copy of the language; the old one is dropped.
  await expect
    .poll(() => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('rights-ru-'))), {
      timeout: 60_000,
    })
    .toEqual(['rights-ru-second']);
});
