/**
 * A result id for a set of diagnostics: the same diagnostics, the same id, so a pull that
 * would send what the client has answers `unchanged`. FNV-1a (32 bits) of their JSON, with its length.
 */
export function resultIdOf(diagnostics: unknown): string {
  const text = JSON.stringify(diagnostics);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(36)}.${text.length.toString(36)}`;
}
