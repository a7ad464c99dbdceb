import type { Node } from 'jsonc-parser';
import type { Finding, FormatAnalysis } from './check';

type UnknownProperty = Extract<Finding, { kind: 'unknown-property' }>;

/**
 * The renames of misspelt keys that are safe to apply without asking: the key has exactly
 * one known key within reach, and no other misspelt key of the same object would become it
 * (two renames to one key would give it twice). Keyed by the unknown key's node.
 */
export function preferredRenames(analysis: FormatAnalysis): ReadonlyMap<Node, string> {
  // Most documents have no misspelt key: then no map is made.
  if (!analysis.findings.some((f) => f.kind === 'unknown-property' && f.candidates.length === 1)) return NO_RENAMES;
  const byTarget = new Map<Node | undefined, Map<string, UnknownProperty[]>>();
  const findings = analysis.findings;
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i];
    if (finding.kind !== 'unknown-property' || finding.candidates.length !== 1) continue;
    const object = finding.keyNode.parent?.parent;
    let targets = byTarget.get(object);
    if (!targets) byTarget.set(object, (targets = new Map<string, UnknownProperty[]>()));
    const list = targets.get(finding.candidates[0]) ?? [];
    list.push(finding);
    targets.set(finding.candidates[0], list);
  }
  const renames = new Map<Node, string>();
  for (const targets of byTarget.values()) {
    for (const [target, findings] of targets) if (findings.length === 1) renames.set(findings[0].keyNode, target);
  }
  return renames;
}

const NO_RENAMES: ReadonlyMap<Node, string> = new Map();
const NO_PENDING: ReadonlyMap<Node, ReadonlySet<string>> = new Map();

/** Per object, the keys a preferred rename will give it. */
export function pendingKeys(renames: ReadonlyMap<Node, string>): ReadonlyMap<Node, ReadonlySet<string>> {
  if (!renames.size) return NO_PENDING;
  const pending = new Map<Node, Set<string>>();
  for (const [keyNode, target] of renames) {
    const object = keyNode.parent?.parent;
    if (!object) continue;
    let keys = pending.get(object);
    if (!keys) pending.set(object, (keys = new Set()));
    keys.add(target);
  }
  return pending;
}
