import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures/site');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, colours stripped: what an editor sees in the CI log. */
  output: string;
}

/**
 * Builds the fixture site after `change` edits a private copy of its content folder, the way
 * CI builds an editor's pull request, and returns the exit code and the log.
 */
export async function buildChangedFixture(change: (contentDir: string) => void): Promise<BuildResult> {
  const { result, cleanup } = await buildFixture({ change });
  cleanup();
  return result;
}

export interface FixtureBuild {
  result: BuildResult;
  /** The built site, until cleanup. */
  dist: string;
  cleanup: () => void;
}

/**
 * Builds a private copy of the fixture site, optionally edited by `change`, with extra
 * environment (e.g. SITE_TODAY, MRP_OVERRIDE), and keeps the built site until `cleanup`.
 */
export async function buildFixture({
  change = () => {},
  env = {},
}: {
  change?: (contentDir: string) => void;
  env?: Record<string, string>;
}): Promise<FixtureBuild> {
  // Inside the project: Vite refuses to load MDX from outside its root, as a real checkout never would.
  mkdirSync(join(ROOT, 'tests/.out'), { recursive: true });
  const work = mkdtempSync(join(ROOT, 'tests/.out/build-'));
  const contentDir = join(work, 'content');
  cpSync(FIXTURE, contentDir, { recursive: true });
  change(contentDir);
  const cleanup = () => rmSync(work, { recursive: true, force: true });
  try {
    const result = await new Promise<BuildResult>((done, fail) => {
      const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', join(work, 'dist')], {
        cwd: ROOT,
        env: {
          ...process.env,
          ...env,
          CONTENT_DIR: contentDir,
          ASTRO_CACHE_DIR: join(work, 'cache'),
          FORCE_COLOR: '0',
          NO_COLOR: '1',
        },
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', fail);
      child.on('close', (code) => done({ code, output: stripVTControlCharacters(output) }));
    });
    return { result, dist: join(work, 'dist'), cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}
