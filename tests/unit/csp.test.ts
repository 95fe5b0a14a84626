import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, withCspMeta } from '../../src/lib/csp';

describe('Content-Security-Policy', () => {
  const html =
    '<html><head><title>x</title><script>console.log(1)</script><script type="module" src="/_astro/a.js"></script></head><body></body></html>';
  it('allows inline scripts only by hash, external ones from the site', () => {
    expect(inlineScriptHashes(html)).toEqual(["'sha256-CihokcEcBW4atb/CW/XWsvWwbTjqwQlE9nj9ii5ww5M='"]);
  });
  it('puts the policy first in <head>', () => {
    expect(withCspMeta(html)).toMatch(
      /^<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-/,
    );
  });
  it('lets video frames load, and nothing else from outside: no eval, no WebAssembly, no blob workers', () => {
    const policy = contentSecurityPolicy([]);
    expect(policy).toContain("worker-src 'self'");
    expect(policy).not.toMatch(/wasm|blob:|unsafe-eval/);
    expect(policy).toContain('frame-src https://www.youtube-nocookie.com https://www.instagram.com');
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy([], { header: true })).toContain("frame-ancestors 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
