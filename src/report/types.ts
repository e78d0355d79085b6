// What every formatter takes and returns; kept apart from index.ts so formatters do not import the registry.
import type { LintResult } from '../engine/result.js';

export interface FormatOptions {
  /** ANSI colors; only the terminal formatter uses them. */
  color: boolean;
  /**
   * Where file links point (markdown): `https://github.com/OWNER/REPO/blob/SHA/`; relative links when absent. A job
   * summary is shown on the run's page, where a relative link goes nowhere.
   */
  linkBase?: string;
  /** The terminal's width, to wrap long lines at (stylish); undefined: no wrapping (a file, a pipe, a CI log). */
  width?: number;
}

export type Formatter = (result: LintResult, options: FormatOptions) => string;
