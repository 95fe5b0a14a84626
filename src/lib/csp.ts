import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy every page carries: everything from the site itself; inline
 * scripts only by their exact hash (so an injected script does not run); no eval, no
 * WebAssembly, no blob workers (search is plain JavaScript); frames only from the video providers,
 * which load when the reader taps play. Pure: the post-build step (src/integrations/csp.ts)
 * feeds it the page's inline scripts.
 */
export const VIDEO_FRAME_HOSTS = ['https://www.youtube-nocookie.com', 'https://www.instagram.com'] as const;

/** The sha256 source expressions of the inline scripts in a page. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\ssrc=/.test(attributes!) || /type="application\/(ld\+)?json"/.test(attributes!)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body!).digest('base64')}'`);
  }
  return [...hashes].sort();
}

export function contentSecurityPolicy(scriptHashes: readonly string[], { header = false } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    // Astro inlines small stylesheets; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    `frame-src ${VIDEO_FRAME_HOSTS.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Only allowed in a header, not in a <meta> tag.
    ...(header ? ["frame-ancestors 'self'"] : []),
  ];
  return directives.join('; ');
}

/** Puts the policy first in <head>, before any script it governs. */
export function withCspMeta(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlineScriptHashes(html))}">`;
  return html.replace(/<head>/, `<head>${meta}`);
}
