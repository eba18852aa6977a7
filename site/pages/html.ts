/**
 * HTML by construction, with hono/html: every value interpolated into an {@link html} template is
 * escaped unless it is already {@link SafeHtml} (the result of another `html` template, or of
 * {@link jsonScript}). Only this module imports hono/html (an import rule in
 * .dependency-cruiser.cjs), and it hands out no `raw`, so a page cannot put a raw string into its
 * markup, and a record full of markup renders as text.
 */
import { html as honoHtml, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/** Markup that is safe to put into a page as it is: what `html` and `jsonScript` return. */
export type SafeHtml = HtmlEscapedString;

/** A value an `html` template accepts. Arrays are joined; null, undefined and booleans render as nothing. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

/**
 * Tagged template: the literal parts are markup, every interpolation is escaped (hono/html's
 * `html`). Pages are rendered synchronously, and no value here is a promise, so neither is the result.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  const markup = honoHtml(strings, ...values);
  if (markup instanceof Promise) throw new TypeError('html`…`: a page value was a promise; pages render synchronously');
  return markup;
}

/** Escapes text for an element's content or a quoted attribute value (XML too: the sitemap). */
export function escapeHtml(text: string): string {
  return html`${text}`.toString();
}

/**
 * The body of a `<script type="application/ld+json">`: JSON with `<`, `>`, `&` and the two
 * JavaScript line separators written as Unicode escapes, so no string in the data can close the
 * element or start a comment, and the JSON parses to the same value.
 */
export function jsonScript(data: unknown): SafeHtml {
  const json = JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return raw(`<script type="application/ld+json">${json}</script>`);
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
