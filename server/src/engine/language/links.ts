import type { DocumentLink } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../parse';
import { ruleDocsUrl } from '../docs';
import { ruleById } from '../rules';
import { parseDirectives } from '../suppressions';
import { propertyValue } from './tree';

/**
 * Document links: the `$schema` value (a path relative to the document, or a URL), and each
 * known rule id in a disable comment, to its docs (the URL of its diagnostics' `codeDescription`).
 */
export function documentLinks(doc: ParsedDocument, documentUri: string): DocumentLink[] {
  const links: DocumentLink[] = [];
  const schema = propertyValue(doc.root, '$schema');
  if (schema?.type === 'string' && schema.value) {
    const target = resolveReference(schema.value as string, documentUri);
    // Inside the quotes.
    if (target) links.push({ range: doc.lines.rangeOf(schema.offset + 1, Math.max(0, schema.length - 2)), target, tooltip: 'Open the JSON schema' });
  }
  // Links do not depend on whether a comment has expired: no date.
  for (const directive of parseDirectives(doc, undefined)) {
    for (const rule of directive.rules) {
      if (!ruleById(rule.id)) continue;
      links.push({ range: doc.lines.rangeOf(rule.offset, rule.length), target: ruleDocsUrl(rule.id), tooltip: `Documentation of ${rule.id}` });
    }
  }
  return links;
}

/** A URL as is; a path resolved against the document's URI. Undefined when it makes no URL. */
function resolveReference(reference: string, documentUri: string): string | undefined {
  try {
    return new URL(reference, documentUri).href;
  } catch {
    return undefined;
  }
}
