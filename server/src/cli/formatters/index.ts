import type { Format } from '../args';
import type { FileByFileFormatter, Formatter } from './types';

// Loaded on demand so that `--version` and `--help` do no formatter work at start-up.
const FORMATTERS: Readonly<Record<Format, () => Formatter>> = {
  stylish: () => (require('./stylish') as typeof import('./stylish')).stylish,
  json: () => (require('./json') as typeof import('./json')).json,
  sarif: () => (require('./sarif') as typeof import('./sarif')).sarif,
  github: () => (require('./github') as typeof import('./github')).github,
  junit: () => (require('./junit') as typeof import('./junit')).junit,
  html: () => (require('./html') as typeof import('./html')).html,
};

export function formatterFor(format: Format): Formatter {
  return FORMATTERS[format]();
}

/** The file-by-file form of a format, for a lint report (undefined when the format has none). */
export function fileByFileFormatterFor(format: Format): FileByFileFormatter | undefined {
  if (format === 'html') return (require('./html') as typeof import('./html')).htmlFileByFile;
  if (format === 'junit') return (require('./junit') as typeof import('./junit')).junitFileByFile;
  if (format === 'sarif') return (require('./sarif') as typeof import('./sarif')).sarifFileByFile;
  if (format === 'github') return (require('./github') as typeof import('./github')).githubFileByFile;
  return format === 'json' ? (require('./json') as typeof import('./json')).jsonFileByFile : undefined;
}

export type { FileByFileFormatter, Formatter, FormatOptions } from './types';
