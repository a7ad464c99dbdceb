/**
 * Snapshot tests of the TextMate grammar (syntaxes/tenant-privacy.tmLanguage.json), run
 * with VS Code's own tokenizer (vscode-textmate + vscode-oniguruma). Each fixture's tokens
 * and scopes are compared with snapshots/<fixture>.snap; `UPDATE_SNAPSHOTS=1` rewrites them.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';
import { createOnigScanner, createOnigString, loadWASM } from 'vscode-oniguruma';

const ROOT = path.resolve(__dirname, '../../..');
const HERE = path.join(ROOT, 'test', 'grammar');
const GRAMMAR = path.join(ROOT, 'syntaxes', 'tenant-privacy.tmLanguage.json');
const SCOPE = 'source.tenant-privacy';

async function loadGrammar(): Promise<IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner, createOnigString }),
    loadGrammar: (scopeName) => Promise.resolve(scopeName === SCOPE ? parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null),
  });
  const grammar = await registry.loadGrammar(SCOPE);
  assert.ok(grammar, 'the grammar loads');
  return grammar;
}

interface Token {
  line: number;
  text: string;
  scopes: string[];
}

function tokenize(grammar: IGrammar, text: string): Token[] {
  const tokens: Token[] = [];
  let state = INITIAL;
  text.split(/\r?\n/).forEach((line, index) => {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      tokens.push({ line: index, text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes.filter((s) => s !== SCOPE) });
    }
    state = result.ruleStack;
  });
  return tokens;
}

/** `>` the line, then one `#` line per non-blank token: carets under it and its scopes. */
function snapshot(grammar: IGrammar, text: string): string {
  const out: string[] = [];
  let state = INITIAL;
  for (const line of text.split(/\r?\n/)) {
    out.push(`>${line}`);
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      if (!line.slice(token.startIndex, token.endIndex).trim()) continue;
      const carets = ' '.repeat(token.startIndex) + '^'.repeat(token.endIndex - token.startIndex);
      out.push(`#${carets} ${token.scopes.filter((s) => s !== SCOPE).join(' ')}`);
    }
    state = result.ruleStack;
  }
  return `${out.join('\n')}\n`;
}

describe('grammar: tenant-privacy TextMate grammar', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  const fixtures = fs.readdirSync(path.join(HERE, 'fixtures')).sort();
  for (const fixture of fixtures) {
    it(`snapshot: ${fixture}`, () => {
      const actual = snapshot(grammar, fs.readFileSync(path.join(HERE, 'fixtures', fixture), 'utf8'));
      const file = path.join(HERE, 'snapshots', `${fixture}.snap`);
      if (process.env.UPDATE_SNAPSHOTS) fs.writeFileSync(file, actual);
      assert.ok(fs.existsSync(file), `${file} is missing: run with UPDATE_SNAPSHOTS=1 and review it`);
      assert.strictEqual(actual, fs.readFileSync(file, 'utf8'), `tokens of ${fixture} changed: review, then UPDATE_SNAPSHOTS=1`);
    });
  }

  it('scopes a disable comment: the directive, each rule id, the reason and its expiry date', () => {
    const tokens = tokenize(grammar, '// privacy-lint-disable-next-line retention/telemetry, schema/type -- approved; expires 2027-01-31');
    const scopeOf = (text: string) => tokens.find((t) => t.text === text)?.scopes ?? [];
    assert.ok(scopeOf('privacy-lint-disable-next-line').includes('keyword.control.directive.privacy-lint'));
    assert.ok(scopeOf('retention/telemetry').includes('entity.name.tag.rule-id.privacy-lint'));
    assert.ok(scopeOf('schema/type').includes('entity.name.tag.rule-id.privacy-lint'));
    assert.ok(scopeOf('--').includes('punctuation.separator.reason.privacy-lint'));
    assert.ok(scopeOf('2027-01-31').includes('constant.numeric.date.privacy-lint'));
    for (const token of tokens) assert.ok(token.scopes.some((s) => s.startsWith('comment.line')), `"${token.text}" is inside the comment`);
  });

  it('does not scope prose that mentions a directive, nor rule-like words in strings', () => {
    const tokens = tokenize(grammar, '// see privacy-lint-disable-file docs\n{ "note": "privacy-lint-disable-file retention/telemetry" }');
    assert.ok(!tokens.some((t) => t.scopes.some((s) => s.includes('privacy-lint'))));
  });

  it('scopes keys and values as VS Code\'s JSON grammar does, so themes colour them alike', () => {
    const tokens = tokenize(grammar, '{ "kind": "sqlAzure", "n": 30, "ok": true }');
    assert.ok(tokens.find((t) => t.text === 'kind')!.scopes.includes('support.type.property-name.json'));
    assert.ok(tokens.find((t) => t.text === 'sqlAzure')!.scopes.includes('string.quoted.double.json'));
    assert.ok(tokens.find((t) => t.text === '30')!.scopes.includes('constant.numeric.json'));
    assert.ok(tokens.find((t) => t.text === 'true')!.scopes.includes('constant.language.json'));
  });
});
