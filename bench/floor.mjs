#!/usr/bin/env node
// The floor: one node process that finds the same files the CLI would (a directory is searched
// recursively for *.privacy.json and *.privacy.jsonc, skipping node_modules and dot-folders),
// reads each and runs jsonc-parser's parseTree on it, with the options the engine uses.
// Nothing that parses with jsonc-parser can do less. Prints one line: files, bytes, nodes.
import fs from 'node:fs';
import path from 'node:path';
import { parseTree } from 'jsonc-parser';

const OPTIONS = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false };

function collect(target, out) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return void out.push(target);
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(full);
      } else if (entry.name.endsWith('.privacy.json') || entry.name.endsWith('.privacy.jsonc')) {
        found.push(full);
      }
    }
  };
  walk(target);
  out.push(...found.sort());
}

const files = [];
for (const arg of process.argv.slice(2)) collect(arg, files);
let bytes = 0;
let nodes = 0;
let errorCount = 0;
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  bytes += text.length;
  const errors = [];
  const root = parseTree(text, errors, OPTIONS);
  nodes += root?.children?.length ?? 0;
  errorCount += errors.length;
}
process.stdout.write(`${files.length} files, ${bytes} chars, ${nodes} top-level properties, ${errorCount} parse errors\n`);
