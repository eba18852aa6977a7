/**
 * HTML by construction: every value interpolated into an {@link html} template is escaped unless
 * it is already {@link SafeHtml} (the result of another `html` template, or of {@link jsonScript}).
 * There is no way to put a raw string into a page, so a record full of markup renders as text.
 */

const TOKEN = Symbol('SafeHtml');

/** Markup that is safe to put into a page as it is. Only this module can create it. */
export class SafeHtml {
  readonly #markup: string;
  constructor(token: symbol, markup: string) {
    if (token !== TOKEN) throw new TypeError('SafeHtml comes only from html`…` or jsonScript()');
    this.#markup = markup;
  }
  toString(): string {
    return this.#markup;
  }
}

const trusted = (markup: string): SafeHtml => new SafeHtml(TOKEN, markup);

/** A value an `html` template accepts. Arrays are joined; null, undefined and false render as nothing. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** Tagged template: the literal parts are markup, every interpolation is escaped. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let markup = strings[0] ?? '';
  values.forEach((value, index) => {
    markup += render(value) + (strings[index + 1] ?? '');
  });
  return trusted(markup);
}

/**
 * The body of a `<script type="application/ld+json">`: JSON with `<`, `>`, `&` and the two
 * JavaScript line separators written as Unicode escapes, so no string in the data can close the
 * element or start a comment, and the JSON parses to the same value.
 */
export function jsonScript(data: unknown): SafeHtml {
  const json = JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return trusted(`<script type="application/ld+json">${json}</script>`);
}

/** An http(s) URL from the data, or null for anything else (`javascript:`, relative, malformed). */
export function webUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
