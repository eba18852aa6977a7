import { describe, expect, it } from 'vitest';
import { isLocalOrigin, LOCAL_ORIGIN, resolveSiteOrigin } from './site-origin';

describe('resolveSiteOrigin', () => {
  it('takes an https origin, without a trailing slash', () => {
    expect(resolveSiteOrigin('https://clusters.example.org/')).toEqual({ origin: 'https://clusters.example.org', configured: true });
  });

  it('falls back to the local origin, and says so, when SITE_ORIGIN is unset or empty', () => {
    expect(resolveSiteOrigin(undefined)).toEqual({ origin: LOCAL_ORIGIN, configured: false });
    expect(resolveSiteOrigin('  ')).toEqual({ origin: LOCAL_ORIGIN, configured: false });
    expect(resolveSiteOrigin(undefined, '9000')).toEqual({ origin: 'http://localhost:9000', configured: false });
  });

  it('rejects a path, a query, plain http on a public host and a non-URL, saying what is expected', () => {
    expect(() => resolveSiteOrigin('https://example.org/site')).toThrow(/origin only/);
    expect(() => resolveSiteOrigin('https://example.org?x=1')).toThrow(/origin only/);
    expect(() => resolveSiteOrigin('http://example.org')).toThrow(/https/);
    expect(() => resolveSiteOrigin('example.org')).toThrow(/not a URL|origin only/);
  });

  it('allows http for local origins, which isLocalOrigin recognises', () => {
    expect(resolveSiteOrigin('http://127.0.0.1:8787').origin).toBe('http://127.0.0.1:8787');
    expect(isLocalOrigin('http://localhost:8787')).toBe(true);
    expect(isLocalOrigin('http://[::1]:8787')).toBe(true);
    expect(isLocalOrigin('https://clusters.example.org')).toBe(false);
  });
});
