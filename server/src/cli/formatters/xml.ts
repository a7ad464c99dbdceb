/** Characters XML 1.0 cannot hold at all, even escaped: they are dropped (lone surrogates included). */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text content: `&`, `<` and `>` escaped; CR kept as a reference (parsers would fold it into LF). */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes; tabs and line ends as references, which attribute normalisation keeps. */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** `name="value" ...` from pairs, values escaped. */
export function xmlAttributes(pairs: readonly (readonly [string, string | number])[]): string {
  return pairs.map(([name, value]) => `${name}="${xmlAttribute(String(value))}"`).join(' ');
}
