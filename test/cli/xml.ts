/**
 * A small, strict XML 1.0 reader for the tests: it accepts only well-formed documents
 * (one root, matching tags, quoted unique attributes, known or numeric entity references,
 * no `<` or raw `&` where they are not allowed, only characters XML allows) and throws
 * with the offset of the first fault otherwise. Enough for what privacy-lint writes; no
 * DTDs, no namespaces processing.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (children's text not included), entities decoded. */
  text: string;
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const XML_CHAR = /^[\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export class XmlError extends Error {}

export function parseXml(text: string): XmlElement {
  if (!XML_CHAR.test(text)) throw new XmlError('a character XML does not allow');
  let at = 0;
  const fail = (what: string): never => {
    throw new XmlError(`${what} at offset ${at}: ${JSON.stringify(text.slice(at, at + 30))}`);
  };
  const skipSpace = () => {
    while (at < text.length && /[ \t\r\n]/.test(text[at])) at++;
  };
  const name = (): string => {
    NAME.lastIndex = at;
    const match = NAME.exec(text);
    if (!match) fail('a name expected');
    at += match![0].length;
    return match![0];
  };
  const decode = (raw: string, inAttribute: boolean): string => {
    if (inAttribute && raw.includes('<')) fail('"<" in an attribute value');
    return raw.replace(/&([^;]*);?/g, (whole, ref: string) => {
      if (!whole.endsWith(';')) fail(`a raw "&"`);
      if (ref in ENTITIES) return ENTITIES[ref];
      const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(ref);
      if (!numeric) return fail(`an unknown entity &${ref};`);
      const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : Number(numeric[2]);
      const char = String.fromCodePoint(code);
      if (!XML_CHAR.test(char)) fail(`a reference to a character XML does not allow (${code})`);
      return char;
    });
  };
  const misc = () => {
    for (;;) {
      skipSpace();
      if (text.startsWith('<!--', at)) {
        const end = text.indexOf('-->', at + 4);
        if (end < 0 || text.slice(at + 4, end).includes('--')) fail('a bad comment');
        at = end + 3;
      } else if (text.startsWith('<?', at) && !text.startsWith('<?xml ', at)) {
        const end = text.indexOf('?>', at);
        if (end < 0) fail('an unclosed processing instruction');
        at = end + 2;
      } else return;
    }
  };
  const element = (): XmlElement => {
    if (text[at] !== '<') fail('"<" expected');
    at++;
    const node: XmlElement = { name: name(), attributes: {}, children: [], text: '' };
    for (;;) {
      const before = at;
      skipSpace();
      if (text.startsWith('/>', at)) {
        at += 2;
        return node;
      }
      if (text[at] === '>') {
        at++;
        break;
      }
      if (at === before) fail('white space expected before an attribute');
      const attribute = name();
      skipSpace();
      if (text[at] !== '=') fail('"=" expected');
      at++;
      skipSpace();
      const quote = text[at];
      if (quote !== '"' && quote !== "'") fail('a quoted attribute value expected');
      const end = text.indexOf(quote, at + 1);
      if (end < 0) fail('an unclosed attribute value');
      if (attribute in node.attributes) fail(`attribute ${attribute} repeated`);
      // Attribute-value normalisation: literal white space becomes a space; references stay.
      node.attributes[attribute] = decode(text.slice(at + 1, end).replace(/[\t\r\n]/g, ' '), true);
      at = end + 1;
    }
    for (;;) {
      const next = text.indexOf('<', at);
      if (next < 0) fail(`</${node.name}> expected`);
      const raw = text.slice(at, next);
      if (raw.includes(']]>')) fail('"]]>" in text');
      node.text += decode(raw.replace(/\r\n?/g, '\n'), false);
      at = next;
      if (text.startsWith('</', at)) {
        at += 2;
        const closing = name();
        if (closing !== node.name) fail(`</${node.name}> expected, not </${closing}>`);
        skipSpace();
        if (text[at] !== '>') fail('">" expected');
        at++;
        return node;
      }
      if (text.startsWith('<![CDATA[', at)) {
        const end = text.indexOf(']]>', at);
        if (end < 0) fail('an unclosed CDATA section');
        node.text += text.slice(at + 9, end);
        at = end + 3;
      } else if (text.startsWith('<!--', at)) {
        misc();
      } else {
        node.children.push(element());
      }
    }
  };
  if (text.startsWith('<?xml', at)) {
    const end = text.indexOf('?>', at);
    if (end < 0) fail('an unclosed XML declaration');
    if (!/^<\?xml version="1\.[0-9]"( encoding="[A-Za-z][A-Za-z0-9._-]*")?( standalone="(yes|no)")? ?$/.test(text.slice(at, end)))
      fail('a bad XML declaration');
    at = end + 2;
  }
  misc();
  const root = element();
  misc();
  if (at !== text.length) fail('content after the root element');
  return root;
}

/** Every element of a tree with this name, depth first. */
export function elements(root: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlElement) => {
    if (node.name === name) found.push(node);
    node.children.forEach(visit);
  };
  visit(root);
  return found;
}
