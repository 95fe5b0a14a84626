import { escapeHtml } from '../lib/html';
import { EDITOR_PATH } from '../lib/routes';

/**
 * The web editor's page at /admin/: Decap CMS fills it. Its own Content-Security-Policy, not
 * the site's: the editor talks to GitHub's API and, on an editor's computer, to decap-server;
 * React's styles are inline. Nothing is fetched from another host before sign-in: the CMS's
 * code is served from /admin/ itself.
 */

/** The files the page loads, under /admin/. */
export const CMS_FILES = {
  page: `${EDITOR_PATH}index.html`,
  config: `${EDITOR_PATH}config.yml`,
  setup: `${EDITOR_PATH}cms-setup.js`,
  /** Decap CMS's own bundle and its lazily loaded chunks sit next to it. */
  cms: `${EDITOR_PATH}decap/decap-cms.js`,
} as const;

/** The hosts the editor may talk to: GitHub's API and avatars, and the local decap-server. */
export function cmsContentSecurityPolicy(localBackendUrl: string): string {
  const local = new URL(localBackendUrl);
  const localOrigins = [local.origin, local.origin.replace('localhost', '127.0.0.1')];
  return [
    "default-src 'none'",
    // Decap CMS checks its configuration with AJV, which compiles each validator with new Function.
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src 'self' https://api.github.com ${[...new Set(localOrigins)].join(' ')}`,
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export function cmsPageHtml({ localBackendUrl, repo }: { localBackendUrl: string; repo: string | undefined }): string {
  return `<!doctype html>
<html lang="ru" data-cms-script="${CMS_FILES.cms}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${cmsContentSecurityPolicy(localBackendUrl)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Редактор сайта · Сайт редакторы</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link href="${CMS_FILES.config}" type="text/yaml" rel="cms-config-url">
<style>
  #token-sign-in { max-width: 32rem; margin: 1rem auto; padding: 1rem; font: 1rem/1.5 system-ui, sans-serif; border: 1px solid #767676; border-radius: 0.5rem; background: #fff; color: #1a1a1a; position: relative; z-index: 1000; }
  #token-sign-in[hidden] { display: none; }
  #token-sign-in label { display: block; font-weight: 600; }
  #token-sign-in input { display: block; width: 100%; box-sizing: border-box; padding: 0.5rem; font: inherit; margin: 0.25rem 0 0.75rem; border: 1px solid #767676; border-radius: 0.25rem; background: #fff; color: #1a1a1a; }
  #token-sign-in button { padding: 0.5rem 1rem; font: inherit; background: #0b5cad; color: #fff; border: 0; border-radius: 0.25rem; }
  #token-sign-in a { color: #0b5cad; }
</style>
</head>
<body>
<noscript>Редактору нужен JavaScript. · Редакторға JavaScript қажет.</noscript>
${repo ? tokenForm(repo) : ''}
<script src="${CMS_FILES.setup}"></script>
</body>
</html>
`;
}

/** Sign-in with a GitHub token, shown by cms-setup.ts on the public site until an editor signs in. */
function tokenForm(repo: string): string {
  const help = `https://github.com/${repo}/blob/main/CONTRIBUTING.md#web-editor`;
  return `<form id="token-sign-in" hidden>
  <h1>Вход с токеном GitHub · GitHub токенімен кіру</h1>
  <p>Репозиторий · Репозиторий: ${escapeHtml(repo)}. Создайте токен по инструкции в <a href="${escapeHtml(help)}">CONTRIBUTING.md</a> и вставьте его сюда. · Нұсқаулық бойынша токен жасап, осында қойыңыз.</p>
  <label for="token">Токен · Токен</label>
  <input id="token" name="token" type="password" autocomplete="off" spellcheck="false" required>
  <button type="submit">Войти · Кіру</button>
</form>`;
}
