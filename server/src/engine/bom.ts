/** A UTF-8 byte order mark, as decoded text: one U+FEFF at the start. */
export const BOM = '\uFEFF';

/** A text as the engine sees it, without its leading byte order mark, and whether it had one (a fix writes it back). */
export interface TextWithoutBom {
  text: string;
  bom: boolean;
}

/**
 * Strips a leading byte order mark (docs/development.md, "Unreadable input": a UTF-8 BOM is stripped for
 * linting and kept when --fix writes). Every reader of a config or a settings file, in every
 * front end, goes through this one function.
 */
export function withoutBom(text: string): TextWithoutBom {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false };
}
