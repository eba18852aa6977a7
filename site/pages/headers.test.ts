import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TODAY_SCRIPT } from './cluster-page';
import { html } from './html';
import { inlineScriptHash, pagesContentSecurityPolicy, pagesHeaderRules, PAGE_PATTERNS } from './headers';

describe('the pages’ header rules', () => {
  it('allow the record pages’ inline script by the hash of its text', () => {
    const source = String(TODAY_SCRIPT).slice('<script>'.length, -'</script>'.length);
    expect(pagesContentSecurityPolicy()).toContain(`script-src 'sha256-${createHash('sha256').update(source).digest('base64')}'`);
    expect(() => inlineScriptHash(html`<p>not a script</p>`)).toThrow();
  });

  it('give every kind of generated page the policy and nosniff', () => {
    const rules = pagesHeaderRules();
    for (const pattern of PAGE_PATTERNS) expect(rules).toContain(`\n${pattern}\n  Content-Security-Policy: default-src 'none'; style-src 'self';`);
    expect(rules.match(/X-Content-Type-Options: nosniff/g)).toHaveLength(PAGE_PATTERNS.length);
  });
});
