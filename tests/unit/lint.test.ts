import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `npm run lint` and `npm run format:check` run over the whole project in `npm test`; this
 * checks they can fail: the project's own configuration (eslint.config.js, .prettierrc.json)
 * refuses a planted mistake in a TypeScript and an Astro file.
 */
const ROOT = join(import.meta.dirname, '../..');

describe('the linter (eslint.config.js)', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const rules = async (code: string, file: string) =>
    (await eslint.lintText(code, { filePath: join(ROOT, file) })).flatMap((result) =>
      result.messages.map((m) => m.ruleId),
    );

  it('refuses an unused variable and `var` in TypeScript', async () => {
    expect(
      await rules('export function f(): number {\n  var unused = 1;\n  return 2;\n}\n', 'src/lib/planted.ts'),
    ).toEqual(expect.arrayContaining(['no-var', '@typescript-eslint/no-unused-vars']));
  });

  it('refuses an empty catch in an .astro file’s script', async () => {
    const astro =
      '---\nconst a = 1;\n---\n<p>{a}</p>\n<script>\n  try {\n    localStorage.clear();\n  } catch {}\n</script>\n';
    expect(await rules(astro, 'src/components/Planted.astro')).toContain('no-empty');
  });

  it('passes clean code, with `_` marking an argument a callback must take', async () => {
    expect(
      await rules('export const pick = (_index: number, value: string): string => value;\n', 'src/lib/planted.ts'),
    ).toEqual([]);
  });
});

describe('the formatter (.prettierrc.json)', () => {
  const formatted = async (code: string, file: string) => {
    const options = await prettier.resolveConfig(join(ROOT, file));
    return prettier.check(code, { ...options, filepath: join(ROOT, file) });
  };

  it('refuses code that is not formatted, and accepts it formatted', async () => {
    expect(await formatted('const a = {b:1}\n', 'src/lib/planted.ts')).toBe(false);
    expect(await formatted('const a = { b: 1 };\n', 'src/lib/planted.ts')).toBe(true);
  });

  it('formats .astro files with the Astro plugin', async () => {
    expect(await formatted('---\nconst a=1\n---\n<p>{a}</p>\n', 'src/components/Planted.astro')).toBe(false);
    expect(await formatted('---\nconst a = 1;\n---\n\n<p>{a}</p>\n', 'src/components/Planted.astro')).toBe(true);
  });
});
