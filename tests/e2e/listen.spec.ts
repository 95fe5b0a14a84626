import { expect, test, type Page } from '@playwright/test';
import { LOCALES, type Locale } from '../../src/lib/locales';
import { entryPath } from '../../src/lib/routes';

/**
 * "Listen" on a guide (src/components/listen-aloud.ts) against a stubbed Web Speech API: the
 * controls appear only with a voice for the text's language, read the title, the answer and
 * the text in order, mark what is being read, and pause, continue and stop.
 */
const SLUG = 'return-within-14-days';
const UI = {
  kk: { start: 'Тыңдау', pause: 'Кідірту', resume: 'Жалғастыру', stop: 'Тоқтату' },
  ru: { start: 'Слушать', pause: 'Пауза', resume: 'Продолжить', stop: 'Стоп' },
} as const;

/** A speech engine with the given voices; each utterance "lasts" `hold` ms (window.hold). */
async function stubSpeech(page: Page, voices: string[] | null) {
  await page.addInitScript((voices) => {
    const w = window as unknown as Record<string, unknown>;
    if (voices === null) {
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
      return;
    }
    w['spoken'] = [];
    w['calls'] = [];
    w['hold'] = 30;
    class Utterance extends EventTarget {
      text: string;
      lang = '';
      voice: unknown = null;
      constructor(text: string) {
        super();
        this.text = text;
      }
    }
    let current: Utterance | undefined;
    const synth = {
      getVoices: () =>
        voices.map((lang) => ({ lang, name: `Stub ${lang}`, voiceURI: lang, localService: true, default: false })),
      addEventListener: () => undefined,
      speak(u: Utterance) {
        current = u;
        (w['spoken'] as string[]).push(u.text.replace(/\s+/g, ' ').trim());
        setTimeout(() => {
          u.dispatchEvent(new Event('start'));
          setTimeout(() => current === u && u.dispatchEvent(new Event('end')), w['hold'] as number);
        }, 5);
      },
      pause: () => (w['calls'] as string[]).push('pause'),
      resume: () => (w['calls'] as string[]).push('resume'),
      cancel: () => {
        (w['calls'] as string[]).push('cancel');
        current = undefined;
      },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  }, voices);
}

const tag = (locale: Locale) => (locale === 'kk' ? 'kk-KZ' : 'ru-RU');

for (const locale of LOCALES) {
  test(`${locale}: with a ${locale} voice, Listen reads the title, the answer and the text in order`, async ({
    page,
  }) => {
    await stubSpeech(page, ['en-US', tag(locale)]);
    await page.goto(entryPath(locale, 'lifehacks', SLUG));
    const listen = page.locator('listen-aloud');
    await expect(listen).toBeVisible();
    await listen.getByRole('button', { name: UI[locale].start }).click();
    await expect(page.locator('[data-reading]')).toHaveCount(1);
    await expect(listen).toHaveAttribute('data-state', 'idle', { timeout: 15_000 });
    await expect(page.locator('[data-reading]')).toHaveCount(0);

    const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
    const h1 = (await page.locator('h1').innerText()).replace(/\s+/g, ' ');
    const answer = (await page.locator('article.entry > .answer').innerText()).replace(/\s+/g, ' ');
    expect(spoken[0]).toBe(h1);
    expect(spoken[1]).toBe(answer);
    const firstStep = (await page.locator('article.entry .prose li').first().innerText()).replace(/\s+/g, ' ');
    expect(spoken).toContain(firstStep);
    // Every block once: the text's headings, paragraphs and list items, nothing from the menu.
    expect(spoken.length).toBe(
      2 +
        (await page.locator('article.entry .prose :is(h2, h3, p, li)').count()) -
        (await page.locator('article.entry .prose li:has(p)').count()),
    );
    expect(spoken.join(' ')).not.toContain(await page.locator('.toc h2').innerText());
  });

  test(`${locale}: Pause, Continue and Stop; what is read is marked`, async ({ page }) => {
    await stubSpeech(page, [tag(locale)]);
    await page.addInitScript(() => Object.assign(window, { hold: 60_000 }));
    await page.goto(entryPath(locale, 'lifehacks', SLUG));
    const listen = page.locator('listen-aloud');
    await listen.getByRole('button', { name: UI[locale].start }).click();
    await expect(page.locator('article.entry > h1')).toHaveAttribute('data-reading', '');
    const pause = listen.getByRole('button', { name: UI[locale].pause });
    await pause.click();
    await expect(listen.getByRole('button', { name: UI[locale].resume })).toHaveAttribute('aria-pressed', 'true');
    await listen.getByRole('button', { name: UI[locale].resume }).click();
    await listen.getByRole('button', { name: UI[locale].stop }).click();
    await expect(listen).toHaveAttribute('data-state', 'idle');
    await expect(page.locator('[data-reading]')).toHaveCount(0);
    await expect(listen.getByRole('button', { name: UI[locale].start })).toBeVisible();
    const calls = await page.evaluate(() => (window as unknown as { calls: string[] }).calls);
    expect(calls).toEqual(['cancel', 'pause', 'resume', 'cancel']);
  });

  test(`${locale}: no button without a ${locale} voice or without speech at all`, async ({ page }) => {
    await stubSpeech(page, ['en-US', locale === 'kk' ? 'ru-RU' : 'kk-KZ']);
    await page.goto(entryPath(locale, 'lifehacks', SLUG));
    await expect(page.locator('listen-aloud')).toBeHidden();
    const other = await page.context().newPage();
    await stubSpeech(other, null);
    await other.goto(entryPath(locale, 'lifehacks', SLUG));
    await expect(other.locator('listen-aloud')).toBeHidden();
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the guide has no visible Listen control', async ({ page }) => {
    await page.goto(entryPath('kk', 'lifehacks', SLUG));
    await expect(page.locator('listen-aloud')).toBeHidden();
  });
});
