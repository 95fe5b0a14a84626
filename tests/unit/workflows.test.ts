import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The GitHub workflows (.github/workflows/) run only on GitHub, so a mistake in one would show
 * only when a deploy fails. `action-validator` (npm @action-validator/cli, the JSON schema of
 * GitHub's workflow syntax) checks them here, in every `npm test`; a planted broken workflow
 * proves the check can fail.
 */
const CLI = 'node_modules/@action-validator/cli/cli.mjs';
const validate = (file: string) => spawnSync(process.execPath, [CLI, file], { encoding: 'utf8' });

describe('GitHub workflows', () => {
  const files = readdirSync('.github/workflows').filter((f) => f.endsWith('.yml'));

  it('are the three the README describes', () => {
    expect(files.sort()).toEqual(['ci.yml', 'deploy.yml', 'videos.yml']);
  });

  for (const file of files) {
    it(`${file} follows GitHub's workflow syntax`, () => {
      const result = validate(join('.github/workflows', file));
      expect(result.status, result.stdout + result.stderr).toBe(0);
    });
  }

  it('a broken workflow is refused, naming what is wrong', () => {
    const result = validate('tests/fixtures/workflows/broken.yml');
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/runs-on/);
  });
});
