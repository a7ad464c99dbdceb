/**
 * `npm run fuzz -- [--count N] [--seed S] [--property NAME[,NAME]] [--path P] [--fail-fast] [--max-shrink K] [--json FILE]`
 *
 * Runs the engine's property tests (test/fuzz/) with N generated cases per property
 * (default 10,000) and prints the seed, the counts, the rule coverage and the slowest
 * cases. Every kind of failure is shrunk by fast-check (and then minimised as text) and
 * printed with its seed and path, ready to keep in test/regressions/.
 *
 * `--seed S --path P --property NAME` replays one failing case and shrinks it again.
 * Exit code: 0 when every property holds, 1 when one fails, 2 on bad usage.
 */
import { writeFileSync } from 'node:fs';
import { RULES } from '../server/src/engine';
import { formatFinding, formatStats, PROPERTIES, runProperty, shrink, type PropertyReport } from '../test/fuzz/runner';
import { mergeStats, newStats } from '../test/fuzz/properties';

interface Args {
  count: number;
  seed: number;
  properties: string[];
  path?: string;
  failFast: boolean;
  maxShrink: number;
  json?: string;
}

function usage(message: string): never {
  process.stderr.write(
    `fuzz: ${message}\nusage: npm run fuzz -- [--count N] [--seed S] [--property ${PROPERTIES.map((p) => p.name).join('|')}] [--path P] [--fail-fast] [--max-shrink K] [--json FILE]\n`,
  );
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    count: 10_000,
    seed: Date.now() ^ (Math.random() * 0x7fffffff),
    properties: PROPERTIES.map((p) => p.name),
    failFast: false,
    maxShrink: 20,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? usage(`${name} needs a value`);
    const integer = (min: number) => {
      const v = value();
      if (!/^-?\d+$/.test(v) || Number(v) < min) usage(`${name} must be an integer >= ${min}, not ${JSON.stringify(v)}`);
      return Number(v);
    };
    switch (name) {
      case '--count':
      case '-n':
        args.count = integer(1);
        break;
      case '--seed':
      case '-s':
        args.seed = integer(-0x80000000) | 0;
        break;
      case '--property':
      case '-p': {
        const names = value()
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        for (const n of names) if (!PROPERTIES.some((p) => p.name === n)) usage(`unknown property ${JSON.stringify(n)}`);
        args.properties = names;
        break;
      }
      case '--path':
        args.path = value();
        break;
      case '--fail-fast':
        args.failFast = true;
        break;
      case '--max-shrink':
        args.maxShrink = integer(0);
        break;
      case '--json':
        args.json = value();
        break;
      case '--help':
      case '-h':
        usage('help');
      // eslint-disable-next-line no-fallthrough
      default:
        usage(`unknown argument ${JSON.stringify(arg)}`);
    }
  }
  return args;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const out = (line = '') => process.stdout.write(line + '\n');
  const selected = PROPERTIES.filter((p) => args.properties.includes(p.name));

  if (args.path !== undefined) {
    out(`Replaying seed ${args.seed} path ${args.path}`);
    let failed = false;
    for (const def of selected) {
      const finding = shrink(def, args.seed, args.path);
      if (finding.message === 'does not fail when replayed') {
        out(`[${def.name}] passes`);
      } else {
        failed = true;
        out(formatFinding({ ...finding, count: 1 }));
      }
    }
    process.exit(failed ? 1 : 0);
  }

  out(
    `Seed: ${args.seed}  (reproduce this run: npm run fuzz -- --seed ${args.seed} --count ${args.count}${args.properties.length < PROPERTIES.length ? ` --property ${args.properties.join(',')}` : ''})`,
  );
  out(`Cases per property: ${args.count}; properties: ${selected.map((p) => p.name).join(', ')}`);
  out();
  const reports: PropertyReport[] = [];
  const started = Date.now();
  for (const def of selected) {
    out(`[${def.name}] ${def.description}`);
    let lastReport = Date.now();
    const report = runProperty(def, {
      seed: args.seed,
      numRuns: args.count,
      failFast: args.failFast,
      maxShrink: args.maxShrink,
      keepSlowest: 3,
      onProgress: (done) => {
        if (Date.now() - lastReport > 30_000) {
          lastReport = Date.now();
          process.stderr.write(`  ... ${done}/${args.count} cases\n`);
        }
      },
    });
    reports.push(report);
    out(formatStats(report));
    out(report.findings.length ? `  FAILED: ${report.findings.length} kind(s) of failure` : '  ok');
    out();
  }

  const total = newStats();
  for (const r of reports) mergeStats(total, r.stats);
  const cases = reports.reduce((n, r) => n + r.runs, 0);
  const seconds = (Date.now() - started) / 1000;
  out(
    `Total: ${cases} cases in ${seconds.toFixed(1)} s; ${total.diagnostics} diagnostics; ${total.fixesChecked} fixes applied one by one; ${total.fixAllRuns} fixAll runs`,
  );
  const unseen = RULES.map((r) => r.meta.id).filter((id) => !total.byRule.has(id));
  out(
    `Rule coverage: ${[...total.byRule]
      .sort((a, b) => b[1] - a[1])
      .map(([rule, n]) => `${rule} ${n}`)
      .join(', ')}`,
  );
  if (unseen.length) out(`Rules never reported: ${unseen.join(', ')}`);
  const slowest = reports
    .flatMap((r) => r.slowest)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3);
  out(`Slowest cases: ${slowest.map((c) => `[${c.property}] run ${c.run}: ${c.ms.toFixed(1)} ms, ${c.textLength} chars`).join('; ')}`);
  if (slowest[0]) out(`Slowest input (${slowest[0].ms.toFixed(1)} ms), as a string: ${JSON.stringify(slowest[0].text)}`);
  const findings = reports.flatMap((r) => r.findings);
  if (args.json) {
    writeFileSync(
      args.json,
      JSON.stringify(
        {
          seed: args.seed,
          count: args.count,
          seconds,
          reports: reports.map((r) => ({ ...r, stats: { ...r.stats, byRule: Object.fromEntries(r.stats.byRule) } })),
        },
        null,
        2,
      ),
    );
  }
  out();
  if (!findings.length) {
    out(`PASS: every property held on ${cases} cases (seed ${args.seed}).`);
    return;
  }
  out(`FAIL: ${findings.length} kind(s) of failure (seed ${args.seed}). Keep each shrunk input as a regression test in test/regressions/.`);
  out();
  for (const f of findings) {
    out(formatFinding(f));
    out();
  }
  process.exitCode = 1;
}

main();
