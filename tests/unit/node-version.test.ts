import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Node's version lives in package.json: `engines.node` is the minimum Astro needs and the
 * `node` devDependency is the exact Node every npm script runs. `.nvmrc` repeats the exact
 * version only because nvm and GitHub's setup-node read it; the workflows read `.nvmrc` and
 * `.ci/run` reads `engines`. This test keeps the copies equal.
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};
const exact = pkg.devDependencies['node']!;
const parts = (version: string) => version.replace(/^>=/, '').split('.').map(Number);

describe('the Node version', () => {
  it('the devDependency is exact and meets the engines minimum', () => {
    expect(exact).toMatch(/^\d+\.\d+\.\d+$/);
    const [major, minor] = parts(exact);
    const [minMajor, minMinor] = parts(pkg.engines.node);
    expect(major! > minMajor! || (major === minMajor && minor! >= minMinor!)).toBe(true);
  });

  it('.nvmrc names the same version', () => {
    expect(readFileSync('.nvmrc', 'utf8').trim()).toBe(exact);
  });

  it('every workflow reads .nvmrc and writes no version of its own', () => {
    for (const file of readdirSync('.github/workflows').filter((f) => f.endsWith('.yml'))) {
      const text = readFileSync(`.github/workflows/${file}`, 'utf8');
      expect(text, file).not.toMatch(/node-version:/);
      if (text.includes('setup-node')) expect(text, file).toContain('node-version-file: .nvmrc');
    }
  });

  it('.ci/run reads the minimum from package.json', () => {
    const run = readFileSync('.ci/run', 'utf8');
    expect(run).toContain('require("./package.json").engines.node');
    expect(run).not.toMatch(/a===22&&b>=12/);
  });
});
