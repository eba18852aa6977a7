import { describe, expect, it } from 'vitest';
import { minifyCssText, minifyHtmlText } from './minify-templates';

describe('minifyHtmlText', () => {
  it('collapses each line break and its indentation to one space, as the HTML parser would render it', () => {
    expect(minifyHtmlText('<p class="title">${}</p>\n      <p class="count">')).toBe('<p class="title">${}</p> <p class="count">');
  });

  it('drops the whitespace before a line that starts with ">": the end of a tag', () => {
    expect(minifyHtmlText('<label class="field"\n    ><span class="label">')).toBe('<label class="field"><span class="label">');
    expect(minifyHtmlText('</select\n    ></label\n  >')).toBe('</select></label>');
  });

  it('keeps whitespace on one line, which separates words', () => {
    expect(minifyHtmlText('<span class="name">a</span> <span class="meta">b</span>')).toBe('<span class="name">a</span> <span class="meta">b</span>');
    expect(minifyHtmlText(' · ')).toBe(' · ');
  });
});

describe('minifyCssText', () => {
  it('drops comments and the whitespace that carries no meaning', () => {
    expect(minifyCssText('/* x */\n  .a > .b {\n    margin: 0.5em 0 0;\n  }\n')).toBe(' .a>.b{margin:.5em 0 0}');
  });
});
