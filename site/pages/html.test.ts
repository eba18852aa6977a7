import { describe, expect, it } from 'vitest';
import { escapeHtml, html, jsonScript, webUrl } from './html';

describe('html', () => {
  it('escapes every interpolation, in text and in attributes', () => {
    const hostile = `<script>alert("x")</script> & 'quoted'`;
    expect(String(html`<p title="${hostile}">${hostile}</p>`)).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;</p>',
    );
  });

  it('keeps nested templates as markup, joins arrays, and renders null, undefined and booleans as nothing', () => {
    const items = ['a<b', 'c'].map((item) => html`<li>${item}</li>`);
    expect(String(html`<ul>${items}</ul>${null}${undefined}${false}${true}${0}`)).toBe('<ul><li>a&lt;b</li><li>c</li></ul>0');
  });

  it('hands out no way to mark a string as markup (no raw)', async () => {
    expect(Object.keys(await import('./html')).sort()).toEqual(['escapeHtml', 'html', 'jsonScript', 'webUrl']);
  });

  it('escapes the five characters that matter and nothing else', () => {
    expect(escapeHtml(`&<>"'浙江 /=`)).toBe('&amp;&lt;&gt;&quot;&#39;浙江 /=');
  });
});

describe('jsonScript', () => {
  it('writes JSON that cannot close its script element and parses back to the same value', () => {
    const data = { name: '</script><script>alert(1)</script>', other: '<!-- & \u2028' };
    const markup = String(jsonScript(data));
    const body = markup.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(body).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(body)).toEqual(data);
  });
});

describe('webUrl', () => {
  it('accepts http and https URLs only', () => {
    expect(webUrl('https://www.miit.gov.cn/a.html')).toBe('https://www.miit.gov.cn/a.html');
    expect(webUrl('javascript:alert(1)')).toBeNull();
    expect(webUrl('data:text/html,x')).toBeNull();
    expect(webUrl('/relative')).toBeNull();
    expect(webUrl(null)).toBeNull();
  });
});
