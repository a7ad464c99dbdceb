import * as assert from 'assert';
import * as path from 'node:path';
import { lint, parseSettings, type Diagnostic, type LintOptions, type Settings, type SettingsProblem } from '../../../server/src/engine';
import { loadSettingsSync, type LoadedSettings } from '../../../server/src/shared/settingsChain';
import { baseline2020 } from './config';

/** Settings from one settings file's text; fails the test when it has problems. */
export function settingsOf(text: string | object): Settings {
  const { settings, problems } = parseSettings(typeof text === 'string' ? text : JSON.stringify(text));
  assert.deepStrictEqual(
    problems.map((p) => p.message),
    [],
    'the settings have no problem',
  );
  return settings;
}

/** The problems of one settings file's text, as `LINE:COLUMN message` (one-based). */
export function problemsOf(text: string): string[] {
  return parseSettings(text).problems.map(where);
}

export function where(problem: SettingsProblem): string {
  return `${problem.range.start.line + 1}:${problem.range.start.character + 1} ${problem.message}`;
}

export function optionsOf(settings: Settings, extra: LintOptions = {}): LintOptions {
  return {
    defaultEdition: settings.edition,
    rules: settings.rules,
    ruleOptions: settings.ruleOptions,
    policies: settings.policies,
    today: '2026-01-01',
    ...extra,
  };
}

/** Lints a document's text (or a config object, pretty-printed) with settings; returns the diagnostics of `rule` only when given. */
export function lintWith(document: string | object, settings: Settings, rule?: string, extra: LintOptions = {}): Diagnostic[] {
  const text = typeof document === 'string' ? document : JSON.stringify(document, null, 2);
  const diagnostics = lint(text, optionsOf(settings, extra)).diagnostics;
  return rule === undefined ? diagnostics : diagnostics.filter((d) => d.rule === rule);
}

/** A clean 2020-09 config (no diagnostics without settings). */
export function clean(): ReturnType<typeof baseline2020> {
  return baseline2020();
}

/** A policy's settings with one policy. */
export function onePolicy(given: string, schema: unknown, extra: object = {}): Settings {
  return settingsOf({ policies: [{ id: 'acme/check', message: 'Acme says no.', given, schema, ...extra }] });
}

/** Loads a chain of settings files from an in-memory folder (absolute paths under /virtual). */
export function loadVirtual(files: Record<string, string>, start = 'privacy-lint.config.json'): LoadedSettings {
  const root = path.resolve('/virtual');
  return loadSettingsSync(path.join(root, start), (file) => {
    const name = path.relative(root, file).split(path.sep).join('/');
    return name in files ? { text: files[name] } : { problem: 'no such file or directory', missing: true };
  });
}

/** A diagnostic as `rule path line:col-line:col` (zero-based positions, as LSP). */
export function brief(d: Diagnostic): string {
  return `${d.rule} ${JSON.stringify(d.path)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
}
