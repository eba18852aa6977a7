import { echo, fail, ok, type Result } from './result';
import { CONTROL_CHARACTERS } from './text';

/**
 * Parses a raw query string (with or without the leading `?`) strictly, before anything could
 * silently repair it the way `URLSearchParams` does (bad escapes become U+FFFD there).
 * Rejects malformed percent-encoding and bytes that are not UTF-8 (`malformed_query`), control
 * characters in names or values (`invalid_characters`) and a parameter given twice
 * (`repeated_parameter`). `+` means space, as in HTML forms; empty segments (`a=1&&b=2`) are ignored.
 */
export function parseSearchParams(raw: string): Result<URLSearchParams> {
  const query = raw.startsWith('?') ? raw.slice(1) : raw;
  const params = new URLSearchParams();
  if (query === '') return ok(params);
  for (const segment of query.split('&')) {
    if (segment === '') continue;
    const equals = segment.indexOf('=');
    const name = decode(equals === -1 ? segment : segment.slice(0, equals));
    const value = decode(equals === -1 ? '' : segment.slice(equals + 1));
    if (name === null || value === null) {
      return fail(
        'malformed_query',
        null,
        `查询字符串的百分号编码无效：“${echo(segment)}”。请用 UTF-8 百分号编码（如 %E6%B5%99）`,
        `Malformed percent-encoding in "${echo(segment)}". Encode values as UTF-8 percent-escapes (e.g. %E6%B5%99)`,
      );
    }
    const badName = CONTROL_CHARACTERS.test(name);
    if (badName || CONTROL_CHARACTERS.test(value)) return invalidCharacters(name, badName);
    if (params.has(name)) return repeatedParameter(name);
    params.append(name, value);
  }
  return ok(params);
}

/** The `repeated_parameter` error for `name`: shared with the check of an already parsed query. */
export function repeatedParameter(name: string): Result<never> {
  return fail(
    'repeated_parameter',
    name,
    `参数“${echo(name)}”重复出现。每个参数只能给一次；多个年份请用逗号分隔（year=2023,2024）`,
    `Parameter "${echo(name)}" is repeated. Give each parameter once; list several years with commas (year=2023,2024)`,
  );
}

// A name with control characters is not quoted, nor blamed as `param`: it could not be shown safely.
function invalidCharacters(name: string, badName: boolean): Result<never> {
  return fail(
    'invalid_characters',
    badName ? null : name,
    `参数${badName ? '名' : `“${echo(name)}”`}含有控制字符。只接受可打印字符`,
    `${badName ? 'A parameter name' : `Parameter "${echo(name)}"`} contains control characters. Only printable characters are accepted`,
  );
}

/** Percent-decodes one component (`+` as space); `null` when malformed or not valid UTF-8. */
function decode(component: string): string | null {
  const spaced = component.includes('+') ? component.replace(/\+/g, ' ') : component;
  if (hasLoneSurrogate(spaced)) return null;
  if (!spaced.includes('%')) return spaced;
  try {
    // decodeURIComponent rejects bad escapes, overlong forms, surrogates and truncated sequences.
    return decodeURIComponent(spaced);
  } catch {
    return null;
  }
}

/**
 * Only reachable when a caller passes a JS string rather than a URL's ASCII query. Not
 * `!text.isWellFormed()`: that is ES2024 (Chromium 111), and core also runs in the widget on the
 * Chromium 80–84 kernels of 360/QQ browsers, where it is missing; nor a lookbehind regex, which
 * older Safari cannot parse.
 */
function hasLoneSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    const next = text.charCodeAt(i + 1);
    if (unit > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return true;
    i++;
  }
  return false;
}
