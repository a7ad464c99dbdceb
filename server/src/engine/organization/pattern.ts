import { RE2JS } from 're2js';

/**
 * A policy's `pattern` (SPEC section 10), run by RE2JS: a pure-JavaScript port of RE2, whose
 * matching takes time linear in the string whatever the pattern, so no pattern can stall a
 * lint. The pattern must be a valid ECMAScript regular expression (as JSON Schema says) that
 * RE2 can run: backreferences and lookarounds, which need backtracking, are refused.
 */
export interface Pattern {
  /** Whether the pattern matches anywhere in the string (JSON Schema's `pattern` is not anchored). */
  test(value: string): boolean;
}

/** The longest pattern accepted: a policy's pattern is a short check, not a grammar. */
export const MAX_PATTERN_LENGTH = 1000;

/** Compiles a pattern; a string is the problem when it is refused. */
export function compilePattern(source: string): Pattern | string {
  if (source.length > MAX_PATTERN_LENGTH) return `is longer than ${MAX_PATTERN_LENGTH} characters`;
  try {
    // Compiling is not matching: V8 only checks the syntax here.
    new RegExp(source, 'u');
  } catch {
    return 'is not a valid ECMAScript regular expression (with the "u" flag, as JSON Schema reads it)';
  }
  if (/\\[1-9]|\\k</.test(source)) return 'uses a backreference, which cannot be matched in linear time';
  if (/\(\?<?[=!]/.test(source)) return 'uses a lookahead or lookbehind, which cannot be matched in linear time';
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(RE2JS.translateRegExp(source));
  } catch {
    return 'uses a construct that cannot be matched in linear time (only what RE2 supports is allowed: no backreferences, no lookarounds)';
  }
  // Values repeat across the files of a run (purposes, kinds, geographies): the answers for short
  // strings are kept, up to a bound, so that each distinct value is matched once.
  const known = new Map<string, boolean>();
  return {
    test(value) {
      if (value.length > MAX_CACHED_LENGTH) return compiled.test(value);
      let answer = known.get(value);
      if (answer === undefined) {
        answer = compiled.test(value);
        if (known.size >= MAX_CACHED_ANSWERS) known.clear();
        known.set(value, answer);
      }
      return answer;
    },
  };
}

const MAX_CACHED_LENGTH = 256;
const MAX_CACHED_ANSWERS = 4096;
