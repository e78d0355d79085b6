import { createRequire as __helmvetCreateRequire } from 'node:module'; const require = __helmvetCreateRequire(import.meta.url);
import {
  RULES
} from "./chunk-25ZCNUKA.js";
import "./chunk-ZECVGOWP.js";

// src/cli/rules.ts
function runRules(json) {
  if (json) return JSON.stringify(RULES.map((r) => r.meta), null, 2) + "\n";
  const width = Math.max(...RULES.map((r) => r.meta.id.length));
  return RULES.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(7)}  ${r.meta.fixable ? "fixable" : "       "}  ${r.meta.title}`).join("\n") + "\n";
}
export {
  runRules
};
