import { test, expect, type Page, type Request } from '@playwright/test';
import { axeViolations, saveForOffline, scrollsSideways } from './helpers';

/**
 * The four explainers, in both languages, as a reader on a phone meets them: the page loads
 * no video and nothing from another host until play is pressed; play starts the self-hosted
 * file with captions in the page's language; the transcript is on the page; axe passes.
 */
const SLUGS = ['online-shopping', 'product-information', 'return-and-exchange', 'price-at-the-till'];
const LANGS = ['kk', 'ru'] as const;

/** Every request the page makes, from the moment it starts loading. */
function requestLog(page: Page): Request[] {
  const log: Request[] = [];
  page.on('request', (request) => log.push(request));
  return log;
}
const outside = (log: Request[]) =>
  log
    .map((r) => new URL(r.url()))
    .filter((url) => url.hostname !== '127.0.0.1')
    .map(String);
const videoRequests = (log: Request[]) => log.filter((r) => /\.(webm|mp4)$/.test(new URL(r.url()).pathname));

/** Presses play the way a reader does: a tap on the big play button over the poster. */
async function pressPlay(page: Page): Promise<void> {
  const play = page.locator('video-player button');
  await expect(play).toHaveAccessibleName(/^(Смотреть видео|Бейнені көру): /);
  await play.click();
  await expect(play).toHaveCount(0);
}

for (const lang of LANGS) {
  for (const slug of SLUGS) {
    test(`(${lang}) ${slug}: nothing loads before play, then the video plays with ${lang} captions`, async ({
      page,
    }) => {
      const log = requestLog(page);
      await page.goto(`/${lang}/rights/videos/${slug}/`);
      await page.waitForLoadState('networkidle');

      const video = page.locator('article video');
      await expect(video).toHaveAttribute('preload', 'none');
      await expect(video).toHaveAttribute('poster', `/videos/${slug}/${lang}-poster.webp`);
      const track = video.locator('track');
      await expect(track).toHaveAttribute('kind', 'captions');
      await expect(track).toHaveAttribute('srclang', lang);
      await expect(track).toHaveAttribute('src', `/videos/${slug}/${lang}.vtt`);
      expect(videoRequests(log), 'no video bytes before play').toEqual([]);
      expect(outside(log), 'no request to another host before play').toEqual([]);
      expect(await scrollsSideways(page)).toBe(false);

      await pressPlay(page);
      await expect
        .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 15_000 })
        .toBeGreaterThan(1);
      expect(await video.evaluate((v: HTMLVideoElement) => v.paused)).toBe(false);
      expect(videoRequests(log).map((r) => new URL(r.url()).pathname)).toContain(`/videos/${slug}/${lang}.webm`);
      expect(outside(log), 'the video is self-hosted: still no other host').toEqual([]);

      // The captions track is on, loaded, and says what the transcript says.
      const captions = await video.evaluate((v: HTMLVideoElement) => {
        const textTrack = v.textTracks[0]!;
        return {
          mode: textTrack.mode,
          language: textTrack.language,
          cues: [...(textTrack.cues ?? [])].map((cue) => (cue as VTTCue).text),
        };
      });
      expect(captions).toMatchObject({ mode: 'showing', language: lang });
      expect(captions.cues.length).toBeGreaterThan(10);
      const transcript = (await page.locator('.transcript').innerText()).replace(/\s+/g, ' ');
      expect(transcript).toContain(captions.cues[0]!.replace(/\s+/g, ' '));
    });
  }

  test(`(${lang}) a video page has a transcript of 250+ words, downloads and no axe violations`, async ({ page }) => {
    await page.goto(`/${lang}/rights/videos/return-and-exchange/`);
    const words = (await page.locator('.transcript').innerText()).match(/[\p{L}\p{N}]+/gu) ?? [];
    expect(words.length).toBeGreaterThanOrEqual(250);
    await expect(page.locator('.transcript > li')).toHaveCount(11);
    for (const file of [
      `${lang}-short.mp4`,
      `${lang}-vertical.mp4`,
      `${lang}.webm`,
      `${lang}.mp4`,
      `${lang}-tv.mp4`,
      `${lang}.vtt`,
    ]) {
      const link = page.locator(`.video-files a[href="/videos/return-and-exchange/${file}"]`);
      await expect(link).toHaveAttribute('download', '');
      expect((await page.request.get((await link.getAttribute('href'))!)).ok()).toBe(true);
    }
    await expect(page.locator('.video-files [data-asset-size]').first()).toHaveText(/\d/);
    expect(await axeViolations(page)).toEqual([]);
  });
}

for (const lang of LANGS) {
  test(`(${lang}) the player offers the same video as H.264 MP4 after WebM, and the MP4 plays in Chromium's player`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/rights/videos/price-at-the-till/`);
    const sources = page.locator('article video source');
    await expect(sources).toHaveCount(2);
    expect(
      await sources.evaluateAll((list) => list.map((s) => [s.getAttribute('src'), s.getAttribute('type')])),
    ).toEqual([
      [`/videos/price-at-the-till/${lang}.webm`, 'video/webm'],
      [`/videos/price-at-the-till/${lang}.mp4`, 'video/mp4'],
    ]);
    // A browser without VP9 (an older iPhone) skips the WebM: drop it and play what is left.
    const log = requestLog(page);
    const video = page.locator('article video');
    await video.evaluate((v: HTMLVideoElement) => {
      v.querySelector('source[type="video/webm"]')!.remove();
      v.load();
    });
    await pressPlay(page);
    await expect
      .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 15_000 })
      .toBeGreaterThan(1);
    expect(
      await video.evaluate((v: HTMLVideoElement) => [v.currentSrc.replace(/^.*\/videos\//, ''), v.videoWidth, v.error]),
    ).toEqual([`price-at-the-till/${lang}.mp4`, 1280, null]);
    expect(videoRequests(log).map((r) => new URL(r.url()).pathname)).toEqual(
      expect.arrayContaining([`/videos/price-at-the-till/${lang}.mp4`]),
    );
  });
}

test('a video saved for offline plays without a network', async ({ page, context }) => {
  test.setTimeout(90_000);
  await saveForOffline(page, '/ru/rights/videos/price-at-the-till/');
  await context.setOffline(true);
  await page.reload();
  const video = page.locator('article video');
  await pressPlay(page);
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 15_000 })
    .toBeGreaterThan(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test("the player is the browser's own, with controls, captions and no video bytes loaded", async ({ page }) => {
    const log = requestLog(page);
    await page.goto('/kk/rights/videos/return-and-exchange/');
    const video = page.locator('article video');
    await expect(video).toHaveAttribute('controls', '');
    await expect(page.locator('video-player button')).toBeHidden();
    await expect(video.locator('track[kind="captions"]')).toHaveAttribute('srclang', 'kk');
    expect(videoRequests(log)).toEqual([]);
  });
});
