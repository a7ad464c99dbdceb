import type { Settings } from '../engine';
import type { CliOptions } from './args';

/**
 * Which parts of the CLI a run used beyond the lint every run does: its report's format, an
 * organization's policies, `--fix` and the other modes. The bin's code cache (launch.ts) holds
 * what the run that made it compiled; a later run that used a part the cache lacks makes a fuller
 * one, once (a cache made by `--format json` runs would otherwise never hold the HTML report's
 * drawing, nor the policies' interpreter). Kept in a global by a shared symbol: the bin reads it
 * at exit, outside the bundle.
 */
export const COMPILED_PARTS_KEY = Symbol.for('privacy-lint.compiled-parts');

const PARTS = ['stylish', 'json', 'sarif', 'github', 'junit', 'html', 'policies', 'fix', 'compare', 'baseline', 'stdin'] as const;
type Part = (typeof PARTS)[number];

const bit = (part: Part) => 1 << PARTS.indexOf(part);

/** Notes the parts a run with these options and settings uses. */
export function noteCompiledParts(options: CliOptions, settings: readonly Settings[]): void {
  let used = bit(options.format);
  if (settings.some((s) => s.policies?.length)) used |= bit('policies');
  if (options.fix) used |= bit('fix');
  if (options.compareEditions) used |= bit('compare');
  if (options.baseline !== undefined || options.writeBaseline !== undefined) used |= bit('baseline');
  if (options.stdin) used |= bit('stdin');
  const global = globalThis as { [COMPILED_PARTS_KEY]?: number };
  global[COMPILED_PARTS_KEY] = (global[COMPILED_PARTS_KEY] ?? 0) | used;
}
