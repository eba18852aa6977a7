import { parseSync, type Plugin } from 'vite';

type Node = { type?: string; start: number; end: number; [key: string]: unknown };

function visit(node: unknown, enter: (node: Node) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) visit(child, enter);
  } else if (node !== null && typeof node === 'object') {
    if (typeof (node as Node).type === 'string') enter(node as Node);
    for (const value of Object.values(node)) if (value !== null && typeof value === 'object') visit(value, enter);
  }
}

/** CSS text without comments and without the whitespace that carries no meaning. */
export function minifyCssText(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .replace(/(?<![\d.\w-])0\.(\d)/g, '.$1');
}

/**
 * HTML text with each line break and its indentation collapsed to one space, as the parser would
 * render it. Whitespace between tags stays: it separates words in accessible names. A line that
 * starts with `>` closes a tag (`<label class="field"⏎  >`): the whitespace before it goes.
 */
export function minifyHtmlText(text: string): string {
  return text.replace(/\s*\n\s*>/g, '>').replace(/\s*\n\s*/g, ' ');
}

/**
 * Lit's `html` and `css` templates are strings the minifier cannot touch; their indentation and
 * comments would cost the widget about a kilobyte gzip. This rewrites only the literal text of
 * those tagged templates (never expressions), so the markup and styles mean exactly the same.
 */
export function minifyLitTemplates(): Plugin {
  return {
    name: 'cluster-list:minify-lit-templates',
    enforce: 'post',
    transform(code, id) {
      if (!/[\\/]widget[\\/][^\\/]+\.ts$/.test(id)) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      visit(parseSync(id.replace(/\.ts$/, '.js'), code).program, (node) => {
        if (node.type !== 'TaggedTemplateExpression') return;
        const tag = node.tag as Node & { name?: string };
        if (tag.type !== 'Identifier' || (tag.name !== 'html' && tag.name !== 'css')) return;
        const minify = tag.name === 'css' ? minifyCssText : minifyHtmlText;
        for (const quasi of (node.quasi as { quasis: (Node & { value: { raw: string } })[] }).quasis) {
          // Offsets that do not line up with the raw text (should never happen) leave the template as it is.
          if (code.slice(quasi.start, quasi.end) !== quasi.value.raw) continue;
          edits.push({ start: quasi.start, end: quasi.end, text: minify(quasi.value.raw) });
        }
      });
      if (edits.length === 0) return null;
      let output = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) {
        output = output.slice(0, edit.start) + edit.text + output.slice(edit.end);
      }
      return { code: output, map: null };
    },
  };
}
