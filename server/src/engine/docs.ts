import type { RuleMeta } from './rule';

/** Where the project's documentation lives; each rule's page is an anchor of docs/rules.md. */
export const REPOSITORY_URL = 'https://github.com/tenant-privacy/tenant-privacy';

export function ruleAnchor(id: string): string {
  return id.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
}

export function ruleDocsUrl(id: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules.md#${ruleAnchor(id)}`;
}

/**
 * Where a rule is documented: a built-in rule's anchor of docs/rules.md, a policy's own `docs`
 * URL (SPEC section 10); undefined for a policy without one.
 */
export function ruleDocsUrlOf(meta: RuleMeta): string | undefined {
  return meta.organization ? meta.docs : ruleDocsUrl(meta.id);
}
