/**
 * Text from a file, made safe to put in HTML or SVG. The files are untrusted input:
 * `</script><img onerror=...>` must read as text. Control characters (C0, DEL, C1), line and
 * paragraph separators and bidirectional controls are shown escaped, as `\u001B`, so that nothing
 * a file says can hide or reorder what the page shows.
 */

const CONTROLS = '\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const ATTRIBUTE = new RegExp(`[&<>"'${CONTROLS}]`);
const ATTRIBUTE_ALL = new RegExp(`[&<>"'${CONTROLS}]`, 'g');
const TEXT = new RegExp(`[&<>${CONTROLS}]`);
const TEXT_ALL = new RegExp(`[&<>${CONTROLS}]`, 'g');

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function replacement(c: string): string {
  return ENTITIES[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** For an attribute value (in double or single quotes) or text. */
export function escapeHtml(text: string): string {
  // Most values need nothing: one test, no new string.
  return ATTRIBUTE.test(text) ? text.replace(ATTRIBUTE_ALL, replacement) : text;
}

/** For text between tags only (quotes are left as they are: messages quote values). */
export function escapeText(text: string): string {
  return TEXT.test(text) ? text.replace(TEXT_ALL, replacement) : text;
}
