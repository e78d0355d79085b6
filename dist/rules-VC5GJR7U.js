import { createRequire as __helmvetCreateRequire } from 'node:module'; const require = __helmvetCreateRequire(import.meta.url);
import {
  require_picocolors,
  useColor
} from "./chunk-7R5QFIBS.js";
import {
  RULES
} from "./chunk-FTDYMAQE.js";
import "./chunk-GPAF3G5V.js";
import {
  __toESM
} from "./chunk-ZECVGOWP.js";

// src/cli/rules.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function runRules(json, color) {
  if (json) return JSON.stringify(RULES.map((r) => r.meta), null, 2) + "\n";
  const c = import_picocolors.default.createColors(useColor(color, process.stdout));
  const paint = { error: c.red, warning: c.yellow, info: c.blue };
  const width = Math.max(...RULES.map((r) => r.meta.id.length));
  return RULES.map((r) => `${r.meta.id.padEnd(width)}  ${paint[r.meta.severity](r.meta.severity.padEnd(7))}  ${r.meta.fixable ? "fixable" : "       "}  ${r.meta.title}`).join("\n") + "\n";
}
export {
  runRules
};
