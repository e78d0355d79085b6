import { createRequire as __helmvetCreateRequire } from 'node:module'; const require = __helmvetCreateRequire(import.meta.url);
import {
  RULES,
  require_picocolors,
  useColor
} from "./chunk-ONIY72PD.js";
import "./chunk-WL5RTI3D.js";
import "./chunk-HMWWCMAS.js";
import "./chunk-ITFBIYZH.js";
import {
  __toESM
} from "./chunk-ZECVGOWP.js";

// src/cli/rules.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function rulesTable() {
  const packs = ["falco", "flux", "talos", "helmvet"];
  const pack = (id) => packs.indexOf(id.slice(0, id.indexOf("/")));
  const rows = [...RULES].sort((a, b) => pack(a.meta.id) - pack(b.meta.id)).map(
    (r) => `| [${r.meta.id}](docs/rules/${r.meta.id}.md) | ${r.meta.severity} | ${r.meta.fixable ? "yes" : ""} | ${r.meta.title} |`
  );
  return ["| rule | severity | `migrate` fixes | finds |", "| --- | --- | --- | --- |", ...rows, ""].join("\n");
}
function runRules(json, color, markdown) {
  if (json)
    return JSON.stringify(
      RULES.map((r) => r.meta),
      null,
      2
    ) + "\n";
  if (markdown) return rulesTable();
  const c = import_picocolors.default.createColors(useColor(color, process.stdout));
  const paint = { error: c.red, warning: c.yellow, info: c.blue };
  const width = Math.max(...RULES.map((r) => r.meta.id.length));
  return RULES.map(
    (r) => `${r.meta.id.padEnd(width)}  ${paint[r.meta.severity](r.meta.severity.padEnd(7))}  ${r.meta.fixable ? "fixable" : "       "}  ${r.meta.title}`
  ).join("\n") + "\n";
}
export {
  rulesTable,
  runRules
};
