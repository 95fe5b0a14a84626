import { describe, expect, it } from 'vitest';
import { pageRefPath } from '../../src/lib/page-refs';

describe("page names in the editors' search files", () => {
  it('resolve tools, entries, pages and topics to their paths', () => {
    expect(pageRefPath('ru', 'claim')).toBe('/ru/rights/claim/');
    expect(pageRefPath('kk', 'can-i-return')).toBe('/kk/rights/can-i-return/');
    expect(pageRefPath('kk', 'offices')).toBe('/kk/rights/offices/');
    expect(pageRefPath('ru', 'lifehacks/keep-your-receipt')).toBe('/ru/rights/lifehacks/keep-your-receipt/');
    expect(pageRefPath('ru', 'pages/about')).toBe('/ru/rights/about/');
    expect(pageRefPath('kk', 'topics/prices')).toBe('/kk/rights/topics/prices/');
  });
  it('refuse other shapes', () => {
    expect(pageRefPath('ru', 'lifehacks/')).toBeUndefined();
    expect(pageRefPath('ru', 'recipes/x')).toBeUndefined();
    expect(pageRefPath('ru', 'Claim')).toBeUndefined();
  });
});
