import { spawnSync } from 'node:child_process';
import { test, expect } from '@playwright/test';
import { htmlFiles } from '../../src/node/files-fs';

/**
 * The W3C Nu HTML checker (npm `vnu-jar`, the checker validator.w3.org runs) finds no error on
 * any built page. It needs Java (`apt-get install default-jre-headless`; .ci/run installs it).
 * One run over every page takes a few seconds.
 */
test('the Nu HTML checker finds no error on any page', () => {
  test.setTimeout(120_000);
  const pages = htmlFiles('dist');
  expect(pages.length).toBeGreaterThan(100);
  const result = spawnSync(
    'java',
    ['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--errors-only', '--format', 'gnu', ...pages],
    { encoding: 'utf8' },
  );
  if (result.error)
    throw new Error(`could not run java (${result.error.message}): apt-get install default-jre-headless`);
  expect(result.stderr.trim().split('\n').filter(Boolean)).toEqual([]);
  expect(result.status).toBe(0);
});
