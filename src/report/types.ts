// What every formatter takes and returns; kept apart from index.ts so formatters do not import the registry.
import type { LintResult } from '../engine/result.js';

export interface FormatOptions {
  /** ANSI colors; only the terminal formatter uses them. */
  color: boolean;
}

export type Formatter = (result: LintResult, options: FormatOptions) => string;
