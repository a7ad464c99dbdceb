/** The few `path` functions the server uses, for URIs (`scheme://authority/a/b`) in the browser: `/` only, no normalization. */
export const sep = '/';

export function dirname(p: string): string {
  const cut = p.replace(/\/+$/, '').lastIndexOf('/');
  if (cut < 0) return '.';
  // Never above the authority of a URI (scheme://authority).
  const root = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(p)?.[0];
  if (root && cut < root.length) return root;
  return cut === 0 ? '/' : p.slice(0, cut);
}

export function join(...parts: string[]): string {
  return parts
    .filter(Boolean)
    .join('/')
    .replace(/([^:/])\/{2,}/g, '$1/');
}

export function relative(from: string, to: string): string {
  if (to === from) return '';
  return to.startsWith(`${from}/`) ? to.slice(from.length + 1) : `../${to}`;
}

export function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(p);
}
