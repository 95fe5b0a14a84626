#!/usr/bin/env node
/**
 * Serves a built site the way a static host does: /rights → /rights/ redirect, 404.html with
 * status 404. `astro preview` answers 404 to /rights (no slash), which is the address printed
 * on the organisation's flyers, and runs only one instance per project; tests need two.
 *
 * Usage: node tools/serve.mjs [--dir dist] [--port 4321] [--host 127.0.0.1]
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import handler from 'serve-handler';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: 'localhost' },
  },
});

const server = createServer((request, response) =>
  handler(request, response, {
    public: values.dir,
    trailingSlash: true,
    directoryListing: false,
    headers: [
      { source: '**/*.html', headers: [{ key: 'Cache-Control', value: 'no-cache' }] },
      { source: '_astro/**', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
    ],
  }),
);

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${values.dir} at http://${values.host}:${values.port}/rights/`);
});
