import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { checkContent } from '../../src/content-check/check-content';
import { ruleMessage } from '../../src/lib/content-messages';
import { slugify } from '../../src/editor/slug';
import { filesUnder } from '../../src/node/files-fs';

/**
 * The real web editor (Decap CMS at /admin/ of the built site) against its local backend,
 * decap-server, which writes into a copy of the content: an editor creates a guide in both
 * languages and edits an infographic's step; the files pass the content check and build into
 * pages; a bad value is refused in the form with the words the check prints.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(ROOT, 'tests/.out/web-editor');
const REPO = join(WORK, 'repo');
const CONTENT = join(REPO, 'content');
const BACKEND_PORT = 8081;

// One decap-server and one content copy, shared in order.
test.describe.configure({ mode: 'serial' });

let backend: ChildProcess;
test.beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(REPO, { recursive: true });
  cpSync(join(ROOT, 'content'), CONTENT, { recursive: true });
  // The check looks for the videos' files under public/ next to the content folder.
  symlinkSync(join(ROOT, 'public'), join(REPO, 'public'));
  backend = spawn(process.execPath, [join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    env: { ...process.env, PORT: String(BACKEND_PORT), GIT_REPO_DIRECTORY: REPO, LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  });
  for (let i = 0; i < 50; i += 1) {
    const up = await fetch(`http://127.0.0.1:${BACKEND_PORT}/api/v1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    }).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('decap-server did not start');
});
test.afterAll(() => backend?.kill());

// An editor's computer, not a phone: the two languages side by side.
test.use({ viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false });

/** Opens the editor, signs in to the local backend and fails on any page error. */
async function openEditor(page: Page, hash = ''): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`/admin/${hash}`);
  await page.getByRole('button', { name: 'Войти' }).click();
  return problems;
}

/** Saves the entry now (the local backend writes the files at once). */
async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Опубликовать' }).click();
  await page.getByRole('menuitem', { name: 'Опубликовать сейчас' }).click();
  await expect(page.getByText('Изменения сохранены')).toBeVisible({ timeout: 15_000 });
}

/** The content check's errors for some files of the copy. */
function problemsIn(files: string[]): string[] {
  const shown = new Set(files.map((f) => `content/${f}`));
  return checkContent(CONTENT, 'content')
    .errors.filter((p) => shown.has(p.file))
    .map((p) => `${p.file} ${p.field ?? ''} ${p.rule} ${JSON.stringify(p.values ?? {})}`);
}

const ru = (page: Page, label: RegExp) => page.getByLabel(label).first();
const kk = (page: Page, label: RegExp) => page.getByLabel(label).nth(1);

test('an editor creates a guide in Russian and Kazakh; the files pass the check and build', async ({ page }) => {
  test.setTimeout(240_000);
  const problems = await openEditor(page, '#/collections/lifehacks/new');
  const title = 'Можно ли вернуть обувь, если она не подошла';
  await ru(page, /^Заголовок/).fill(title);
  await kk(page, /^Заголовок/).fill('Аяқ киім шақ келмесе, қайтаруға бола ма');
  await ru(page, /^Описание для поиска/).fill(
    'Обувь надлежащего качества можно вернуть в течение 14 дней, если её не носили.',
  );
  await kk(page, /^Описание для поиска/).fill('Сапалы аяқ киімді киілмеген болса, 14 күн ішінде қайтаруға болады.');
  await ru(page, /^Ответ одной фразой/).fill(
    'Да, в течение 14 дней, если обувь не носили и сохранён чек (ст. 30 Закона).',
  );
  await kk(page, /^Ответ одной фразой/).fill(
    'Иә, 14 күн ішінде, аяқ киім киілмесе және чегі сақталса (Заңның 30-бабы).',
  );
  // Topics and dates are one value for both files (i18n: duplicate): filled in the Russian pane.
  await ru(page, /^Темы/).click();
  await page.getByRole('option', { name: /Возврат и обмен/ }).click();
  // A list is kept per language: the citation is added in both panes.
  for (const pane of [0, 1]) {
    await page
      .getByRole('button', { name: /Добавить ссылки на закон/ })
      .nth(pane)
      .click();
    await page.getByLabel(/^Акт/).nth(pane).click();
    await page.getByRole('option', { name: 'Закон РК «О защите прав потребителей»' }).click();
    await page
      .getByLabel(/^Статья/)
      .nth(pane)
      .fill('30');
  }
  await ru(page, /^Факты проверены/).fill('2026-12-01');
  const bodies = page.locator('[data-slate-editor="true"]');
  await bodies.nth(0).click();
  await page.keyboard.type('Покажите продавцу чек и коробку.');
  await bodies.nth(1).click();
  await page.keyboard.type('Сатушыға чек пен қорапты көрсетіңіз.');
  await page.screenshot({ path: join(WORK, 'new-guide.png') });
  await publish(page);
  const slug = slugify(title);
  const files = ['ru', 'kk'].map((lang) => `lifehacks/${lang}/${slug}.mdx`);
  for (const file of files) expect(existsSync(join(CONTENT, file)), file).toBe(true);
  expect(readFileSync(join(CONTENT, files[1]!), 'utf8')).toContain('Аяқ киім шақ келмесе');
  expect(problemsIn(files)).toEqual([]);

  // The pages: the content copy built as the site is.
  const built = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(WORK, 'dist')],
    {
      cwd: ROOT,
      // The main build's rendered files: only what the edits touch is rendered again (about 45 s less).
      env: {
        ...process.env,
        CONTENT_DIR: CONTENT,
        ASTRO_CACHE_DIR: join(WORK, 'cache'),
        RENDER_CACHE_DIR: join(ROOT, 'node_modules/.astro/rendered'),
      },
      encoding: 'utf8',
    },
  );
  expect(built.status, built.stdout + built.stderr).toBe(0);
  const ruPage = readFileSync(join(WORK, `dist/ru/rights/lifehacks/${slug}/index.html`), 'utf8');
  expect(ruPage).toContain(title);
  expect(ruPage).toContain('Покажите продавцу чек и коробку.');
  const kkPage = readFileSync(join(WORK, `dist/kk/rights/lifehacks/${slug}/index.html`), 'utf8');
  expect(kkPage).toContain('Сатушыға чек пен қорапты көрсетіңіз.');
  expect(problems).toEqual([]);
});

test("an editor changes an infographic's step; the file still passes the check", async ({ page }) => {
  const file = 'infographics/ru/card-payment-refusal.mdx';
  const before = readFileSync(join(CONTENT, file), 'utf8');
  const problems = await openEditor(page, '#/collections/infographics/entries/card-payment-refusal');
  await expect(ru(page, /^Заголовок/)).toHaveValue('Отказ в приёме платёжных карт');
  const step = page.getByLabel(/^Шаг · Қадам/).first();
  await expect(step).toHaveValue('Магазин обязан принять карту');
  await step.fill('Магазин обязан принять платёжную карту');
  await publish(page);
  const after = readFileSync(join(CONTENT, file), 'utf8');
  expect(after).toContain('Магазин обязан принять платёжную карту');
  expect(after).not.toContain('title: Магазин обязан принять карту\n');
  // Everything else the editor did not touch keeps its meaning (the YAML may be re-flowed).
  expect(after.split('---')[2]).toBe(before.split('---')[2]);
  expect(problemsIn([file, 'infographics/kk/card-payment-refusal.mdx'])).toEqual([]);
  expect(problems).toEqual([]);
});

test('a title too long is refused in the form with the words of the content check', async ({ page }) => {
  const problems = await openEditor(page, '#/collections/pages/entries/about');
  const long = 'Очень длинный заголовок, '.repeat(5);
  await ru(page, /^Заголовок/).fill(long);
  await page.getByRole('button', { name: 'Опубликовать' }).click();
  await page.getByRole('menuitem', { name: 'Опубликовать сейчас' }).click();

  // The same value written into a file: what `npm run check` says about it.
  const file = 'pages/ru/about.mdx';
  const source = readFileSync(join(CONTENT, file), 'utf8');
  writeFileSync(join(CONTENT, file), source.replace(/^title: .*$/m, `title: "${long}"`));
  const [problem] = checkContent(CONTENT, 'content').errors.filter((p) => p.file === `content/${file}`);
  writeFileSync(join(CONTENT, file), source);
  expect(problem?.rule).toBe('field-too-long');
  const { ru: inRussian, kk: inKazakh } = ruleMessage(problem!.rule, problem!.values);
  await expect(page.getByText(inRussian, { exact: false })).toBeVisible();
  await expect(page.getByText(inKazakh, { exact: false })).toBeVisible();
  await page.screenshot({ path: join(WORK, 'refused.png') });
  // Nothing was written.
  expect(readFileSync(join(CONTENT, file), 'utf8')).toBe(source);
  // Decap rejects the refused save with an empty error: that one, and nothing else.
  expect(problems.filter((p) => p !== 'undefined')).toEqual([]);
});

test('before sign-in the editor asks no other host for anything and breaks no policy', async ({ page }) => {
  const hosts = new Set<string>();
  page.on('request', (request) => hosts.add(new URL(request.url()).host));
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      ),
    ),
  );
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto('/admin/');
  await expect(page.getByRole('button', { name: 'Войти' })).toBeVisible();
  expect([...hosts]).toEqual([new URL(page.url()).host]);
  expect(violations).toEqual([]);
  expect(problems).toEqual([]);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});

test('/admin/ is in no sitemap, search index or offline copy, and no public page mentions it', () => {
  const dist = join(ROOT, 'dist');
  const admin = join(dist, 'admin/index.html');
  expect(existsSync(admin)).toBe(true);
  expect(readFileSync(admin, 'utf8')).toContain('name="robots" content="noindex, nofollow"');
  for (const name of readdirSync(dist).filter((n) => n.startsWith('sitemap'))) {
    expect(readFileSync(join(dist, name), 'utf8'), name).not.toContain('/admin/');
  }
  for (const lang of ['ru', 'kk']) {
    expect(readFileSync(join(dist, lang, 'rights/offline-manifest.json'), 'utf8')).not.toContain('/admin/');
    expect(readFileSync(join(dist, lang, 'rights/search/index.json'), 'utf8')).not.toContain('/admin/');
  }
  // The worker names /admin/ only to leave it alone: nothing of it is precached.
  expect(readFileSync(join(dist, 'sw.js'), 'utf8')).not.toContain('"url":"/admin/');
  expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Disallow: /admin/');
  const pages = filesUnder(dist, (name) => name.endsWith('.html')).filter((f) => !f.startsWith(join(dist, 'admin')));
  expect(pages.length).toBeGreaterThan(100);
  for (const file of pages) expect(readFileSync(file, 'utf8'), file).not.toContain('/admin/');
});

test('on the published site an editor signs in with a GitHub token, no sign-in server needed', async ({ page }) => {
  // The fixture site is built with REPO_URL, as the deploy workflow builds the real one.
  const seen: string[] = [];
  await page.route('https://api.github.com/**', async (route) => {
    const request = route.request();
    seen.push(`${request.method()} ${new URL(request.url()).pathname} ${request.headers()['authorization'] ?? ''}`);
    const path = new URL(request.url()).pathname;
    if (path === '/user') return route.fulfill({ json: { login: 'editor', name: 'Редактор', avatar_url: '' } });
    if (path === '/repos/example-org/rights-portal')
      return route.fulfill({
        json: { full_name: 'example-org/rights-portal', permissions: { push: true, pull: true } },
      });
    return route.fulfill({ status: 404, json: { message: 'Not Found' } });
  });
  await page.goto('http://127.0.0.1:4322/admin/');
  const form = page.locator('#token-sign-in');
  await expect(form).toBeVisible();
  await expect(form).toContainText('example-org/rights-portal');
  expect(seen).toEqual([]);
  await form.getByLabel('Токен · Токен').fill('github_pat_example');
  await form.getByRole('button', { name: 'Войти · Кіру' }).click();
  await expect(form).toBeHidden();
  await expect.poll(() => seen.find((s) => s.startsWith('GET /user '))).toBe('GET /user token github_pat_example');
});
