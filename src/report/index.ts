// The formatter registry: `--format NAME` picks one of these.
import type { LintResult } from '../engine/result.js';
import { format as github } from './github.js';
import { format as json } from './json.js';
import { format as markdown } from './markdown.js';
import { format as sarif } from './sarif.js';
import { format as stylish } from './stylish.js';
import type { FormatOptions, Formatter } from './types.js';

export type { FormatOptions, Formatter } from './types.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown'] as const;
export type FormatName = (typeof FORMATS)[number];

const FORMATTERS: Record<FormatName, Formatter> = { stylish, json, sarif, github, markdown };

export function isFormat(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name);
}

export function render(format: FormatName, result: LintResult, options: FormatOptions): string {
  return FORMATTERS[format](result, options);
}
