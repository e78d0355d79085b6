import { createRequire as __helmvetCreateRequire } from 'node:module'; const require = __helmvetCreateRequire(import.meta.url);
import {
  unknownRule
} from "./chunk-UPXARHOZ.js";
import {
  UsageFailure
} from "./chunk-VFWKDUYN.js";
import {
  RULES_BY_ID
} from "./chunk-EKZQM5HJ.js";
import "./chunk-QKYFMGIF.js";
import "./chunk-ZECVGOWP.js";

// src/cli/explain.ts
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
function runExplain(id) {
  if (!RULES_BY_ID.has(id)) throw new UsageFailure(unknownRule(id, new Set(RULES_BY_ID.keys())));
  return readFileSync2(join2(packageRoot(), "docs", "rules", `${id}.md`), "utf8");
}
export {
  runExplain
};
