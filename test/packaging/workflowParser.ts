import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * GitHub's own parser of workflows and action.yml files (`@actions/workflow-parser`, the one
 * behind the Actions language server). It is published as ES modules that import JSON without
 * import attributes, which Node.js refuses; esbuild (already a devDependency) bundles it into
 * one CommonJS file, once per test run.
 */
export interface ParseResult {
  value?: unknown;
  context: { errors: { getErrors(): { message: string }[] } };
}
export interface WorkflowParser {
  parseAction(file: { name: string; content: string }, trace: unknown): ParseResult;
  convertActionTemplate(context: ParseResult['context'], root: unknown): ActionTemplate;
  parseWorkflow(file: { name: string; content: string }, trace: unknown): ParseResult;
  convertWorkflowTemplate(context: ParseResult['context'], root: unknown): Promise<{ errors?: { Message: string }[]; jobs: unknown[] }>;
  NoOperationTraceWriter: new () => unknown;
}
export interface ActionTemplate {
  name: string;
  inputs?: { id: string; default?: { value?: unknown }; deprecationMessage?: string }[];
  outputs?: { id: string }[];
  runs: { using: string; main?: string };
}

let loaded: WorkflowParser | undefined;

export function workflowParser(): WorkflowParser {
  if (loaded) return loaded;
  const root = path.resolve(__dirname, '../../..');
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-workflow-parser-'));
  const { buildSync } = require('esbuild') as typeof import('esbuild');
  buildSync({
    stdin: {
      contents: [
        "export { parseAction, convertActionTemplate } from '@actions/workflow-parser/actions/index';",
        "export { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } from '@actions/workflow-parser';",
      ].join('\n'),
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: path.join(folder, 'workflow-parser.cjs'),
    logLevel: 'error',
  });
  loaded = require(path.join(folder, 'workflow-parser.cjs')) as WorkflowParser;
  fs.rmSync(folder, { recursive: true, force: true });
  return loaded;
}

/** Parses `content` as a workflow or action file; returns GitHub's error messages (none: valid). */
export function workflowErrors(kind: 'action' | 'workflow', name: string, content: string): { errors: string[]; result: ParseResult } {
  const parser = workflowParser();
  const trace = new parser.NoOperationTraceWriter();
  const result = kind === 'action' ? parser.parseAction({ name, content }, trace) : parser.parseWorkflow({ name, content }, trace);
  return { errors: result.context.errors.getErrors().map((e) => e.message), result };
}
