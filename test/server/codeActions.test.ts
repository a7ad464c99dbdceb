import * as assert from 'assert';
import { CodeAction, Diagnostic } from 'vscode-languageserver-protocol/node';
import { fixAll, lint, ruleDocsUrl } from '../../server/src/engine';
import { BROKEN } from './fixtures';
import { textAt, withServer } from './lspClient';

const FIX_ALL = 'source.fixAll.privacyLint';

describe('server: code actions', function () {
  const server = withServer();
  const uri = server.ws.uri('actions.privacy.jsonc');
  let diagnostics: Diagnostic[];

  const find = (code: string) => {
    const found = diagnostics.find((d) => d.code === code);
    assert.ok(found, `a ${code} diagnostic`);
    return found;
  };
  const titled = (actions: CodeAction[], title: string) => {
    const found = actions.find((a) => a.title === title);
    assert.ok(found, `an action "${title}" among ${JSON.stringify(actions.map((a) => a.title))}`);
    return found;
  };

  beforeEach(async () => {
    if (server.client.texts.has(uri)) await server.client.close(uri);
    diagnostics = (await server.client.open(uri, BROKEN)).diagnostics;
  });

  it('offers each fix of a diagnostic as a preferred quick fix, and the fix applies', async () => {
    const auditLogs = find('retention/audit-logs');
    const actions = await server.client.codeActions(uri, [auditLogs]);
    const fix = titled(actions, 'Set to "P1Y"');
    assert.strictEqual(fix.kind, 'quickfix');
    assert.strictEqual(fix.isPreferred, true);
    assert.deepStrictEqual(fix.diagnostics, [auditLogs]);
    const edits = server.client.editsOf(fix.edit, uri);
    assert.deepStrictEqual(edits, [{ range: auditLogs.range, newText: '"P1Y"' }]);
    const after = await server.client.edit(uri, edits);
    assert.ok(server.client.text(uri).includes('"auditLogs": "P1Y"'));
    assert.ok(!after.diagnostics.some((d) => d.code === 'retention/audit-logs'));
  });

  it('marks a fix that needs a human decision as not preferred', async () => {
    const store = find('residency/store-geography');
    const fix = titled(await server.client.codeActions(uri, [store]), 'Set to "europe"');
    assert.strictEqual(fix.isPreferred, false);
    assert.strictEqual(textAt(server.client.text(uri), server.client.editsOf(fix.edit, uri)[0].range), '"northAmerica"');
  });

  it('finds the diagnostic by rule id and range only: another rule or range gets nothing', async () => {
    const auditLogs = find('retention/audit-logs');
    assert.deepStrictEqual(await server.client.codeActions(uri, [{ ...auditLogs, code: 'retention/telemetry' }]), []);
    const moved = { ...auditLogs, range: { start: auditLogs.range.start, end: { ...auditLogs.range.end, character: auditLogs.range.end.character + 1 } } };
    assert.deepStrictEqual(await server.client.codeActions(uri, [moved]), []);
    // The message is not part of the key.
    const reworded = await server.client.codeActions(uri, [{ ...auditLogs, message: 'anything' }]);
    titled(reworded, 'Set to "P1Y"');
  });

  it('returns no edits for diagnostics of an older version', async () => {
    const auditLogs = find('retention/audit-logs');
    const release = server.client.holdConfiguration();
    const version = server.client.version(uri) + 1;
    const latest = server.client.diagnostics.next((p) => p.uri === uri && p.version === version);
    try {
      await server.client.sendChange(uri, BROKEN.replace('"P2Y"', '"P3Y"'));
      assert.deepStrictEqual(await server.client.codeActions(uri, [auditLogs]), []);
    } finally {
      release();
    }
    const current = await latest;
    const fresh = current.diagnostics.find((d) => d.code === 'retention/audit-logs')!;
    const fix = titled(await server.client.codeActions(uri, [fresh]), 'Set to "P1Y"');
    assert.strictEqual(server.client.editsOf(fix.edit, uri)[0].newText, '"P1Y"');
  });

  it('fix all (source.fixAll.privacyLint) applies the preferred fixes to a fixpoint, like --fix', async () => {
    const actions = await server.client.codeActions(uri, [], [FIX_ALL]);
    assert.strictEqual(actions.length, 1);
    const [action] = actions;
    assert.strictEqual(action.kind, FIX_ALL);
    const edits = server.client.editsOf(action.edit, uri);
    assert.ok(edits.length > 1, 'minimal edits, not one replacement of the whole text');
    const fixed = server.client.apply(uri, edits);
    assert.strictEqual(fixed, fixAll(BROKEN).text);
    assert.ok(fixed.includes('/* Retention: reviewed\n     every quarter. */'), 'comments stay');
    const after = await server.client.change(uri, fixed);
    assert.deepStrictEqual(after.diagnostics.map((d) => d.code).sort(), ['migration/feature-availability', 'residency/store-geography']);
    assert.deepStrictEqual(await server.client.codeActions(uri, [], [FIX_ALL]), [], 'nothing left to fix');
  });

  it('fix all asked for right after a change (a save while typing) is computed for the new version', async () => {
    const release = server.client.holdConfiguration();
    await server.client.sendChange(uri, BROKEN.replace('"P2Y"', '"P3Y"'));
    const pending = server.client.codeActions(uri, [], [FIX_ALL]);
    release();
    const [action] = await pending;
    assert.strictEqual(server.client.apply(uri, server.client.editsOf(action.edit, uri, server.client.version(uri))), fixAll(server.client.text(uri)).text);
  });

  it('offers fix all for `source` and `source.fixAll` requests, and not for a plain lightbulb request', async () => {
    for (const only of [['source'], ['source.fixAll']]) {
      assert.deepStrictEqual(
        (await server.client.codeActions(uri, [], only)).map((a) => a.kind),
        [FIX_ALL],
      );
    }
    assert.deepStrictEqual(await server.client.codeActions(uri, []), []);
    assert.deepStrictEqual(
      await server.client.codeActions(uri, [find('retention/audit-logs')], ['quickfix']).then((a) => a.filter((x) => x.kind === FIX_ALL)),
      [],
    );
  });

  it('the server command applies fix all to a version with workspace/applyEdit', async () => {
    const applied = server.client.appliedEdits.next();
    await server.client.executeCommand('tenantPrivacy.server.applyFixAll', [{ uri, version: server.client.version(uri) }]);
    const edit = await applied;
    assert.strictEqual(server.client.apply(uri, server.client.editsOf(edit, uri)), fixAll(BROKEN).text);
    const stale = await server.client.executeCommand('tenantPrivacy.server.applyFixAll', [{ uri, version: server.client.version(uri) - 1 }]);
    assert.deepStrictEqual(stale, { applied: false });
  });

  it('"Disable RULE for this line" inserts a next-line comment with the line\'s indentation and a reason placeholder', async () => {
    const auditLogs = find('retention/audit-logs');
    const action = titled(await server.client.codeActions(uri, [auditLogs]), 'Disable retention/audit-logs for this line');
    const edits = server.client.editsOf(action.edit, uri);
    assert.deepStrictEqual(edits, [
      {
        range: { start: { line: 26, character: 0 }, end: { line: 26, character: 0 } },
        newText: '    // privacy-lint-disable-next-line retention/audit-logs -- <reason>\n',
      },
    ]);
    const after = await server.client.edit(uri, edits);
    assert.ok(!after.diagnostics.some((d) => d.code === 'retention/audit-logs' || d.code === 'suppression/unused'));
    // The placeholder is not a reason: suppression/reason asks for one, on the new comment, until it is written.
    const placeholder = after.diagnostics.filter((d) => d.code === 'suppression/reason');
    assert.deepStrictEqual(
      placeholder.map((d) => [d.range.start.line, /placeholder, not a reason/.test(d.message)]),
      [[26, true]],
    );
    const suppressed = lint(server.client.text(uri)).diagnostics.find((d) => d.rule === 'retention/audit-logs');
    assert.deepStrictEqual(suppressed?.suppression, { kind: 'inSource', justification: '<reason>' });
  });

  it('adds the rule to the disable comment that already governs the line', async () => {
    const auditLogs = find('retention/audit-logs');
    const first = titled(await server.client.codeActions(uri, [auditLogs]), 'Disable retention/audit-logs for this line');
    await server.client.edit(uri, server.client.editsOf(first.edit, uri));
    // Another rule on the same line (as a test: turn auditLogs into a type error).
    const broken = await server.client.change(uri, server.client.text(uri).replace('"auditLogs": "P2Y"', '"auditLogs": "2 years"'));
    const typeError = broken.diagnostics.find((d) => d.code === 'schema/type')!;
    const second = titled(await server.client.codeActions(uri, [typeError]), 'Disable schema/type for this line');
    const after = await server.client.edit(uri, server.client.editsOf(second.edit, uri));
    assert.ok(
      server.client.text(uri).includes('    // privacy-lint-disable-next-line retention/audit-logs, schema/type -- <reason>\n    "auditLogs": "2 years"'),
    );
    assert.ok(!after.diagnostics.some((d) => d.code === 'schema/type'));
  });

  it('"Disable RULE for this file" inserts a file comment at the top, then extends it', async () => {
    const purpose = find('processing/purpose');
    const action = titled(await server.client.codeActions(uri, [purpose]), 'Disable processing/purpose for this file');
    const edits = server.client.editsOf(action.edit, uri);
    assert.deepStrictEqual(edits, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '// privacy-lint-disable-file processing/purpose -- <reason>\n' },
    ]);
    const after = await server.client.edit(uri, edits);
    assert.ok(!after.diagnostics.some((d) => d.code === 'processing/purpose'));
    const purge = after.diagnostics.find((d) => d.code === 'deletion/purge-window')!;
    const more = titled(await server.client.codeActions(uri, [purge]), 'Disable deletion/purge-window for this file');
    await server.client.edit(uri, server.client.editsOf(more.edit, uri));
    assert.ok(server.client.text(uri).startsWith('// privacy-lint-disable-file processing/purpose, deletion/purge-window -- <reason>\n'));
  });

  it('"Show documentation for RULE" opens the rule\'s docs page', async () => {
    const auditLogs = find('retention/audit-logs');
    const action = titled(await server.client.codeActions(uri, [auditLogs]), 'Show documentation for retention/audit-logs');
    assert.strictEqual(action.command?.command, 'tenantPrivacy.server.showRuleDocumentation');
    const shown = server.client.shownDocuments.next();
    await server.client.executeCommand(action.command.command, action.command.arguments ?? []);
    assert.deepStrictEqual(await shown, { uri: ruleDocsUrl('retention/audit-logs'), external: true });
  });

  it('tells apart diagnostics of one rule on one range (by the ordinal in `data`)', async () => {
    const text = BROKEN.replace('"dataResidencyRequired": true', '"dataResidencyRequired": false, "subscription": "ended"');
    const { diagnostics: all } = await server.client.change(uri, text);
    const eligibility = all.filter((d) => d.code === 'migration/eligibility');
    assert.strictEqual(eligibility.length, 2);
    assert.deepStrictEqual(eligibility[0].range, eligibility[1].range);
    const titles = await Promise.all(
      eligibility.map(async (d) => (await server.client.codeActions(uri, [d])).filter((a) => a.isPreferred !== undefined).map((a) => a.title)),
    );
    assert.notDeepStrictEqual(titles[0], titles[1], 'each diagnostic gets its own fixes');
  });
});

describe('server: the reason placeholder of a disable quick fix, for a client that can edit it as a snippet', function () {
  const server = withServer({}, { initializationOptions: { reasonPlaceholderCommand: true } });
  const uri = server.ws.uri('reason.privacy.jsonc');

  it('"Disable RULE for this line/file" carry the client command with the range of "<reason>" once the edit is applied', async () => {
    const { diagnostics } = await server.client.open(uri, BROKEN);
    const auditLogs = diagnostics.find((d) => d.code === 'retention/audit-logs')!;
    const actions = await server.client.codeActions(uri, [auditLogs]);
    for (const title of ['Disable retention/audit-logs for this line', 'Disable retention/audit-logs for this file']) {
      const action = actions.find((a) => a.title === title)!;
      assert.strictEqual(action.command?.command, 'tenantPrivacy.editReasonPlaceholder', title);
      const [commandUri, range] = action.command.arguments!;
      assert.strictEqual(commandUri, uri);
      const after = server.client.apply(uri, server.client.editsOf(action.edit, uri));
      assert.strictEqual(textAt(after, range), '<reason>', title);
    }
    const fix = actions.find((a) => a.title === 'Set to "P1Y"')!;
    assert.strictEqual(fix.command, undefined, 'a fix runs no command');
  });
});
