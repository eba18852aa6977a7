import { describe, expect, it } from 'vitest';
import { entityTag, ifNoneMatchMatches } from '../../worker/cache/etag';
import { cacheHeaders, versionCacheTag } from '../../worker/cache/policy';

describe('entityTag', () => {
  const key = '/api/v1/clusters?province=%E6%B5%99%E6%B1%9F%E7%9C%81';
  it('is a strong, quoted tag that depends on key, dataset version and build', () => {
    const tag = entityTag(key, 'v1', 'build-a');
    expect(tag).toMatch(/^"[0-9a-z]+"$/);
    expect(entityTag(key, 'v1', 'build-a')).toBe(tag);
    expect(entityTag(key, 'v2', 'build-a')).not.toBe(tag);
    expect(entityTag(key, 'v1', 'build-b')).not.toBe(tag);
    expect(entityTag('/api/v1/facets?province=%E6%B5%99%E6%B1%9F%E7%9C%81', 'v1', 'build-a')).not.toBe(tag);
  });

  it('keeps the fields apart: no two (build, version, key) triples share a hash input', () => {
    expect(entityTag(key, 'v1', 'b')).not.toBe(entityTag(key, '1', 'bv'));
  });

  it('does not collide across many keys', () => {
    const tags = new Set<string>();
    for (let offset = 0; offset < 20_000; offset++) tags.add(entityTag(`/api/v1/clusters?offset=${offset}`, 'v1', 'build'));
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

  it('lists the API tag, the version tag and the build tag', () => {
    expect(cacheHeaders('abc', false, '1bf1bef7e437')['Cache-Tag']).toBe('cluster-list-api,cluster-list-vabc,cluster-list-b1bf1bef7e437');
  });
});
