/**
 * A static server for a built site that behaves like a slow phone link, for `npm run bench`:
 * each response starts after a fixed latency and its bytes leave at a shared rate, gzip for
 * text as a real host sends it. Throttling here, at the server, slows the page and its service
 * worker alike: Chrome's own network emulation applies to the page only, so a worker would
 * fetch at full speed and the measurement would lie.
 * Serves only this machine (127.0.0.1) and stops when closed.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.vtt': 'text/vtt',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.webmanifest': 'application/manifest+json',
};
const TEXT = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

export interface Link {
  /** Milliseconds before a response starts (Chrome's Slow 3G: 2 000). */
  latency: number;
  /** Bytes per second shared by all responses under way (Slow 3G: 50 KB/s); 0: unthrottled. */
  bytesPerSecond: number;
}

/** Chrome DevTools' "Slow 3G" preset: 2 000 ms round trip, 400 kbit/s (50 KB/s). */
export const SLOW_3G: Link = { latency: 2000, bytesPerSecond: 50 * 1024 };

/** The link as it is read at each request: change it to switch between a fast and a slow link. */
export const FAST: Link = { latency: 0, bytesPerSecond: 0 };

export function serveSlow(dir: string, link: Link): Promise<{ server: Server; origin: string }> {
  // One queue for the whole link: every 20 ms, the bytes the link carries in 20 ms leave in
  // 1 KB slices, round robin over the responses under way.
  const sending: Array<{ chunks: Buffer[]; write: (b: Buffer) => void; end: () => void }> = [];
  const SLICE = 1024;
  const TICK_MS = 20;
  let credit = 0;
  const tick = setInterval(() => {
    credit = Math.min(credit + (link.bytesPerSecond * TICK_MS) / 1000, 8 * SLICE);
    while (credit >= SLICE && sending.length > 0) {
      const next = sending.shift()!;
      const chunk = next.chunks.shift()!;
      next.write(chunk);
      credit -= chunk.length;
      if (next.chunks.length === 0) next.end();
      else sending.push(next);
    }
    if (sending.length === 0) credit = 0;
  }, TICK_MS);

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = normalize(join(dir, decodeURIComponent(url.pathname)));
    if (!path.startsWith(normalize(dir))) return void response.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!url.pathname.endsWith('/'))
        return void setTimeout(
          () => response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end(),
          link.latency,
        );
      path = join(path, 'index.html');
    }
    const found = existsSync(path) && statSync(path).isFile();
    if (!found) path = join(dir, '404.html');
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    let body = readFileSync(path);
    const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    if (TEXT.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    setTimeout(() => {
      response.writeHead(found ? 200 : 404, headers);
      if (link.bytesPerSecond === 0) return void response.end(body);
      const chunks: Buffer[] = [];
      for (let i = 0; i < body.length; i += SLICE) chunks.push(body.subarray(i, i + SLICE));
      if (chunks.length === 0) return void response.end();
      sending.push({ chunks, write: (b) => response.write(b), end: () => response.end() });
    }, link.latency);
  });
  server.on('close', () => clearInterval(tick));
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}
