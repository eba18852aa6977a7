import { describe, expect, it } from 'vitest';
import { entityTag, ifNoneMatchMatches } from '../../worker/cache/etag';
import { cacheHeaders, versionCacheTag } from '../../worker/cache/policy';

describe('entityTag', () => {
  it('is a strong, quoted tag that depends on key and version', () => {
    const tag = entityTag('/api/v1/clusters?province=%E6%B5%99%E6%B1%9F%E7%9C%81', 'v1');
    expect(tag).toMatch(/^"[0-9a-z]+"$/);
    expect(entityTag('/api/v1/clusters?province=%E6%B5%99%E6%B1%9F%E7%9C%81', 'v1')).toBe(tag);
    expect(entityTag('/api/v1/clusters?province=%E6%B5%99%E6%B1%9F%E7%9C%81', 'v2')).not.toBe(tag);
    expect(entityTag('/api/v1/facets?province=%E6%B5%99%E6%B1%9F%E7%9C%81', 'v1')).not.toBe(tag);
  });

  it('does not collide across many keys', () => {
    const tags = new Set<string>();
    for (let offset = 0; offset < 20_000; offset++) tags.add(entityTag(`/api/v1/clusters?offset=${offset}`, 'v1'));
    expect(tags.size).toBe(20_000);
  });
});

describe('ifNoneMatchMatches', () => {
  const tag = '"abc123"';
  it.each([
    ['"abc123"', true],
    ['W/"abc123"', true],
    ['"x", "abc123"', true],
    ['"x",W/"abc123" , "y"', true],
    ['"a,b", "abc123"', true],
    ['*', true],
    [' * ', true],
    ['"abc12"', false],
    ['"abc1234"', false],
    ['abc123', false],
    ['"x", "y"', false],
    ['', false],
  ])('%s → %s', (header, expected) => {
    expect(ifNoneMatchMatches(header, tag)).toBe(expected);
  });

  it('is false without the header', () => {
    expect(ifNoneMatchMatches(undefined, tag)).toBe(false);
    expect(ifNoneMatchMatches(null, tag)).toBe(false);
  });
});

describe('cache tags', () => {
  it('names the version with printable ASCII and no commas or spaces', () => {
    expect(versionCacheTag('468dae8d09ce')).toBe('cluster-list-v468dae8d09ce');
    expect(versionCacheTag('2024 年,v2')).toBe('cluster-list-v2024___v2');
    expect(versionCacheTag('x'.repeat(2000))).toHaveLength(1024);
  });

  it('lists the API tag and the version tag', () => {
    expect(cacheHeaders('abc', false)['Cache-Tag']).toBe('cluster-list-api,cluster-list-vabc');
  });
});
