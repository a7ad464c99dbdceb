import * as path from 'node:path';
import {
  fileProblem,
  MAX_EXTENDS_DEPTH,
  mergeSettingsLayers,
  readSettingsLayer,
  type SettingsLayer,
  type SettingsParse,
  type SettingsProblem,
} from '../engine';

/**
 * Loading a settings file and the files it extends (SPEC sections 6 and 10), written once for
 * both front ends: the CLI reads files synchronously, the language server asynchronously (so
 * that no read can block it). The steps are a generator that asks for each file's text; the
 * drivers below answer with the one reader or the other.
 */

/** What reading a file gave: its text, or why not (`missing`: there is no such file). */
export type ReadOutcome = { text: string } | { problem: string; missing?: boolean };

/** A settings file with everything it extends, read and merged. */
export interface LoadedSettings extends SettingsParse {
  /** Absolute path of the settings file. */
  path: string;
  /** Every file of the chain that was read or tried, the settings file first (absolute paths). */
  files: string[];
  /** Why the settings file itself could not be read at all, when it could not. */
  unreadable?: string;
}

/** The steps of loading `file` (an absolute path): yields each path to read, receives its outcome. */
export function* settingsChain(file: string): Generator<string, LoadedSettings, ReadOutcome> {
  const layers: SettingsLayer[] = [];
  const files: string[] = [];
  const extra: SettingsProblem[] = [];
  let current = file;
  let from: SettingsLayer | undefined;
  let unreadable: string | undefined;
  for (;;) {
    if (from && files.includes(current)) {
      const cycle = [...files.slice(files.indexOf(current)), current].map((f) => path.basename(f)).join(' -> ');
      extra.push(
        fileProblem(`"extends" makes a cycle (${cycle}); a settings file cannot extend itself, directly or not.`, undefined, { layer: from, ...from.extends! }),
      );
      break;
    }
    if (files.length > MAX_EXTENDS_DEPTH) {
      extra.push(fileProblem(`"extends" goes more than ${MAX_EXTENDS_DEPTH} files deep.`, undefined, { layer: from!, ...from!.extends! }));
      break;
    }
    files.push(current);
    const read: ReadOutcome = yield current;
    if ('problem' in read) {
      if (!from) unreadable = read.problem;
      extra.push(
        from
          ? fileProblem(
              `"extends" names ${JSON.stringify(from.extends!.path)}, which ${read.missing ? 'does not exist' : `cannot be read: ${read.problem}`}.`,
              undefined,
              { layer: from, ...from.extends! },
            )
          : fileProblem(`The settings file cannot be read: ${read.problem}.`, current),
      );
      break;
    }
    const layer = readSettingsLayer(read.text, current);
    layers.unshift(layer);
    if (!layer.extends) break;
    from = layer;
    current = path.resolve(path.dirname(current), layer.extends.path);
  }
  const merged = mergeSettingsLayers(layers);
  // In the order of the chain (the settings file first), then of their place in each file.
  const problems = [...merged.problems, ...extra].sort((a, b) => fileOrder(files, a) - fileOrder(files, b) || a.offset - b.offset);
  return { path: file, files, settings: problems.length ? {} : merged.settings, problems, ...(unreadable === undefined ? {} : { unreadable }) };
}

/** Runs the steps with a synchronous reader (the CLI). */
export function loadSettingsSync(file: string, read: (file: string) => ReadOutcome): LoadedSettings {
  const steps = settingsChain(file);
  for (let step = steps.next(); ;) {
    if (step.done) return step.value;
    step = steps.next(read(step.value));
  }
}

/** Runs the steps with an asynchronous reader (the language server). */
export async function loadSettingsAsync(file: string, read: (file: string) => Promise<ReadOutcome>): Promise<LoadedSettings> {
  const steps = settingsChain(file);
  for (let step = steps.next(); ;) {
    if (step.done) return step.value;
    step = steps.next(await read(step.value));
  }
}

function fileOrder(files: readonly string[], problem: SettingsProblem): number {
  const index = problem.file === undefined ? -1 : files.indexOf(problem.file);
  return index < 0 ? files.length : index;
}
