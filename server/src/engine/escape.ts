/**
 * Text from a configuration file (a value, a key, a rule name typed in a disable comment, a
 * file name) is untrusted: a pull request can put anything in it (SPEC section 9, "Untrusted
 * input"). Every such piece of text that reaches an output goes through this file, so that no
 * output holds a raw control character: nothing can move a terminal's cursor, change its
 * colours, reorder what is shown (bidirectional overrides) or start a new output line (which a
 * GitHub runner would read as a workflow command).
 */

/**
 * What is never printed raw: C0 controls (including tab, CR and LF), DEL, C1 controls, the
 * Unicode line and paragraph separators, and the invisible bidirectional marks and overrides
 * (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const HAS_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** The characters of UNSAFE that JSON.stringify leaves raw (it escapes C0 itself). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const HAS_UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };

/** `\n` for LF, `\u001b` for ESC: the escape JSON would write for the character. */
function escapeCharacter(ch: string): string {
  return SHORT_ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * The text with every unsafe character written as its JSON escape (`\n`, `\u001b`, `\u202e`),
 * everything else unchanged: for text shown on one line in a people's format (stylish, github,
 * junit, stderr). Text without such characters is returned as it is.
 */
export function escapeControlCharacters(text: string): string {
  return HAS_UNSAFE.test(text) ? text.replace(UNSAFE, escapeCharacter) : text;
}

/**
 * JSON text (from JSON.stringify) with the unsafe characters JSON.stringify leaves raw (DEL, C1,
 * U+2028, U+2029, bidirectional controls) written as `\uXXXX`: the same JSON value, and the
 * same bytes when there is none (the `json` and `sarif` formats).
 */
export function escapeJsonText(json: string): string {
  return HAS_UNSAFE_IN_JSON.test(json) ? json.replace(UNSAFE_IN_JSON, escapeCharacter) : json;
}

/** How many characters of a string value a message quotes before cutting it short with "…". */
export const QUOTED_VALUE_LIMIT = 80;

/**
 * A value as a message quotes it: JSON (a string in double quotes, escaped as JSON escapes it),
 * with the unsafe characters escaped, and a string longer than QUOTED_VALUE_LIMIT characters cut
 * to that many, the last one "…" (never between the two halves of a surrogate pair). For
 * messages and titles only: never for text that goes into a file (an edit).
 */
export function quoteValue(value: unknown): string {
  let shown = value;
  if (typeof value === 'string' && value.length > QUOTED_VALUE_LIMIT) {
    let end = QUOTED_VALUE_LIMIT - 1;
    const last = value.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end--;
    shown = `${value.slice(0, end)}\u2026`;
  }
  const json = JSON.stringify(shown);
  return json === undefined ? String(value) : escapeJsonText(json);
}

/**
 * A line that starts with `::` or `##[` after white space is a workflow command to a GitHub
 * runner (stdout and stderr alike). Text that begins an output line and comes from the
 * repository (a file's path) goes through this: such a start gets `./` before it, which names
 * the same relative path and starts no command. Apply after escapeControlCharacters.
 */
export function neverACommand(lineStart: string): string {
  return /^[\s\u00a0\ufeff]*(::|##\[)/u.test(lineStart) ? `./${lineStart}` : lineStart;
}
