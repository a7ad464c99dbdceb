/**
 * Every message and fix title a rule can show is asserted by some test. A rule's words
 * are built from the text pieces of its code (string literals, the fixed parts of template
 * literals); each piece that reads as words must appear in a string, template or regular
 * expression of a test. A new message, fix title or related-location text that no test spells
 * out fails here, naming the file and line of the piece.
 *
 * The rules' metadata (summary, rationale, fix) is left out: docs.test.ts checks it against the
 * generated docs/rules.md. So are the format's descriptions (format/spec.ts, jsonSchema.ts),
 * which the JSON schema tests check.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../../..');

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const at = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(at) : at.endsWith('.ts') ? [at] : [];
  });
}

interface Piece {
  text: string;
  line: number;
}

/** The text pieces of a file's code, without imports (and without a rule's `meta`, when asked). */
function pieces(file: string, skipMeta: boolean): Piece[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Piece[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (skipMeta && ts.isPropertyAssignment(node) && node.name.getText(source) === 'meta') return;
    const line = () => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      found.push({ text: node.text, line: line() });
    } else if (ts.isRegularExpressionLiteral(node)) {
      // A message asserted by a pattern: its escapes (`\.`, `\?`, `\/`) removed.
      found.push({ text: node.text.replace(/\\(.)/g, '$1'), line: line() });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A piece that reads as words (two words at least), not a key, an id or a punctuation mark. */
const WORDS = /[A-Za-z]{2,} [A-Za-z"`(]/;

describe('rules: every message and fix title is asserted by a test', () => {
  it('each piece of text of the rules and the format check appears in a test', function () {
    const engine = path.join(ROOT, 'server/src/engine');
    const sources = [
      ...filesUnder(path.join(engine, 'rules')),
      ...filesUnder(path.join(engine, 'format')).filter((file) => !/[\\/](spec|jsonSchema)\.ts$/.test(file)),
    ];
    assert.ok(sources.length > 30, `the rules' sources are found under ${engine}`);
    // In Stryker's sandbox the sources hold every mutant ("Stryker was here!"): this test reads
    // the real sources, in `npm test`.
    if (sources.some((file) => fs.readFileSync(file, 'utf8').includes('stryMutAct_'))) this.skip();
    const asserted = filesUnder(path.join(ROOT, 'test'))
      .flatMap((file) => pieces(file, false).map((p) => p.text))
      .join('\n');
    let checked = 0;
    const missing: string[] = [];
    for (const file of sources) {
      for (const piece of pieces(file, true)) {
        const text = piece.text.trim();
        if (!WORDS.test(text)) continue;
        checked++;
        if (!asserted.includes(text)) missing.push(`${path.relative(ROOT, file)}:${piece.line} ${JSON.stringify(text)}`);
      }
    }
    assert.ok(checked > 100, `pieces of messages found: ${checked}`);
    assert.deepStrictEqual(missing, [], "text a user can see that no test asserts (add a case to the rule's messages.test.ts)");
  });
});
