// Lists the mutants a Stryker run left alive (reports/mutation/mutation.json), one line each,
// and the score per file: `node scripts/mutation-survivors.mjs [report.json]`.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? 'reports/mutation/mutation.json', 'utf8'));
const DETECTED = new Set(['Killed', 'Timeout']);
const VALID = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
for (const [file, { source, mutants }] of Object.entries(report.files).sort()) {
  const lines = source.split('\n');
  const valid = mutants.filter((m) => VALID.has(m.status));
  const detected = valid.filter((m) => DETECTED.has(m.status)).length;
  console.log(`${file}: ${((100 * detected) / Math.max(1, valid.length)).toFixed(1)}% (${detected}/${valid.length})`);
  for (const m of mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')) {
    const { start, end } = m.location;
    const line = lines[start.line - 1];
    const original = start.line === end.line ? line.slice(start.column - 1, end.column - 1) : `${line.slice(start.column - 1)}…`;
    console.log(
      `  ${m.status === 'NoCoverage' ? 'NOCOV' : 'alive'} ${start.line}:${start.column} ${m.mutatorName}: ${JSON.stringify(original).slice(0, 90)} -> ${JSON.stringify(m.replacement ?? '').slice(0, 90)}`,
    );
  }
}
