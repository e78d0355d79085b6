import { createRequire as __helmvetCreateRequire } from 'node:module'; const require = __helmvetCreateRequire(import.meta.url);
import {
  unknownRule
} from "./chunk-BI3AF7H7.js";
import {
  UsageFailure
} from "./chunk-VFWKDUYN.js";
import {
  RULES_BY_ID,
  require_picocolors,
  useColor
} from "./chunk-ONIY72PD.js";
import "./chunk-WL5RTI3D.js";
import "./chunk-HMWWCMAS.js";
import "./chunk-ITFBIYZH.js";
import {
  __toESM
} from "./chunk-ZECVGOWP.js";

// src/cli/explain.ts
var import_picocolors = __toESM(require_picocolors(), 1);
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";

// src/cli/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot(from = import.meta.url) {
  for (let dir = dirname(fileURLToPath(from)); ; dir = dirname(dir)) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, "utf8")).name === "helmvet") return dir;
    if (dirname(dir) === dir) throw new Error("helmvet package root not found");
  }
}

// src/cli/explain.ts
function runExplain(id, color) {
  if (!RULES_BY_ID.has(id)) throw new UsageFailure(unknownRule(id, new Set(RULES_BY_ID.keys())));
  const page = readFileSync2(join2(packageRoot(), "docs", "rules", `${id}.md`), "utf8") + (RULES_BY_ID.get(id).meta.explainFromData?.() ?? "");
  if (!useColor(color, process.stdout)) return page;
  const c = import_picocolors.default.createColors(true);
  let fenced = false;
  return page.split("\n").map((line) => {
    if (line.startsWith("```")) fenced = !fenced;
    if (fenced || line.startsWith("```")) return c.dim(line);
    if (/^#{1,6} /.test(line)) return c.bold(line);
    return line.replace(/`[^`\n]+`/g, (code) => c.cyan(code));
  }).join("\n");
}
export {
  runExplain
};
