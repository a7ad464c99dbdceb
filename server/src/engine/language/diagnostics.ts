import { DiagnosticSeverity, DiagnosticTag, type Diagnostic as LspDiagnostic, type Range as LspRange } from 'vscode-languageserver-types';
import { ruleById } from '../rules';
import { ruleDocsUrl } from '../docs';
import type { RuleMeta } from '../rule';
import type { Diagnostic, Range, Severity } from '../types';

/** The `source` of every diagnostic the language server publishes. */
export const DIAGNOSTIC_SOURCE = 'privacy-lint';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What the server puts in `Diagnostic.data`: which of the diagnostics sharing a key this is. */
export interface DiagnosticData {
  /** 0 for the first diagnostic with this rule and range, 1 for the second, ... */
  ordinal: number;
  /** The document version the diagnostic was computed for, when known. */
  version?: number;
}

/**
 * The key a diagnostic is found again by, in the lint result it came from: its rule id and
 * range (never its message). Several diagnostics of one rule may share a range
 * (`migration/eligibility` on one migration), so the ordinal among those tells them apart.
 */
export function diagnosticKey(rule: string, range: Range | LspRange, ordinal = 0): string {
  return `${rule}@${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}#${ordinal}`;
}

/** The unsuppressed diagnostics of a lint result, by key. */
export function diagnosticsByKey(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic> {
  const byKey = new Map<string, Diagnostic>();
  // How many diagnostics with each rule and range came before: the next one's ordinal (never a
  // count from 0 again for each: thousands may share a range).
  const ordinals = new Map<string, number>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.suppression) continue;
    const first = diagnosticKey(diagnostic.rule, diagnostic.range, 0);
    const ordinal = ordinals.get(first) ?? 0;
    ordinals.set(first, ordinal + 1);
    byKey.set(ordinal ? diagnosticKey(diagnostic.rule, diagnostic.range, ordinal) : first, diagnostic);
  }
  return byKey;
}

/**
 * The LSP diagnostics of a lint result: suppressed ones are left out (as in the CLI's
 * stylish and json output); `code` is the rule id with a link to its docs. `policies` are
 * the organization's policies the result was linted with (their docs are their own). Given
 * the document's `uri`, a finding's related locations become `relatedInformation`; the
 * findings of a rule about text that does nothing are tagged `Unnecessary`.
 */
export function toLspDiagnostics(
  diagnostics: readonly Diagnostic[],
  version?: number,
  policies: readonly { meta: RuleMeta }[] = [],
  uri?: string,
): LspDiagnostic[] {
  // A policy links to its own `docs` (SPEC section 10), or to nothing when it has none.
  const policyDocs = new Map(policies.map(({ meta }) => [meta.id, meta.docs]));
  return [...diagnosticsByKey(diagnostics)].map(([key, diagnostic]) => {
    const lsp: LspDiagnostic = {
      range: diagnostic.range,
      severity: SEVERITY[diagnostic.severity],
      source: DIAGNOSTIC_SOURCE,
      code: diagnostic.rule,
      ...docsOf(diagnostic.rule, policyDocs),
      message: diagnostic.message,
      data: (version === undefined ? { ordinal: ordinalOf(key) } : { ordinal: ordinalOf(key), version }) satisfies DiagnosticData,
    };
    if (uri !== undefined && diagnostic.related) {
      lsp.relatedInformation = diagnostic.related.map((related) => ({ location: { uri, range: related.range }, message: related.message }));
    }
    if (ruleById(diagnostic.rule)?.meta.unnecessary) lsp.tags = [DiagnosticTag.Unnecessary];
    return lsp;
  });
}

function docsOf(rule: string, policyDocs: Map<string, string | undefined>): { codeDescription?: { href: string } } {
  if (!policyDocs.has(rule)) return { codeDescription: { href: ruleDocsUrl(rule) } };
  const href = policyDocs.get(rule);
  return href ? { codeDescription: { href } } : {};
}

function ordinalOf(key: string): number {
  return Number(key.slice(key.lastIndexOf('#') + 1));
}

/** The key of a diagnostic a client sends back (in a code action request). */
export function keyOfLspDiagnostic(diagnostic: LspDiagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'string') return undefined;
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  const ordinal = typeof data?.ordinal === 'number' ? data.ordinal : 0;
  return diagnosticKey(diagnostic.code, diagnostic.range, ordinal);
}

/** Whether a diagnostic a client sends back was computed for another version than `version`. */
export function isOfOtherVersion(diagnostic: LspDiagnostic, version: number | undefined): boolean {
  const stated = (diagnostic.data as Partial<DiagnosticData> | undefined)?.version;
  return version !== undefined && typeof stated === 'number' && stated !== version;
}
