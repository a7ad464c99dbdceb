import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './args';
import type { CliOptions } from './args';
import { isInsideRoots, isPrivacyConfigName, type FoundFile } from './discover';
import { displayPath, toSlashes } from './paths';

/** Where a path leads: its real path (the folder's, plus the name, when it does not exist yet) and, when it exists, its file. */
interface Identity {
  realPath: string;
  stat?: fs.Stats;
}

function identify(absolutePath: string): Identity {
  try {
    return { realPath: fs.realpathSync(absolutePath), stat: fs.statSync(absolutePath) };
  } catch {
    try {
      return { realPath: path.join(fs.realpathSync(path.dirname(absolutePath)), path.basename(absolutePath)) };
    } catch {
      return { realPath: absolutePath };
    }
  }
}

function sameFile(a: Identity, b: Identity): boolean {
  if (a.realPath === b.realPath) return true;
  return !!a.stat && !!b.stat && a.stat.dev === b.stat.dev && a.stat.ino === b.stat.ino;
}

/**
 * A file privacy-lint writes (`-o`, `--write-baseline`) must be none of the files it reads: not
 * a file being linted (by real path, or the same file through a hard link), not a file that a
 * search of the folders given would lint (a `*.privacy.json(c)` name inside them), not the
 * baseline, the settings file given, nor the other output. Otherwise the run would replace its
 * own input: refused before anything is linted or written (exit 2). The baseline that
 * `--prune-baseline` rewrites must not be a linted file either.
 */
export function checkOutputTargets(options: CliOptions, files: readonly FoundFile[], roots: readonly string[], cwd: string): void {
  const outputs: { option: string; given: string }[] = [];
  if (options.output !== undefined) outputs.push({ option: '-o', given: options.output });
  if (options.writeBaseline !== undefined) outputs.push({ option: '--write-baseline', given: options.writeBaseline });
  if (options.pruneBaseline && options.baseline !== undefined) outputs.push({ option: '--baseline', given: options.baseline });
  if (!outputs.length) return;

  const others: { what: string; identity: Identity }[] = [];
  if (options.baseline !== undefined)
    others.push({ what: `the baseline (--baseline ${toSlashes(options.baseline)})`, identity: identify(path.resolve(cwd, options.baseline)) });
  if (options.config !== undefined)
    others.push({ what: `the settings file (--config ${toSlashes(options.config)})`, identity: identify(path.resolve(cwd, options.config)) });
  if (options.output !== undefined)
    others.push({ what: `the report (-o ${toSlashes(options.output)})`, identity: identify(path.resolve(cwd, options.output)) });
  if (options.writeBaseline !== undefined)
    others.push({
      what: `the baseline written (--write-baseline ${toSlashes(options.writeBaseline)})`,
      identity: identify(path.resolve(cwd, options.writeBaseline)),
    });

  for (const { option, given } of outputs) {
    const where = `${option} ${toSlashes(given)}`;
    const target = identify(path.resolve(cwd, given));
    const refuse = (what: string) => {
      throw new UsageError(`${where}: it is ${what}; writing there would replace it, so nothing was linted or written (choose another path)`);
    };
    for (const other of others) {
      // The pruned baseline is the baseline: that one is rewritten on purpose.
      if (option === '--baseline' && other.what.startsWith('the baseline (')) continue;
      if (other.what.endsWith(`(${where})`)) continue;
      if (sameFile(target, other.identity)) refuse(other.what);
    }
    const linted =
      files.find((file) => file.realPath === target.realPath) ??
      // Another name of the same file (a hard link): compared by device and inode, only when the target has several names.
      (target.stat && target.stat.nlink > 1 ? files.find((file) => sameFile(target, identify(file.realPath))) : undefined);
    if (linted) refuse(`a file being linted (${linted.file})`);
    if (isPrivacyConfigName(path.basename(target.realPath)) && isInsideRoots(target.realPath, roots)) {
      refuse(`a file the search of ${roots.length === 1 ? 'the folder given' : 'the folders given'} would lint (${displayPath(target.realPath, cwd)})`);
    }
  }
}
