import { describe, expect, it } from 'vitest';
import { staticImports, withModulePreloads } from '../../src/lib/module-imports';

describe('staticImports', () => {
  it('lists static imports of minified code, resolved from the script, and skips import()', () => {
    const source = 'import{t as e}from"./fill.B1.js";import"./side.C2.js";const m=()=>import("./lazy.D3.js");';
    expect(staticImports(source, '/_astro/Search.A0.js')).toEqual(['/_astro/fill.B1.js', '/_astro/side.C2.js']);
  });
});

describe('withModulePreloads', () => {
  const page =
    '<html><head><title>x</title></head><body><script type="module" src="/_astro/a.js"></script></body></html>';

  it('adds a modulepreload link before </head> for each dependency', () => {
    expect(withModulePreloads(page, ['/_astro/fill.js'])).toContain(
      '<link rel="modulepreload" href="/_astro/fill.js"></head>',
    );
  });

  it('leaves the page alone when the module is already loaded or there is nothing to add', () => {
    expect(withModulePreloads(page, ['/_astro/a.js'])).toBe(page);
    expect(withModulePreloads(page, [])).toBe(page);
  });
});
