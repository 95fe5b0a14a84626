/**
 * The HTML page a video is recorded from: every scene as a <section>, animated with CSS only,
 * plus a small clock (scene-clock.ts) whose `seek(t)` shows the scene at time t and sets each CSS animation to the
 * matching moment. The recorder steps t frame by frame, so the video is exact however slow
 * the machine is, and frames where nothing moves are not captured twice.
 *
 * Two layouts share the markup: landscape (1280×720, the site's player, captions come from the
 * WebVTT track) and portrait (1080×1920, for Instagram and WhatsApp, narration on screen
 * because those apps do not show a separate captions file). Four formats are made from them
 * (FORMATS): the site's landscape video, the full vertical one, the TV master (landscape drawn
 * at 1.5×, 1920×1080, the captions burned into the band the player would use, and an end card
 * with the contacts) and the short cut (the key scenes, vertical, with the end card).
 */
import { readFileSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { createRequire } from 'node:module';
import { escapeHtml } from '../lib/html';
import { inlineIconSvg } from '../lib/icon-svg';
import { END_CARD_SECONDS, formatClock, keyScenes, sceneTimes, totalSeconds } from '../lib/video/timeline';
import { captionCues } from '../lib/video/captions';
import type { IconId } from '../data/icons';
import { useTranslations } from '../i18n';
import { themeRootCss } from '../node/theme-tokens-fs';
import { SCENE_CLOCK, SCENE_CSS, SITE_LABEL, type ResolvedScene, type VideoScript } from './script';

const require = createRequire(import.meta.url);

export type Orientation = 'landscape' | 'portrait';
/** The page's size in CSS px; a format's `scale` multiplies it into the frame's pixels. */
export const FRAME_SIZE: Record<Orientation, { width: number; height: number }> = {
  landscape: { width: 1280, height: 720 },
  portrait: { width: 1080, height: 1920 },
};

export type VideoFormat = 'landscape' | 'portrait' | 'tv' | 'short';
export interface FormatSpec {
  layout: Orientation;
  /** Device pixels per CSS px: the TV master is the landscape page drawn at 1.5× (1920×1080), not scaled up. */
  scale: number;
  /** Captions drawn into the frame (TV shows no captions file). */
  openCaptions: boolean;
  /** The closing card with the title and the contacts. */
  endCard: boolean;
  /** Only the scenes marked key: true. */
  keyOnly: boolean;
}
export const FORMATS: Record<VideoFormat, FormatSpec> = {
  landscape: { layout: 'landscape', scale: 1, openCaptions: false, endCard: false, keyOnly: false },
  portrait: { layout: 'portrait', scale: 1, openCaptions: false, endCard: false, keyOnly: false },
  tv: { layout: 'landscape', scale: 1.5, openCaptions: true, endCard: true, keyOnly: false },
  short: { layout: 'portrait', scale: 1, openCaptions: false, endCard: true, keyOnly: true },
};

/** A scene as a format shows it: the fitted length and speech when it has a recorded voice. */
export type TimedScene = ResolvedScene & { speech?: number | undefined };

/** The scenes a format shows, in order. */
export function formatScenes<T extends TimedScene>(scenes: readonly T[], format: VideoFormat): T[] {
  return FORMATS[format].keyOnly ? keyScenes(scenes) : [...scenes];
}

/** How long a format's video runs: its scenes, plus the end card where it has one. */
export function formatSeconds(scenes: readonly TimedScene[], format: VideoFormat): number {
  return totalSeconds(formatScenes(scenes, format)) + (FORMATS[format].endCard ? END_CARD_SECONDS : 0);
}

/** A Lucide icon whose strokes can be drawn on (pathLength="1" lets CSS animate any shape the same way). */
function icon(name: IconId, className = 'icon'): string {
  const svg = inlineIconSvg(readFileSync(require.resolve(`lucide-static/icons/${name}.svg`), 'utf8'), className);
  return svg.replace(/<(path|circle|rect|line|polyline|polygon|ellipse)\b/g, '<$1 pathLength="1"');
}

/** Noto Sans (the site's print font, from npm @fontsource) inlined, so recording needs no server or network. */
function fontFaces(): string {
  return ['cyrillic', 'cyrillic-ext', 'latin', 'latin-ext']
    .flatMap((subset) =>
      [400, 700].map((weight) => {
        const file = require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff2`);
        const data = readFileSync(file).toString('base64');
        return `@font-face{font-family:"Noto Sans";font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data}) format("woff2")}`;
      }),
    )
    .join('\n');
}

function visual(scene: ResolvedScene): string {
  if (scene.highlight) {
    return `<div class="visual highlight"><strong>${escapeHtml(scene.highlight.value)}</strong><span>${escapeHtml(scene.highlight.label)}</span></div>`;
  }
  if (scene.lines) {
    const items = scene.lines.map((line, i) => {
      const mark = line.mark
        ? icon(line.mark === 'do' ? 'check' : 'ban', `icon ${line.mark}`)
        : line.icon
          ? icon(line.icon)
          : `<b>${i + 1}</b>`;
      return `<li style="--i:${i}">${mark}<span>${escapeHtml(line.text)}</span></li>`;
    });
    return `<ol class="visual lines">${items.join('')}</ol>`;
  }
  return `<div class="visual badge">${icon(scene.icon ?? 'info')}</div>`;
}

function scene(item: ResolvedScene, index: number, span: { start: number; end: number }): string {
  const law = item.lawText ? `<p class="law">${icon('scale')}<span>${escapeHtml(item.lawText)}</span></p>` : '';
  return `<section class="scene${item.lines ? ' has-lines' : ''}" data-index="${index}" data-start="${span.start}" data-end="${span.end}" style="--exit:${item.duration - 0.35}s" hidden>
  ${visual(item)}
  <div class="words"><h2>${escapeHtml(item.heading)}</h2>${law}<p class="narration">${escapeHtml(item.text)}</p></div>
</section>`;
}

/**
 * The last 5 s of the TV master and the short cut: what the video was about and how to reach
 * the free lawyer, for a viewer who saw it on TV or in a Status and has no link to tap.
 */
function endCard(script: VideoScript, start: number): string {
  const t = useTranslations(script.locale);
  const { phone, whatsapp, instagram, site } = script.contacts;
  const rows = [
    whatsapp && whatsapp !== phone
      ? [
          `${icon('phone')}<span>${escapeHtml(phone)}</span>`,
          `${icon('message-circle')}<span>WhatsApp ${escapeHtml(whatsapp)}</span>`,
        ]
      : [`${icon('phone')}<span>${escapeHtml(phone)}${whatsapp ? ' · WhatsApp' : ''}</span>`],
    [`${icon('globe')}<span>${escapeHtml(site)}</span>`],
    instagram ? [`${icon('at-sign')}<span>Instagram @${escapeHtml(instagram)}</span>`] : [],
  ].flat();
  return `<section class="scene end-card" data-index="end" data-start="${start}" data-end="${start + END_CARD_SECONDS}" style="--exit:${END_CARD_SECONDS + 1}s" hidden>
  <div class="words"><p class="kicker">${escapeHtml(script.title)}</p><h2>${escapeHtml(t('video.endCard.help'))}</h2>
  <ul class="contacts">${rows.map((row, i) => `<li style="--i:${i}">${row}</li>`).join('')}</ul></div>
</section>`;
}

/** The captions burned into the TV frame, in the band the site's player keeps for its captions. */
function openCaptions(scenes: readonly TimedScene[]): string {
  const cues = captionCues(scenes).map(
    (cue) =>
      `<p data-start="${cue.start}" data-end="${cue.end}" hidden>${cue.text.split('\n').map(escapeHtml).join('<br>')}</p>`,
  );
  return `<div class="open-captions">${cues.join('')}</div>`;
}

/** The poster: the title, the first scene's picture and the length, shown before play. */
function titleCard(script: VideoScript): string {
  const t = useTranslations(script.locale);
  const first = script.scenes.find((item) => item.icon)?.icon ?? 'info';
  return `<section class="title-card" hidden>
  <div class="visual badge">${icon(first)}</div>
  <div class="words"><p class="kicker">${escapeHtml(t('site.name'))}</p><h1>${escapeHtml(script.title)}</h1><p class="length">▶ ${formatClock(totalSeconds(script.scenes))}</p></div>
</section>`;
}

/** The page's clock (scene-clock.ts), bundled into one script that needs nothing else. */
function clockScript(): string {
  const result = buildSync({
    entryPoints: [SCENE_CLOCK],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

/**
 * The whole page for one video in one format. `scenes` are the script's scenes with the timing
 * the video is made with (fitted to the recorded voice, or as written).
 */
export function scenePage(
  script: VideoScript,
  format: VideoFormat,
  scenes: readonly TimedScene[] = script.scenes,
): string {
  const spec = FORMATS[format];
  const shown = formatScenes(scenes, format);
  const times = sceneTimes(shown);
  const css = readFileSync(SCENE_CSS, 'utf8');
  const t = useTranslations(script.locale);
  const classes = [spec.layout, spec.openCaptions ? 'open' : ''].filter(Boolean).join(' ');
  return `<!doctype html>
<html lang="${script.locale}">
<head><meta charset="utf-8"><title>${escapeHtml(script.title)}</title>
<style>${fontFaces()}\n${themeRootCss()}\n${css}</style></head>
<body class="${classes}">
<header class="brand"><span>${escapeHtml(t('site.name'))}</span><span>${SITE_LABEL}</span></header>
${titleCard(script)}
${shown.map((item, i) => scene(item, i, times[i]!)).join('\n')}
${spec.endCard ? endCard(script, totalSeconds(shown)) : ''}
${spec.openCaptions ? openCaptions(shown) : ''}
<footer class="dots">${shown.map(() => '<i></i>').join('')}</footer>
<script>${clockScript()}</script>
</body>
</html>`;
}
