import { createRequire as __helmvetCreateRequire } from 'node:module'; const require = __helmvetCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-X7FWGESB.js";
import {
  CONFIG_NAMES
} from "./chunk-BI3AF7H7.js";
import {
  UsageFailure
} from "./chunk-VFWKDUYN.js";
import "./chunk-WL5RTI3D.js";
import "./chunk-ITFBIYZH.js";
import "./chunk-ZECVGOWP.js";

// src/cli/init.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";
var INIT_CONFIG = `# helmvet configuration (https://github.com/helmvet/helmvet#configuration).
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
function runInit(cwd = process.cwd()) {
  const existing = CONFIG_NAMES.map((n) => resolve(cwd, n)).find((p) => existsSync(p));
  if (existing) throw new UsageFailure(`${existing} already exists; helmvet init does not overwrite it`);
  const path = resolve(cwd, CONFIG_NAMES[0]);
  writeFileAtomic(path, INIT_CONFIG);
  return `wrote ${CONFIG_NAMES[0]}
`;
}
export {
  INIT_CONFIG,
  runInit
};
