import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileUrl, wireBytes } from '../../src/integrations/service-worker';

describe('offline manifest helpers', () => {
  it('turn built files into the URLs pages are requested by', () => {
    expect(fileUrl('/site/', '/site/kk/rights/index.html')).toBe('/kk/rights/');
    expect(fileUrl('/site/', '/site/kk/rights/lifehacks/x/index.html')).toBe('/kk/rights/lifehacks/x/');
    expect(fileUrl('/site/', '/site/pagefind/kk/pagefind.js')).toBe('/pagefind/kk/pagefind.js');
  });

  it('count text gzipped and Pagefind files as they are (already compressed)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wire-'));
    const text = join(dir, 'a.html');
    const index = join(dir, 'a.pf_index');
    writeFileSync(text, 'возврат '.repeat(500));
    writeFileSync(index, Buffer.alloc(1000, 7));
    expect(wireBytes(text)).toBeLessThan(200);
    expect(wireBytes(index)).toBe(1000);
  });
});
