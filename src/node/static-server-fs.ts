import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import handler from 'serve-handler';

/**
 * A built site served on a free local port, for the steps that open it in Chromium (the render
 * step, the benchmark). Trailing slashes as a static host adds them. Close it when done.
 */
export function serveStatic(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => handler(request, response, { public: dir, trailingSlash: true }));
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}
