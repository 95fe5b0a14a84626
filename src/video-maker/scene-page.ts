/**
 * The HTML page a video is recorded from: every scene as a <section>, animated with CSS only,
 * plus a small clock (scene-clock.ts) whose `seek(t)` shows the scene at time t and sets each CSS animation to the
 * matching moment. The recorder steps t frame by frame, so the video is exact however slow
 * the machine is, and frames where nothing moves are not captured twice.
 *
 * Two layouts share the markup: landscape (1280×720, the site's player, captions come from the
 * WebVTT track) and portrait (1080×1920, for Instagram and WhatsApp, narration on screen
 * because those apps do not show a separate captions file).
 */
import { readFileSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { createRequire } from 'node:module';
import { escapeHtml } from '../lib/html';
import { inlineIconSvg } from '../lib/icon-svg';
import { formatClock, sceneTimes, totalSeconds } from '../lib/video/timeline';
import type { IconId } from '../data/icons';
import { useTranslations } from '../i18n';
import { themeRootCss } from '../node/theme-tokens-fs';
import { SCENE_CLOCK, SCENE_CSS, type ResolvedScene, type VideoScript } from './script';

const require = createRequire(import.meta.url);

export type Orientation = 'landscape' | 'portrait';
export const FRAME_SIZE: Record<Orientation, { width: number; height: number }> = {
  landscape: { width: 1280, height: 720 },
  portrait: { width: 1080, height: 1920 },
};

/** The web address shown in the corner of every frame. */
const SITE_LABEL = 'sergaliturkestan.kz/rights';

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

/** The whole page for one video in one layout. */
export function scenePage(script: VideoScript, orientation: Orientation): string {
  const times = sceneTimes(script.scenes);
  const css = readFileSync(SCENE_CSS, 'utf8');
  const t = useTranslations(script.locale);
  return `<!doctype html>
<html lang="${script.locale}">
<head><meta charset="utf-8"><title>${escapeHtml(script.title)}</title>
<style>${fontFaces()}\n${themeRootCss()}\n${css}</style></head>
<body class="${orientation}">
<header class="brand"><span>${escapeHtml(t('site.name'))}</span><span>${SITE_LABEL}</span></header>
${titleCard(script)}
${script.scenes.map((item, i) => scene(item, i, times[i]!)).join('\n')}
<footer class="dots">${script.scenes.map(() => '<i></i>').join('')}</footer>
<script>${clockScript()}</script>
</body>
</html>`;
}
