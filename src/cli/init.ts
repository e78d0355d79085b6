// `helmvet init`: a commented .helmvet.yaml in the working directory, to start from. Never overwrites one.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_NAMES } from '../config/config.js';
import { writeFileAtomic } from '../edit/atomic.js';
import { UsageFailure } from './errors.js';

/** What `helmvet init` writes: every setting, commented, with what it does (schemas/config.schema.json validates it). */
export const INIT_CONFIG = `# helmvet configuration (https://github.com/helmvet/helmvet#configuration).
# helmvet finds this file by walking up from the working directory to the repository root; -c FILE names another.

# Severities by rule: off, info, warning or error (\`helmvet rules\` lists the rules and their defaults).
rules: {}
#   helmvet/unresolved-reference: off
#   falco/base-syscalls-repair: off

# Paths helmvet does not read, in .gitignore syntax, relative to this file (.gitignore files are honoured too).
ignore: []
#   - legacy/

# Other severities for some files: the last matching entry wins.
overrides: []
#   - files: ["clusters/lab/**"]
#     rules:
#       falco/version-advisory: warning

# Chart repositories that mirror falcosecurity's: releases from them are Falco releases.
mirrors: []
#   - https://harbor.example.com/chartrepo/falcosecurity
`;

export function runInit(cwd = process.cwd()): string {
  const existing = CONFIG_NAMES.map((n) => resolve(cwd, n)).find((p) => existsSync(p));
  if (existing) throw new UsageFailure(`${existing} already exists; helmvet init does not overwrite it`);
  const path = resolve(cwd, CONFIG_NAMES[0]!);
  writeFileAtomic(path, INIT_CONFIG);
  return `wrote ${CONFIG_NAMES[0]}\n`;
}
