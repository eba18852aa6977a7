import { describe, expect, it } from 'vitest';
import { industryOf } from './industry';

describe('industryOf', () => {
  it('strips the 产业集群 suffix', () => {
    expect(industryOf('丝网产业集群')).toBe('丝网');
  });

  it('strips only 业集群 from the …制造业集群 variant', () => {
    expect(industryOf('航空发动机装备制造业集群')).toBe('航空发动机装备制造');
  });

  it('keeps brackets that are part of the industry', () => {
    expect(industryOf('校具（教育装备）产业集群')).toBe('校具（教育装备）');
  });

  it('rejects text without the suffix or without an industry', () => {
    expect(industryOf('丝网产业园')).toBeNull();
    expect(industryOf('产业集群')).toBeNull();
  });
});
