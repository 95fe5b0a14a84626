// @ts-check
/**
 * The linter: ESLint's and typescript-eslint's recommended rules for the TypeScript, and
 * eslint-plugin-astro's for the .astro files (their frontmatter and scripts). `npm run lint`,
 * part of `npm test`. Formatting is Prettier's job (`npm run format:check`), not ESLint's.
 * The project's own rules on imports and design tokens are tests (tests/unit/import-rules.test.ts,
 * tests/unit/design-tokens.test.ts), because they name the fix in the project's words.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'tests/.out/', 'tests/fixtures/', 'public/', 'content/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Build code, tools and tests run in Node; components' scripts and the service worker in a browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.serviceworker } },
    rules: {
      // `_name` marks a parameter a callback must accept but does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Astro's generated types are reached the way Astro's own starter does it.
  { files: ['src/env.d.ts'], rules: { '@typescript-eslint/triple-slash-reference': 'off' } },
);
