/**
 * Text from a file, made safe to put in HTML or SVG, as text or in a quoted attribute. The
 * files are untrusted input: `</script><img onerror=...>` must read as text. Control characters
 * (C0, DEL, C1), line and paragraph separators and bidirectional overrides are shown escaped as
 * `\u001B`, so that nothing a file says can hide or reorder what the page shows.
 */

const SPECIAL = /[&<>"'\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const SPECIAL_ALL = /[&<>"'\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' };

function replacement(c: string): string {
  return ENTITIES[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

export function escapeHtml(text: string): string {
  // Most values need nothing: one test, no new string.
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, replacement) : text;
}
