// node bench/lib/lintloop.mjs ENGINE_BUNDLE FILE N: lints FILE N times in-process (for CPU profiles of the engine alone).
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

const [enginePath, file, n = '20'] = process.argv.slice(2);
const engine = await import(pathToFileURL(enginePath).href);
const text = fs.readFileSync(file, 'utf8');
let count = 0;
for (let i = 0; i < Number(n); i++) count += engine.lint(text).diagnostics.length;
console.log(`${n} lints, ${count / Number(n)} diagnostics each`);
