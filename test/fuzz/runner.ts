/**
 * Runs the properties with fast-check, for `npm test` (fixed seed, small counts) and for
 * `npm run fuzz` (any seed and count). A run does not stop at the first failure: it
 * collects every kind of failure (by signature), then shrinks one input of each kind,
 * replaying it with its seed and path, and prints it ready to keep as a regression test.
 */
import fc from 'fast-check';
import { parseTree, type Node } from 'jsonc-parser';
import { anyCaseArb, orderCaseArb, parseableCaseArb, tokenSoupArb, validCaseArb, type FuzzCase, type OrderCase } from './arbitraries';
import { checkAnyInput, checkFixes, checkOrderIndependence, checkValidConfig, newStats, PropertyFailure, type Stats } from './properties';

export interface PropertyDef<T> {
  name: string;
  description: string;
  arb: fc.Arbitrary<T>;
  check(value: T, stats?: Stats): void;
  /** The input, for a person. */
  text(value: T): string;
  /** A TypeScript literal that reproduces the input in a regression test. */
  regression(value: T): string;
  /** The same case with another text, for the text minimiser (absent: not minimised). */
  withText?: (value: T, text: string) => T;
}

const optionsLiteral = (options: object) => JSON.stringify(options);

export const PROPERTIES: PropertyDef<FuzzCase | OrderCase>[] = [
  {
    name: 'any-input',
    description: 'lint never throws; ranges inside the document and equal to LSP positions; paths resolve; fix edits in bounds',
    arb: anyCaseArb,
    check: (c, stats) => void checkAnyInput((c as FuzzCase).text, c.options, stats),
    text: (c) => (c as FuzzCase).text,
    regression: (c) => `checkAnyInput(${JSON.stringify((c as FuzzCase).text)}, ${optionsLiteral(c.options)});`,
    withText: (c, text) => ({ ...(c as FuzzCase), text }),
  },
  {
    name: 'token-soup',
    description: 'short token soups, mostly broken: the engine parses them as jsonc-parser does, and the any-input properties hold',
    arb: tokenSoupArb,
    check: (c, stats) => void checkAnyInput((c as FuzzCase).text, c.options, stats),
    text: (c) => (c as FuzzCase).text,
    regression: (c) => `checkAnyInput(${JSON.stringify((c as FuzzCase).text)}, ${optionsLiteral(c.options)});`,
    withText: (c, text) => ({ ...(c as FuzzCase), text }),
  },
  {
    name: 'valid-config',
    description: 'a configuration generated valid for its edition (any layout and comments) gets no format diagnostic',
    arb: validCaseArb,
    check: (c, stats) => checkValidConfig((c as FuzzCase).text, c.options, stats),
    text: (c) => (c as FuzzCase).text,
    regression: (c) => `checkValidConfig(${JSON.stringify((c as FuzzCase).text)}, ${optionsLiteral(c.options)});`,
    // Not minimised as text: a smaller text would no longer be a valid configuration.
  },
  {
    name: 'member-order',
    description: 'reordering object members (repeated keys keep their relative order) gives the same (rule, path) multiset',
    arb: orderCaseArb,
    check: (c, stats) => checkOrderIndependence((c as OrderCase).text, (c as OrderCase).reordered, c.options, stats),
    text: (c) => `${(c as OrderCase).text}\n----- reordered -----\n${(c as OrderCase).reordered}`,
    regression: (c) =>
      `checkOrderIndependence(${JSON.stringify((c as OrderCase).text)}, ${JSON.stringify((c as OrderCase).reordered)}, ${optionsLiteral(c.options)});`,
  },
  {
    name: 'fixes',
    description: 'fixes keep the text parseable and keep comments; fixAll reaches a fixpoint, is idempotent, leaves no preferred fix',
    arb: parseableCaseArb,
    check: (c, stats) => void checkFixes((c as FuzzCase).text, c.options, stats),
    text: (c) => (c as FuzzCase).text,
    regression: (c) => `checkFixes(${JSON.stringify((c as FuzzCase).text)}, ${optionsLiteral(c.options)});`,
    withText: (c, text) => ({ ...(c as FuzzCase), text }),
  },
];

export interface Finding {
  property: string;
  signature: string;
  /** How many generated inputs failed this way. */
  count: number;
  seed: number;
  /** The fast-check path of the shrunk counterexample: `--seed S --path P` replays it. */
  path: string;
  message: string;
  /** The shrunk input, and the lint options it was checked with. */
  text: string;
  options: string;
  regression: string;
  shrinkSteps: number;
  /** The input after the text minimiser (smaller, same signature), when it found a smaller one. */
  minimized?: { text: string; regression: string; message: string };
}

export interface SlowCase {
  property: string;
  ms: number;
  run: number;
  textLength: number;
  text: string;
}

export interface PropertyReport {
  property: string;
  runs: number;
  ms: number;
  stats: Stats;
  findings: Finding[];
  slowest: SlowCase[];
}

export interface RunOptions {
  seed: number;
  numRuns: number;
  /** Shrink at most this many kinds of failure per property. */
  maxShrink?: number;
  /** Stop generating at the first failure. */
  failFast?: boolean;
  /** Keep this many slowest cases. */
  keepSlowest?: number;
  /** At most this many checks for the text minimiser of each finding (default 3000). */
  minimizeBudget?: number;
  /** Called after every case with the number of cases done. */
  onProgress?(done: number): void;
}

function signatureOf(error: unknown): string {
  if (error instanceof PropertyFailure) return error.signature;
  const e = error as Error;
  return `the check itself throws ${e?.name}: ${String(e?.message).split('\n')[0]}`;
}

export function runProperty<T>(def: PropertyDef<T>, options: RunOptions): PropertyReport {
  const stats = newStats();
  const firstFailure = new Map<string, { run: number; count: number }>();
  const slowest: SlowCase[] = [];
  const keep = options.keepSlowest ?? 3;
  let run = 0;
  const started = Date.now();
  fc.check(
    fc.property(def.arb, (value) => {
      const index = run++;
      const t0 = performance.now();
      let failed = false;
      try {
        def.check(value, stats);
      } catch (error) {
        failed = true;
        const signature = signatureOf(error);
        const seen = firstFailure.get(signature);
        if (seen) seen.count++;
        else firstFailure.set(signature, { run: index, count: 1 });
      }
      const ms = performance.now() - t0;
      if (slowest.length < keep || ms > slowest[slowest.length - 1].ms) {
        slowest.push({ property: def.name, ms, run: index, textLength: def.text(value).length, text: def.text(value) });
        slowest.sort((a, b) => b.ms - a.ms);
        slowest.length = Math.min(slowest.length, keep);
      }
      options.onProgress?.(run);
      return !(failed && options.failFast);
    }),
    { seed: options.seed, numRuns: options.numRuns, endOnFailure: true },
  );
  const ms = Date.now() - started;

  const findings: Finding[] = [];
  for (const [signature, { run: index, count }] of firstFailure) {
    if (findings.length >= (options.maxShrink ?? Infinity)) {
      findings.push({
        property: def.name,
        signature,
        count,
        seed: options.seed,
        path: String(index),
        message: '(not shrunk)',
        text: '',
        options: '',
        regression: '',
        shrinkSteps: 0,
      });
      continue;
    }
    findings.push({ ...shrink(def, options.seed, String(index), signature, options.minimizeBudget), count });
  }
  return { property: def.name, runs: run, ms, stats, findings, slowest };
}

/** Replays the input at `path` and shrinks it, keeping only inputs that fail with the same signature. */
export function shrink<T>(def: PropertyDef<T>, seed: number, path: string, signature?: string, minimizeBudget = 3000): Omit<Finding, 'count'> {
  const result = fc.check(
    fc.property(def.arb, (value) => {
      try {
        def.check(value);
      } catch (error) {
        if (signature === undefined || signatureOf(error) === signature) throw error;
      }
      return true;
    }),
    { seed, path, numRuns: 1, endOnFailure: false },
  );
  if (!result.failed || !result.counterexample) {
    return {
      property: def.name,
      signature: signature ?? '(passes)',
      seed,
      path,
      message: 'does not fail when replayed',
      text: '',
      options: '',
      regression: '',
      shrinkSteps: 0,
    };
  }
  const [value] = result.counterexample;
  const error = result.errorInstance;
  const finalSignature = signature ?? signatureOf(error);
  const finding: Omit<Finding, 'count'> = {
    property: def.name,
    signature: finalSignature,
    seed,
    path: result.counterexamplePath ?? path,
    message: error instanceof Error ? error.message : String(error),
    text: def.text(value),
    options: JSON.stringify((value as { options?: unknown }).options ?? {}),
    regression: def.regression(value),
    shrinkSteps: result.numShrinks,
  };
  if (def.withText) {
    const withText = def.withText;
    const failure = (text: string): unknown => {
      try {
        def.check(withText(value, text));
      } catch (e) {
        if (signatureOf(e) === finalSignature) return e;
      }
      return undefined;
    };
    const smaller = minimizeText(def.text(value), (text) => failure(text) !== undefined, minimizeBudget);
    if (smaller.length < def.text(value).length) {
      const e = failure(smaller);
      finding.minimized = {
        text: smaller,
        regression: def.regression(withText(value, smaller)),
        message: e instanceof Error ? e.message : String(e),
      };
    }
  }
  return finding;
}

// ---------------------------------------------------------------------------------------------
// Text minimiser: fast-check shrinks the generator's choices, but a generated configuration
// always holds every required property. This removes what the failure does not need.

/** The smallest text found by greedy deletions that still `fails`. Bounded: at most `budget` checks. */
export function minimizeText(text: string, fails: (text: string) => boolean, budget = 3000): string {
  let best = text;
  let tries = 0;
  const attempt = (candidate: string): boolean => {
    if (tries >= budget || candidate === best || candidate.length >= best.length) return false;
    tries++;
    if (!fails(candidate)) return false;
    best = candidate;
    return true;
  };
  let progress = true;
  while (progress && tries < budget) {
    progress = false;
    // 1. JSON members and elements, with a neighbouring comma; biggest first.
    const root = parseTree(best, [], { allowTrailingComma: true, disallowComments: false });
    const nodes: { start: number; end: number }[] = [];
    const visit = (node: Node) => {
      for (const child of node.children ?? []) {
        if (node.type === 'object' || node.type === 'array') nodes.push({ start: child.offset, end: child.offset + child.length });
        visit(child);
      }
    };
    if (root) visit(root);
    nodes.sort((a, b) => b.end - b.start - (a.end - a.start));
    for (const { start, end } of nodes) {
      const after = /^\s*,/.exec(best.slice(end));
      const before = /,\s*$/.exec(best.slice(0, start));
      if (after && attempt(best.slice(0, start) + best.slice(end + after[0].length))) {
        progress = true;
        break;
      }
      if (before && attempt(best.slice(0, start - before[0].length) + best.slice(end))) {
        progress = true;
        break;
      }
      if (attempt(best.slice(0, start) + best.slice(end))) {
        progress = true;
        break;
      }
    }
    if (progress) continue;
    // 2. Lines, in chunks.
    const lines = best.split(/(?<=\n)/);
    for (let size = Math.max(1, lines.length >> 1); size >= 1 && !progress; size >>= 1) {
      for (let i = 0; i + size <= lines.length; i += size) {
        if (attempt([...lines.slice(0, i), ...lines.slice(i + size)].join(''))) {
          progress = true;
          break;
        }
      }
    }
    if (progress) continue;
    // 3. Runs of whitespace, then single characters (short texts only).
    for (const match of best.matchAll(/[ \t]{2,}/g)) {
      if (attempt(best.slice(0, match.index) + ' ' + best.slice(match.index + match[0].length))) {
        progress = true;
        break;
      }
    }
    if (progress || best.length > 400) continue;
    for (let i = 0; i < best.length; i++) {
      if (attempt(best.slice(0, i) + best.slice(i + 1))) {
        progress = true;
        break;
      }
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Reporting

export function formatFinding(f: Finding): string {
  const lines = [
    `FAIL [${f.property}] ${f.signature}`,
    `  ${f.count} failing input(s); shrunk in ${f.shrinkSteps} steps`,
    `  replay: npm run fuzz -- --property ${f.property} --seed ${f.seed} --path ${f.path}`,
  ];
  if (f.text) {
    lines.push(`  lint options: ${f.options}`);
    lines.push('  shrunk input:', ...f.text.split(/\r\n|\r|\n/).map((l) => `    | ${l}`));
    lines.push(`  as a string: ${JSON.stringify(f.text)}`);
    if (f.minimized) {
      lines.push('  minimised input (same failure):', ...f.minimized.text.split(/\r\n|\r|\n/).map((l) => `    | ${l}`));
      lines.push(`  as a string: ${JSON.stringify(f.minimized.text)}`);
    }
    const message = f.minimized?.message ?? f.message;
    lines.push(
      '  details:',
      ...message
        .split('\n')
        .slice(0, 40)
        .map((l) => `    ${l}`),
    );
    lines.push('  regression test (test/regressions/):', `    ${f.minimized?.regression ?? f.regression}`);
  }
  return lines.join('\n');
}

export function formatStats(report: PropertyReport): string {
  const s = report.stats;
  const lines = [
    `[${report.property}] ${report.runs} cases in ${(report.ms / 1000).toFixed(1)} s (${(report.ms / Math.max(1, report.runs)).toFixed(2)} ms/case)` +
      `; ${s.withSyntaxErrors} with syntax errors; ${s.diagnostics} diagnostics (${s.suppressed} suppressed); longest input ${s.maxTextLength} chars`,
  ];
  if (s.fixAllRuns) {
    lines.push(
      `  fixes: ${s.fixesChecked} applied one by one (${s.preferredFixesChecked} preferred); fixAll on ${s.fixAllRuns} inputs, passes ${s.fixAllPasses
        .map((n, i) => (n ? `${i}:${n}` : ''))
        .filter(Boolean)
        .join(' ')}; ${s.notApplicable} inputs with syntax errors skipped`,
    );
  }
  lines.push(`  slowest: ${report.slowest.map((c) => `run ${c.run} ${c.ms.toFixed(1)} ms (${c.textLength} chars)`).join('; ')}`);
  return lines.join('\n');
}
