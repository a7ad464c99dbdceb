import type { JSONPath } from '../../engine';

const MEMBER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A JSON path as an RFC 9535 JSONPath expression: `$.stores[0].geography`, `$` for the document. */
export function jsonPathExpression(path: JSONPath): string {
  let expression = '$';
  for (const segment of path) {
    if (typeof segment === 'number') expression += `[${segment}]`;
    else if (MEMBER_NAME.test(segment)) expression += `.${segment}`;
    else expression += `['${segment.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
  }
  return expression;
}
