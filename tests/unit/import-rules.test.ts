import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/node/files-fs';

/**
 * The house rules on who may import whom, kept by a test in the spirit of Starlight's
 * `__tests__/basics/no-internal-barrel-imports.test.ts`: each rule names the folder it guards
 * and what it must not reach; a failure names the file, the line and the import.
 * - `src/` never imports `tools/` (tools use src, never the reverse) nor the test runner;
 * - `src/lib/` (pure helpers) imports no schema, component or integration;
 * - `src/schemas/` touch no file system;
 * - `src/content-check/` does not lean on Astro integrations, and nothing else in `src/` leans
 *   on it: a helper both need (splitting frontmatter) lives in `src/lib/`;
 * - `src/lib/` reads no file: the file system belongs to a `*-fs.ts` file.
 */
interface Rule {
  /** The folder the rule applies to, from the project root. */
  within: string;
  /** Why, in a few words, for the failure message. */
  why: string;
  /** Files inside `within` the rule does not apply to. */
  except?: string[];
  /** True for an import the folder must not make: the specifier and, for relative ones, the resolved path. */
  forbids: (specifier: string, resolved: string | undefined) => boolean;
}

const RULES: Rule[] = [
  {
    within: 'src/',
    why: 'tools/ use src/, never the reverse',
    forbids: (_, path) => path?.startsWith('tools/') ?? false,
  },
  {
    within: 'src/',
    why: 'the build uses playwright-core, not the test runner',
    forbids: (spec) => spec === '@playwright/test',
  },
  {
    within: 'src/lib/',
    why: 'pure helpers depend on no schema, component or integration',
    forbids: (_, path) => /^src\/(schemas|components|integrations)\//.test(path ?? ''),
  },
  {
    within: 'src/schemas/',
    why: 'schemas are pure: the content check looks at files',
    forbids: (spec) => spec === 'node:fs' || spec === 'fs' || spec === 'node:fs/promises',
  },
  {
    within: 'src/content-check/',
    why: 'the content check does not lean on Astro integrations',
    forbids: (_, path) => path?.startsWith('src/integrations/') ?? false,
  },
  {
    within: 'src/',
    except: ['src/content-check/', 'src/integrations/content-check.ts'],
    why: 'only the build step that runs the content check imports it; shared helpers live in src/lib/',
    forbids: (_, path) => path?.startsWith('src/content-check/') ?? false,
  },
  {
    within: 'src/lib/',
    why: 'pure helpers read no file: put file access in a *-fs.ts file',
    forbids: (spec) => /^(node:)?fs(\/promises)?$/.test(spec),
  },
];

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

export interface Violation {
  file: string;
  line: number;
  specifier: string;
  why: string;
}

/** Every rule broken by one file's source. `file` is relative to the project root. */
export function violations(file: string, source: string): Violation[] {
  const found: Violation[] = [];
  for (const match of source.matchAll(IMPORT)) {
    const specifier = (match[1] ?? match[2])!;
    const resolved = specifier.startsWith('.')
      ? normalize(join(dirname(file), specifier))
          .split('\\')
          .join('/')
      : undefined;
    const line = source.slice(0, match.index + match[0].indexOf(specifier)).split('\n').length;
    for (const rule of RULES) {
      const excepted = rule.except?.some((prefix) => file.startsWith(prefix)) ?? false;
      if (file.startsWith(rule.within) && !excepted && rule.forbids(specifier, resolved))
        found.push({ file, line, specifier, why: rule.why });
    }
  }
  return found;
}

const ROOT = join(import.meta.dirname, '../..');
const sources = filesUnder(join(ROOT, 'src'), (name) => /\.(ts|mjs|astro)$/.test(name)).map((file) =>
  relative(ROOT, file).split('\\').join('/'),
);

describe('custom elements', () => {
  it('are defined in a .ts file next to their component, never in an .astro file', () => {
    const astro = sources.filter((file) => file.endsWith('.astro'));
    const inline = astro.filter((file) =>
      /customElements\.define|class \w+ extends HTMLElement/.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(inline, 'move the class and its define into a .ts file; the .astro file imports it').toEqual([]);
  });
});

describe('import rules', () => {
  it('hold over every file of src/', () => {
    expect(sources.length).toBeGreaterThan(100);
    const broken = sources.flatMap((file) => violations(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(broken.map((v) => `${v.file}:${v.line} imports ${v.specifier} — ${v.why}`)).toEqual([]);
  });

  it('catch a planted violation of each rule, naming the file and the line', () => {
    expect(
      violations('src/integrations/x.ts', "import a from 'b';\nimport { c } from '../../tools/chromium.ts';"),
    ).toEqual([
      {
        file: 'src/integrations/x.ts',
        line: 2,
        specifier: '../../tools/chromium.ts',
        why: 'tools/ use src/, never the reverse',
      },
    ]);
    expect(violations('src/video-maker/x.ts', "import { chromium } from '@playwright/test';")).toHaveLength(1);
    expect(violations('src/lib/x.ts', "import type { Office } from '../schemas/office';")).toHaveLength(1);
    expect(violations('src/lib/video/x.ts', "export { a } from '../../components/y';")).toHaveLength(1);
    expect(violations('src/schemas/x.ts', "import { existsSync } from 'node:fs';")).toHaveLength(1);
    expect(violations('src/content-check/x.ts', "const m = await import('../integrations/csp');")).toHaveLength(1);
    expect(
      violations('src/video-maker/x.ts', "import { splitFrontmatter } from '../content-check/frontmatter';"),
    ).toHaveLength(1);
    expect(violations('src/lib/x.ts', "import { readFileSync } from 'node:fs';")).toHaveLength(1);
    // Allowed: tools use src; lib uses data; schemas use lib; the build step runs the check.
    expect(
      violations('src/integrations/content-check.ts', "import { checkContent } from '../content-check/check-content';"),
    ).toEqual([]);
    expect(violations('tools/x.ts', "import { a } from '../src/lib/y.ts';")).toEqual([]);
    expect(violations('src/lib/x.ts', "import { ACTS } from '../data/acts';")).toEqual([]);
    expect(violations('src/schemas/x.ts', "import { a } from '../lib/y';")).toEqual([]);
  });
});
