import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { LOCALES, type Locale } from '../../src/lib/locales';
import { parseFrontmatterData } from '../../src/lib/frontmatter';
import {
  homePath,
  quizIndexPath,
  quizPath,
  slideshowPath,
  topicPath,
  trainerPdfPath,
  trainersPath,
  trainerTopicPath,
} from '../../src/lib/routes';
import { UI_STRINGS } from '../../src/i18n';
import { axeViolations, saveForOffline, scrollsSideways } from './helpers';

/**
 * The self-check quizzes and the trainers' kit, in both languages, at 360 px: answered right
 * and wrong, a quiz gives the right score, the explanations and the guides to read; without
 * JavaScript each chosen answer opens its explanation; the slides turn with the keys and go full
 * screen; the kit is linked from the section home and the topic pages.
 */
const topics = (locale: Locale) => readdirSync(join('content/quizzes', locale)).map((f) => f.replace(/\.mdx$/, ''));
const strings = (locale: Locale) => UI_STRINGS[locale] as Record<string, string>;
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));

function quizOf(locale: Locale, topic: string) {
  const parsed = parseFrontmatterData(readFileSync(join('content/quizzes', locale, `${topic}.mdx`), 'utf8'));
  return (parsed && 'data' in parsed ? parsed.data : {}) as {
    questions: Array<{ id: string; guide: string; answers: Array<{ text: string; right?: boolean }> }>;
  };
}

/** Picks an answer of the question now shown: the right one, or the first wrong one. */
async function answer(page: Page, right: boolean) {
  const question = page.locator('[data-question]:visible');
  await expect(question).toHaveCount(1);
  const choice = question.locator(right ? '.quiz-answer[data-right]' : '.quiz-answer:not([data-right])').first();
  await choice.locator('label').click();
  return choice;
}

/** The width of the slide on screen as drawn, 0 until its picture has arrived (slides are 1080 px wide). */
const shownSlideWidth = (page: Page) =>
  page
    .locator('slide-show [data-slide-index]:visible img')
    .evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0));

for (const locale of LOCALES) {
  const t = strings(locale);
  const [topic] = topics(locale) as [string];

  test(`${locale}: a quiz answered right and wrong gives the score, the explanations and the guides to read`, async ({
    page,
  }) => {
    const quiz = quizOf(locale, topic);
    const total = quiz.questions.length;
    await page.goto(quizPath(locale, topic));
    await expect(page.locator('[data-question]:visible')).toHaveCount(1);
    await expect(page.getByRole('button', { name: t['quiz.next']! })).toBeDisabled();

    // Question 1 right: «Верно.» opens under the choice, the others are locked.
    const first = await answer(page, true);
    await expect(first.locator('.quiz-explanation')).toBeVisible();
    await expect(first.locator('.quiz-explanation')).toContainText(t['quiz.right']!);
    await expect(page.locator('[data-question]:visible input:disabled')).toHaveCount(
      quiz.questions[0]!.answers.length - 1,
    );
    await expect(page.getByRole('status')).toContainText(t['quiz.right']!);
    await page.getByRole('button', { name: t['quiz.next']! }).click();

    // Question 2 wrong: «Неверно.» under the choice, and the right answer's explanation too.
    const second = await answer(page, false);
    await expect(second.locator('.quiz-explanation')).toContainText(t['quiz.wrong']!);
    await expect(page.locator('[data-question]:visible .quiz-answer[data-right] .quiz-explanation')).toBeVisible();
    await expect(second.locator('.quiz-explanation a')).toHaveAttribute(
      'href',
      `/${locale}/rights/lifehacks/${quiz.questions[1]!.guide}/`,
    );

    // The rest right.
    for (let q = 2; q < total; q += 1) {
      await page.getByRole('button', { name: t['quiz.next']! }).click();
      await answer(page, true);
    }
    await page.getByRole('button', { name: t['quiz.finish']! }).click();
    const result = page.locator('[data-result]');
    await expect(result).toBeFocused();
    await expect(result.locator('[data-score]')).toHaveText(fill(t['quiz.score']!, { score: total - 1, total }));
    const missed = result.locator('[data-missed-list] a');
    await expect(missed).toHaveCount(1);
    await expect(missed).toHaveAttribute('href', `/${locale}/rights/lifehacks/${quiz.questions[1]!.guide}/`);
    // The score screen is a state the sitemap's axe check never sees.
    expect(await axeViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);

    // Kept only when asked, and only here: the next visit shows it.
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await result.getByLabel(t['quiz.remember']!).check();
    await page.reload();
    await expect(page.locator('[data-last]')).toHaveText(fill(t['quiz.last']!, { score: total - 1, total }));

    // Try again: back to question 1, nothing chosen.
    for (let q = 0; q < total; q += 1) {
      await answer(page, true);
      await page.getByRole('button', { name: q === total - 1 ? t['quiz.finish']! : t['quiz.next']! }).click();
    }
    await expect(result.locator('[data-score]')).toContainText(fill(t['quiz.score']!, { score: total, total }));
    await expect(result.locator('[data-missed]')).toBeHidden();
    await result.getByRole('button', { name: t['quiz.again']! }).click();
    await expect(page.locator('[data-question]:visible')).toHaveCount(1);
    await expect(page.locator('[data-question]:visible')).toBeFocused();
    await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
    await expect(page.locator('[data-last]')).toHaveText(fill(t['quiz.last']!, { score: total, total }));
    // Unticking forgets it.
    await answer(page, true);
    for (let q = 1; q < total; q += 1) {
      await page.getByRole('button', { name: t['quiz.next']! }).click();
      await answer(page, true);
    }
    await page.getByRole('button', { name: t['quiz.finish']! }).click();
    await result.getByLabel(t['quiz.remember']!).uncheck();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  test.describe(`${locale} without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });
    test('every question shows, and each chosen answer opens its explanation', async ({ page }) => {
      const quiz = quizOf(locale, topic);
      await page.goto(quizPath(locale, topic));
      await expect(page.locator('fieldset legend')).toHaveCount(quiz.questions.length);
      await expect(page.locator('.quiz-explanation:visible')).toHaveCount(0);
      const first = page.locator('[data-question]').first();
      const wrong = first.locator('.quiz-answer:not([data-right])').first();
      await wrong.locator('label').click();
      await expect(wrong.locator('.quiz-explanation')).toBeVisible();
      await expect(wrong.locator('.quiz-explanation')).toContainText(t['quiz.wrong']!);
      const right = first.locator('.quiz-answer[data-right]');
      await right.locator('label').click();
      await expect(right.locator('.quiz-explanation')).toContainText(t['quiz.right']!);
      await expect(wrong.locator('.quiz-explanation')).toBeHidden();
      await expect(page.locator('.quiz-explanation:visible')).toHaveCount(1);
    });
  });

  test(`${locale}: the slides turn with the keys and go full screen`, async ({ page }) => {
    await page.goto(slideshowPath(locale, topic));
    const show = page.locator('slide-show');
    const slides = show.locator('[data-slide-index]');
    const count = await slides.count();
    expect(count).toBeGreaterThan(1);
    await expect(show.locator('[data-slide-index]:visible')).toHaveCount(1);
    const counter = show.locator('[data-counter]');
    await expect(counter).toHaveText(fill(t['slides.counter']!, { n: 1, total: count }));
    await page.keyboard.press('ArrowRight');
    await expect(counter).toHaveText(fill(t['slides.counter']!, { n: 2, total: count }));
    await page.keyboard.press('End');
    await expect(counter).toHaveText(fill(t['slides.counter']!, { n: count, total: count }));
    await expect(show.getByRole('button', { name: t['slides.next']! })).toBeDisabled();
    await page.keyboard.press('Home');
    await show.getByRole('button', { name: t['slides.fullscreen']! }).click();
    await expect(show).toHaveAttribute('data-full', '');
    // The slide fills the screen: as tall as the viewport allows, inside it.
    const box = (await show.locator('[data-slide-index]:visible img').boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(360);
    expect(box.width).toBeGreaterThan(300);
    expect(await shownSlideWidth(page)).toBe(1080);
  });

  test(`${locale}: saved from the trainer's page, the slides are shown one after another with no connection`, async ({
    page,
    context,
  }) => {
    // A village hall often has no signal: the trainer saves the kit at home, then presents.
    await saveForOffline(page, trainerTopicPath(locale, topic));
    await context.setOffline(true);
    await page.goto(slideshowPath(locale, topic));
    const show = page.locator('slide-show');
    const count = await show.locator('[data-slide-index]').count();
    await show.getByRole('button', { name: t['slides.fullscreen']! }).click();
    for (let n = 1; n <= count; n += 1) {
      await expect(show.locator('[data-counter]')).toHaveText(fill(t['slides.counter']!, { n, total: count }));
      await expect.poll(() => shownSlideWidth(page), { message: `slide ${n} of ${count} offline` }).toBe(1080);
      await page.keyboard.press('ArrowRight');
    }
    // The printed files were saved with them.
    for (const kind of ['plan', 'test'] as const) {
      const status = await page.evaluate(async (url) => (await fetch(url)).status, trainerPdfPath(locale, topic, kind));
      expect(status, kind).toBe(200);
    }
  });

  test(`${locale}: the kit is linked from the home and the topic pages, and its files download`, async ({
    page,
    request,
  }) => {
    await page.goto(homePath(locale));
    await page
      .locator(`a[href="${quizIndexPath(locale)}"]`)
      .first()
      .click();
    await expect(page.locator('h1')).toHaveText(t['quiz.section']!);
    for (const id of topics(locale)) await expect(page.locator(`a[href="${quizPath(locale, id)}"]`)).toHaveCount(1);
    await page.goto(homePath(locale));
    await expect(page.locator(`a[href="${trainersPath(locale)}"]`)).toHaveCount(1);
    await page.goto(topicPath(locale, topic));
    await expect(page.locator(`a[href="${quizPath(locale, topic)}"]`)).toHaveCount(1);
    await expect(page.locator(`a[href="${trainerTopicPath(locale, topic)}"]`)).toHaveCount(1);
    await page.goto(trainerTopicPath(locale, topic));
    for (const kind of ['plan', 'test'] as const) {
      const link = page.locator(`a[href="${trainerPdfPath(locale, topic, kind)}"]`);
      await expect(link).toHaveCount(1);
      const response = await request.get(trainerPdfPath(locale, topic, kind));
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('application/pdf');
    }
    await expect(page.locator(`a[href="${slideshowPath(locale, topic)}"]`)).toHaveCount(1);
    await expect(page.locator('.session-plan > li')).toHaveCount(6);
  });
}
