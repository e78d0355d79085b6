import { createRequire as __helmvetCreateRequire } from 'node:module'; const require = __helmvetCreateRequire(import.meta.url);
import {
  editDistance
} from "./chunk-WL5RTI3D.js";
import {
  INSTALL_ARGS_DEPRECATED_SINCE,
  INSTALL_ARGS_IGNORED_WITH_SYSTEMD_BOOT_SINCE,
  LOCKDOWN_FIX,
  NEGATED_KERNEL_ARGS_SINCE,
  SECURE_BOOT_LOCKDOWN_UNTIL,
  applyKernelArgs,
  childKeys,
  composeMessage,
  defaultComponent,
  docsUrl,
  imageTag,
  isLockdownArg,
  isSecureBootInstaller,
  loadAdvisories,
  parseTalosVersion,
  require_semver,
  secureBootForcesConfidentiality,
  severityRank,
  shortRef,
  supportsNegatedArgs,
  talosKernel,
  talosLine
} from "./chunk-HMWWCMAS.js";
import {
  require_dist
} from "./chunk-ITFBIYZH.js";
import {
  __commonJS,
  __toESM
} from "./chunk-ZECVGOWP.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/rules/falco/base-syscalls-repair.ts
var import_semver = __toESM(require_semver(), 1);

// src/model/values.ts
var import_yaml = __toESM(require_dist(), 1);
var fileLocator = (file) => ({ file, span: (start, end) => ({ file, start, end }) });
var MAX_VALUE_NODES = 2e5;
var ValuesTooLargeError = class extends Error {
};
var aliasTargets = /* @__PURE__ */ new WeakMap();
function aliasTarget(doc, alias) {
  let targets = aliasTargets.get(doc);
  if (!targets) {
    const found = /* @__PURE__ */ new Map();
    const anchors = /* @__PURE__ */ new Map();
    (0, import_yaml.visit)(doc, {
      Node(_, node) {
        if ((0, import_yaml.isAlias)(node)) found.set(node, anchors.get(node.source));
        else if (node.anchor) anchors.set(node.anchor, node);
      }
    });
    aliasTargets.set(doc, targets = found);
  }
  return targets.get(alias);
}
var pruned = (w, path) => w.prune.some((p) => p.length === path.length && p.every((k, i) => k === path[i]));
function spanOf(node, w, fallback) {
  const range = node.range;
  return range ? w.at.span(range[0], range[1]) : fallback;
}
var MAX_KEY_TEXT = 100;
function collectionKey(node) {
  let out = "";
  const put = (s) => (out += s).length < MAX_KEY_TEXT;
  const write = (n) => {
    if ((0, import_yaml.isScalar)(n)) return put(String(n.value));
    if ((0, import_yaml.isAlias)(n)) return put(`*${n.source}`);
    if ((0, import_yaml.isSeq)(n)) return put("[") && n.items.every((item, i) => (i === 0 || put(", ")) && write(item)) && put("]");
    if ((0, import_yaml.isMap)(n))
      return put("{") && n.items.every((pair, i) => (i === 0 || put(", ")) && write(pair.key) && put(": ") && write(pair.value)) && put("}");
    return put("");
  };
  write(node);
  return out.length > MAX_KEY_TEXT ? `${out.slice(0, MAX_KEY_TEXT)}\u2026` : out;
}
function convert(node, w, fallback, path = []) {
  if (--w.budget < 0) throw new ValuesTooLargeError(`more than ${MAX_VALUE_NODES} values after alias expansion`);
  if (node == null) return { kind: "scalar", value: null, source: "", span: fallback };
  if ((0, import_yaml.isAlias)(node)) {
    const target2 = aliasTarget(w.doc, node);
    if (!target2 || w.resolving.has(target2))
      return { kind: "scalar", value: null, source: "", span: spanOf(node, w, fallback) };
    w.resolving.add(target2);
    try {
      return { ...convert(target2, w, fallback, path), alias: spanOf(node, w, fallback) };
    } finally {
      w.resolving.delete(target2);
    }
  }
  const span2 = spanOf(node, w, fallback);
  if ((0, import_yaml.isMap)(node)) {
    const entries2 = /* @__PURE__ */ new Map();
    const merged2 = [];
    for (const pair of node.items) {
      if (!(0, import_yaml.isPair)(pair)) continue;
      const keyNode = pair.key;
      const keySpan = keyNode ? spanOf(keyNode, w, span2) : span2;
      if ((0, import_yaml.isScalar)(keyNode) && (typeof keyNode.value === "symbol" || keyNode.value === "<<")) {
        const value = convert(pair.value, w, keySpan);
        if (value.kind === "map") merged2.push(value);
        else if (value.kind === "seq") merged2.push(...value.items.filter((i) => i.kind === "map"));
        continue;
      }
      const key = (0, import_yaml.isScalar)(keyNode) ? String(keyNode.value) : keyNode ? collectionKey(keyNode) : "";
      if (w.prune.length && pruned(w, [...path, key])) continue;
      entries2.set(key, {
        key,
        keySpan,
        value: convert(pair.value, w, keySpan, w.prune.length ? [...path, key] : path)
      });
    }
    for (const m of merged2) for (const [k, e] of m.entries) if (!entries2.has(k)) entries2.set(k, e);
    return { kind: "map", entries: entries2, span: span2, ...node.flow ? { flow: true } : {} };
  }
  if ((0, import_yaml.isSeq)(node))
    return {
      kind: "seq",
      items: node.items.map((i) => convert(i, w, span2)),
      span: span2,
      ...node.flow ? { flow: true } : {}
    };
  if ((0, import_yaml.isScalar)(node)) {
    const v = node.value;
    const value = v === null || v === void 0 ? null : typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : node.source ?? null;
    return {
      kind: "scalar",
      value,
      source: node.source ?? String(value),
      span: span2,
      ...node.type ? { style: node.type } : {}
    };
  }
  return { kind: "scalar", value: null, source: "", span: span2 };
}
function toValues(node, doc, at, prune = []) {
  const whole = at.span(0, 0);
  return convert(node, { doc, at, budget: MAX_VALUE_NODES, resolving: /* @__PURE__ */ new Set(), prune }, whole);
}
function child(node, key) {
  return node?.kind === "map" ? node.entries.get(key)?.value : void 0;
}
function entryAt(node, path) {
  let current = node;
  let entry;
  for (const key of path) {
    if (current?.kind !== "map") return void 0;
    entry = current.entries.get(key);
    if (!entry) return void 0;
    current = entry.value;
  }
  return entry;
}
function valueAt(node, path) {
  return path.length === 0 ? node : entryAt(node, path)?.value;
}
function scalarAt(node, path) {
  const v = valueAt(node, path);
  return v?.kind === "scalar" ? v : void 0;
}
function stringAt(node, path) {
  const s = scalarAt(node, path);
  return s && s.value !== null ? s.source && typeof s.value !== "string" ? s.source : String(s.value) : void 0;
}
function boolAt(node, path) {
  const v = scalarAt(node, path)?.value;
  return typeof v === "boolean" ? v : void 0;
}
function mergeValues(base, over) {
  if (base?.kind !== "map" || over.kind !== "map") return over;
  const entries2 = new Map(base.entries);
  for (const [key, entry] of over.entries) {
    const prior = entries2.get(key);
    entries2.set(key, prior ? { ...entry, value: mergeValues(prior.value, entry.value) } : entry);
  }
  return { kind: "map", entries: entries2, span: over.span };
}
function setPath(base, path, value, keySpan) {
  const [head, ...rest] = path;
  if (head === void 0) return value;
  const map = base?.kind === "map" ? { ...base, entries: new Map(base.entries) } : { kind: "map", entries: /* @__PURE__ */ new Map(), span: keySpan };
  const prior = map.entries.get(head);
  map.entries.set(head, {
    key: head,
    keySpan: prior?.keySpan ?? keySpan,
    value: setPath(prior?.value, rest, value, keySpan)
  });
  return map;
}
function toPlain(node) {
  if (!node) return void 0;
  if (node.kind === "scalar") return node.value;
  if (node.kind === "seq") return node.items.map(toPlain);
  return Object.fromEntries([...node.entries.values()].map((e) => [e.key, toPlain(e.value)]));
}

// src/rules/create-rule.ts
var message = (m) => m;
function createRule(meta, check2) {
  return { meta: { ...meta, docsUrl: docsUrl(meta.id) }, check: check2 };
}
function toFinding(rule, f) {
  const m = rule.meta.messages[f.messageId];
  if (!m) throw new Error(`${rule.meta.id} reports message ${f.messageId}, which its meta.messages does not declare`);
  const data2 = f.data;
  const title = m.title(data2);
  const why = m.why(data2);
  const help = m.help(data2);
  return {
    ruleId: rule.meta.id,
    messageId: f.messageId,
    data: data2,
    severity: f.severity ?? rule.meta.severity,
    title,
    why,
    help,
    message: composeMessage(title, why, help),
    span: f.span,
    references: f.references ?? rule.meta.references,
    ...f.fix ? { fix: f.fix } : {}
  };
}

// src/rules/falco/base-syscalls-repair.ts
var base_syscalls_repair_default = createRule(
  {
    id: "falco/base-syscalls-repair",
    title: "Falco traces more syscalls than it needs: base_syscalls.repair is off",
    severity: "info",
    fixable: false,
    references: [
      "https://github.com/falcosecurity/falco/pull/2457",
      "https://github.com/falcosecurity/falco/blob/master/falco.yaml"
    ],
    messages: {
      repairOff: message({
        title: (d) => `falco.base_syscalls.repair is ${d.written ? "false" : "not set"}: Falco ${d.falco} traces its full syscall set`,
        why: () => 'repair: true adds only the syscalls the loaded rules need ("the most system resource-friendly" mode, falco.yaml), lowering CPU and drops',
        help: () => "set falco.base_syscalls.repair: true, or turn this advice off with `falco/base-syscalls-repair: off` under `rules:` in .helmvet.yaml"
      }),
      customSet: message({
        title: () => "falco.base_syscalls.custom_set names syscalls while repair is off",
        why: () => "those replace the syscalls Falco's state engine needs (process, fd and user tracking), so rule fields can be missing or stale",
        help: () => "set falco.base_syscalls.repair: true to add back only what the state engine needs"
      })
    }
  },
  (ctx) => {
    for (const r of ctx.releases) {
      const falco = r.status === "resolved" ? r.runs?.falco.version ?? void 0 : void 0;
      if (!falco || import_semver.default.lt(falco, "0.35.0")) continue;
      const values = r.release.values;
      const repair = entryAt(values, ["falco", "base_syscalls", "repair"]);
      if (repair?.value.kind === "scalar" && repair.value.value === true) continue;
      const custom = valueAt(values, ["falco", "base_syscalls", "custom_set"]);
      const positive = custom?.kind === "seq" && custom.items.some((i) => i.kind === "scalar" && typeof i.value === "string" && !i.value.startsWith("!"));
      if (positive) {
        ctx.report({
          span: entryAt(values, ["falco", "base_syscalls", "custom_set"]).keySpan,
          severity: "warning",
          messageId: "customSet",
          data: { falco }
        });
        continue;
      }
      ctx.report({
        span: repair?.value.span ?? r.span,
        messageId: "repairOff",
        data: { falco, written: repair !== void 0 }
      });
    }
  }
);

// src/rules/falco/cpu-limit.ts
function millicores(q) {
  const s = String(q.value).trim();
  const m = /^(\d+(?:\.\d+)?)(m?)$/.exec(s);
  if (!m) return void 0;
  return m[2] ? Number(m[1]) : Number(m[1]) * 1e3;
}
var cpu_limit_default = createRule(
  {
    id: "falco/cpu-limit",
    title: "A Falco CPU limit low enough to drop syscall events",
    severity: "info",
    fixable: false,
    references: [
      "https://github.com/falcosecurity/charts/pull/199",
      "https://github.com/falcosecurity/falco/issues/3630"
    ],
    messages: {
      low: message({
        title: (d) => `a CPU limit of ${d.limit} throttles Falco under load`,
        why: () => "a throttled Falco drops syscall events; the chart raised its default from 200m to 1000m for this (charts#199)",
        help: () => "keep 1000m or more, and if Falco sits at its limit check for the container plugin busy loop (falco#3630) before raising it"
      })
    }
  },
  (ctx) => {
    for (const r of ctx.releases) {
      const limit = scalarAt(r.release.values, ["resources", "limits", "cpu"]);
      const m = limit && millicores(limit);
      if (!limit || m === void 0 || m >= 1e3) continue;
      ctx.report({ span: limit.span, messageId: "low", data: { limit: String(limit.value), millicores: m } });
    }
  }
);

// src/knowledge/drivers.ts
var import_semver2 = __toESM(require_semver(), 1);
var DRIVER_ALIASES = { module: "kmod", "modern-bpf": "modern_ebpf" };
var ANY_DRIVER_KIND = /* @__PURE__ */ new Set(["module", "ebpf", "modern-bpf", "kmod", "modern_ebpf", "gvisor", "auto"]);
function driverKindVerdict(kind, chart) {
  if (import_semver2.default.lt(chart, "2.0.0")) return { kind: "ok" };
  if (import_semver2.default.lt(chart, "4.0.0")) {
    const supported2 = import_semver2.default.lt(chart, "3.0.0") ? ["module", "ebpf"] : ["module", "ebpf", "modern-bpf"];
    return supported2.includes(kind) ? { kind: "ok" } : {
      kind: "ignored",
      supported: supported2,
      fallback: "the kernel module (the driver loader builds it and Falco starts without a driver flag)"
    };
  }
  const supported = import_semver2.default.lt(chart, "4.4.0") ? ["kmod", "ebpf", "modern_ebpf", "gvisor"] : import_semver2.default.lt(chart, "9.0.0") ? ["kmod", "ebpf", "modern_ebpf", "gvisor", "auto"] : ["kmod", "modern_ebpf", "auto"];
  if (DRIVER_ALIASES[kind]) return { kind: "alias", replacement: DRIVER_ALIASES[kind] };
  if (!supported.includes(kind)) return { kind: "render-fails", supported };
  if ((kind === "ebpf" || kind === "gvisor") && import_semver2.default.gte(chart, "8.0.0"))
    return { kind: "deprecated", since: "Falco 0.43.0" };
  return { kind: "ok" };
}
var DRIVER_NAMES = new Map(
  [...ANY_DRIVER_KIND].map((k) => [k, DRIVER_ALIASES[k] ?? k])
);
var EBPF_DRIVERS = /* @__PURE__ */ new Set(["modern_ebpf", "ebpf", "auto"]);
var DRIVER_WHAT = {
  modern_ebpf: "the modern eBPF probe",
  ebpf: "the legacy eBPF probe",
  auto: "the modern eBPF probe (falcoctl picks it first)",
  kmod: "the Falco kernel module",
  gvisor: "no kernel driver"
};

// src/rules/falco/driver-kind.ts
var list = (kinds) => kinds.join(", ");
function check(ctx, values, chart) {
  const node = scalarAt(values, ["driver", "kind"]);
  if (!node || typeof node.value !== "string" || boolAt(values, ["driver", "enabled"]) === false) return;
  const kind = node.value;
  if (!chart) {
    if (!ANY_DRIVER_KIND.has(kind))
      ctx.report({ span: node.span, messageId: "unknownAnywhere", data: { kind, known: [...ANY_DRIVER_KIND] } });
    return;
  }
  const v = driverKindVerdict(kind, chart);
  switch (v.kind) {
    case "ok":
      return;
    case "alias":
      ctx.report({
        span: node.span,
        severity: "warning",
        messageId: "alias",
        data: { kind, chart, replacement: v.replacement },
        fix: { kind: "safe", description: `driver.kind: ${v.replacement}` }
      });
      return;
    case "deprecated":
      ctx.report({
        span: node.span,
        severity: "warning",
        messageId: "deprecated",
        data: { kind, chart, since: v.since }
      });
      return;
    case "render-fails":
      if (kind === "ebpf" || kind === "gvisor")
        ctx.report({ span: node.span, messageId: "removed", data: { kind, chart } });
      else ctx.report({ span: node.span, messageId: "unsupported", data: { kind, chart, supported: v.supported } });
      return;
    case "ignored":
      ctx.report({
        span: node.span,
        messageId: "ignored",
        data: { kind, chart, supported: v.supported, fallback: v.fallback }
      });
  }
}
var messages = {
  unknownAnywhere: message({
    title: (d) => `driver.kind "${d.kind}" is not a driver any falco chart knows`,
    why: (d) => `the charts know ${list(d.known)}`,
    help: () => "use modern_ebpf, kmod or auto"
  }),
  alias: message({
    title: (d) => `driver.kind "${d.kind}" is an old alias of "${d.replacement}"`,
    why: (d) => `chart ${d.chart} still maps it, but warns it "might be removed in the future"`,
    help: (d) => `write "${d.replacement}"`
  }),
  deprecated: message({
    title: (d) => `driver.kind "${d.kind}" is deprecated in ${d.since} (chart ${d.chart})`,
    why: () => "Falco 0.44.0 removed it: chart 9 refuses to render with it",
    help: (d) => `move to modern_ebpf${d.kind === "ebpf" ? " (or kmod)" : ""} before upgrading`
  }),
  removed: message({
    title: (d) => `driver.kind "${d.kind}" makes chart ${d.chart} fail to render`,
    why: () => 'Falco 0.44.0 removed the driver, and the chart refuses it ("The following chart configuration is no longer supported")',
    help: (d) => `use modern_ebpf${d.kind === "ebpf" ? " (or kmod)" : ""}`
  }),
  unsupported: message({
    title: (d) => `driver.kind "${d.kind}" makes chart ${d.chart} fail to render`,
    why: () => 'the chart does not support it ("unsupported driver kind")',
    help: (d) => `use one of ${list(d.supported)}`
  }),
  ignored: message({
    title: (d) => `chart ${d.chart} does not know driver.kind "${d.kind}"`,
    why: (d) => `it knows ${list(d.supported)} only: none of its driver settings apply and Falco runs with ${d.fallback}`,
    help: () => "use one of those, or upgrade the chart"
  })
};
var driver_kind_default = createRule(
  {
    id: "falco/driver-kind",
    title: "A driver.kind the chart version in use rejects, ignores, deprecates or knows only as an alias",
    severity: "error",
    fixable: true,
    references: [
      "https://github.com/falcosecurity/falco/pull/3796",
      "https://github.com/falcosecurity/charts/blob/master/charts/falco/BREAKING-CHANGES.md"
    ],
    messages
  },
  (ctx) => {
    for (const r of ctx.releases)
      check(ctx, r.release.values, r.status === "resolved" ? r.installed?.version : void 0);
    for (const s of ctx.model.standaloneValues) check(ctx, s.values, void 0);
  }
);

// src/rules/falco/invalid-chart-version.ts
var invalid_chart_version_default = createRule(
  {
    id: "falco/invalid-chart-version",
    title: "A falco chart version constraint that is invalid or matches no published version",
    severity: "error",
    fixable: false,
    references: [
      "https://github.com/Masterminds/semver#checking-version-constraints",
      "https://fluxcd.io/flux/components/source/helmcharts/#version"
    ],
    messages: {
      invalid: message({
        title: (d) => `"${d.constraint}" is not a valid version constraint`,
        why: (d) => `${d.error}: Flux and Argo CD reject it, so the release does not install`,
        help: () => 'write a Masterminds semver constraint, e.g. "9.1.0" or ">=9.0.0 <10.0.0"'
      }),
      noMatch: message({
        title: (d) => `"${d.constraint}" matches no published falco chart version`,
        why: (d) => `the published versions run from ${d.oldest} to ${d.newest}, so the release cannot install`,
        help: () => "pick a published version"
      })
    }
  },
  (ctx) => {
    for (const r of ctx.releases) {
      if (r.status === "invalid") {
        ctx.report({
          span: r.span,
          messageId: "invalid",
          data: { constraint: r.constraint, error: r.error ?? "syntax error" }
        });
      } else if (r.status === "no-match") {
        ctx.report({
          span: r.span,
          messageId: "noMatch",
          data: {
            constraint: r.constraint,
            oldest: ctx.knowledge.charts[0].version,
            newest: ctx.knowledge.newest.version
          }
        });
      }
    }
  }
);

// src/rules/falco/k8s-metadata-node-filter.ts
var import_semver3 = __toESM(require_semver(), 1);
var REFERENCES = [
  "https://github.com/falcosecurity/falco/issues/778",
  "https://github.com/falcosecurity/libs/issues/43"
];
function checkPluginEntries(ctx, values) {
  const plugins = valueAt(values, ["falco", "plugins"]);
  const loaded = valueAt(values, ["falco", "load_plugins"]);
  const isLoaded = loaded?.kind === "seq" && loaded.items.some((i) => i.kind === "scalar" && i.value === "k8smeta");
  for (const p of plugins?.kind === "seq" ? plugins.items : []) {
    if (stringAt(p, ["name"]) !== "k8smeta" || !isLoaded) continue;
    const init = valueAt(p, ["init_config"]);
    if (init?.kind !== "map") continue;
    const node = entryAt(init, ["nodeName"]);
    if (!node) {
      ctx.report({
        span: entryAt(p, ["init_config"])?.keySpan ?? p.span,
        severity: "error",
        messageId: "noNodeName",
        data: {},
        references: REFERENCES
      });
    } else if (node.value.kind === "scalar" && typeof node.value.value === "string" && !node.value.value.includes("${")) {
      ctx.report({
        span: node.value.span,
        severity: "warning",
        messageId: "literalNodeName",
        data: { nodeName: node.value.value },
        references: REFERENCES
      });
    }
  }
}
var NODE_NAME = 'set nodeName: "${FALCO_K8S_NODE_NAME}", which the chart fills from spec.nodeName';
var messages2 = {
  nodeFilterOff: message({
    title: (d) => `collectors.kubernetes.enableNodeFilter: false drops --k8s-node (chart ${d.chart})`,
    why: () => "every Falco pod lists and watches every pod in the cluster: API server load and memory grow with the cluster, and large clusters hit the 30 MB read limit (falco#778)",
    help: () => "remove it (the default is true)"
  }),
  noNodeName: message({
    title: () => "this k8smeta plugin has no init_config.nodeName",
    why: () => 'the plugin requires it, so Falco fails to start ("error in plugin k8smeta init config")',
    help: () => NODE_NAME
  }),
  literalNodeName: message({
    title: (d) => `k8smeta nodeName is the literal "${d.nodeName}"`,
    why: () => "the metadata collector sends each Falco pod the pods of that node only, so every other node's events get no pod metadata",
    help: () => NODE_NAME
  })
};
var k8s_metadata_node_filter_default = createRule(
  {
    id: "falco/k8s-metadata-node-filter",
    title: "Kubernetes metadata collected without a node filter, or with the wrong node",
    severity: "warning",
    fixable: false,
    references: REFERENCES,
    messages: messages2
  },
  (ctx) => {
    for (const r of ctx.releases) {
      const values = r.release.values;
      const chart = r.status === "resolved" ? r.installed?.version : void 0;
      if (chart && import_semver3.default.gte(chart, "2.0.0") && import_semver3.default.lt(chart, "4.0.0")) {
        const filter = entryAt(values, ["collectors", "kubernetes", "enableNodeFilter"]);
        const on = boolAt(values, ["collectors", "enabled"]) !== false && boolAt(values, ["collectors", "kubernetes", "enabled"]) !== false;
        if (on && filter?.value.kind === "scalar" && filter.value.value === false) {
          ctx.report({ span: filter.value.span, messageId: "nodeFilterOff", data: { chart } });
        }
      }
      checkPluginEntries(ctx, values);
    }
    for (const s of ctx.model.standaloneValues) checkPluginEntries(ctx, s.values);
  }
);

// src/rules/falco/open-version-range.ts
var import_semver4 = __toESM(require_semver(), 1);
var open_version_range_default = createRule(
  {
    id: "falco/open-version-range",
    title: "A falco chart version that lets any new major in unreviewed",
    severity: "warning",
    fixable: false,
    references: [
      "https://github.com/falcosecurity/charts/blob/master/charts/falco/BREAKING-CHANGES.md",
      "https://fluxcd.io/flux/components/source/helmcharts/#version"
    ],
    messages: {
      anyMajor: message({
        title: (d) => d.constraint === null ? `${d.release} has no ${d.field}, so it admits every future major of the falco chart` : `"${d.constraint}" admits every future major of the falco chart`,
        why: () => "a new major (they rename and remove values, e.g. 7.0.0 and 9.0.0) deploys without review",
        help: (d) => `bound it, e.g. ">=${d.major}.0.0 <${d.major + 1}.0.0"`
      }),
      branch: message({
        title: (d) => `${d.release} takes the falco chart from the ${d.branch ? `${d.branch} branch` : "default branch"} of ${d.repository ?? "its git repository"}`,
        why: () => "every new chart version, majors that break values included, deploys without review",
        help: () => "use the Helm repository with a pinned version, or pin a git tag"
      })
    }
  },
  (ctx) => {
    for (const r of ctx.releases) {
      const { version: version2 } = r.release;
      if (r.status === "git") {
        const rev = version2.raw;
        if (rev === void 0 || rev === "" || /^(HEAD|main|master)$/.test(rev)) {
          ctx.report({
            span: r.span,
            messageId: "branch",
            data: { release: r.release.title, branch: rev || null, repository: r.release.chart.repoUrl ?? null }
          });
        }
        continue;
      }
      if (r.status !== "resolved" || !r.anyMajor || !r.installed) continue;
      ctx.report({
        span: r.span,
        messageId: "anyMajor",
        data: {
          release: r.release.title,
          constraint: version2.raw === void 0 ? null : r.constraint,
          field: version2.field,
          major: import_semver4.default.major(r.installed.version)
        }
      });
    }
  }
);

// src/knowledge/migrations.ts
var CHARTS = "https://github.com/falcosecurity/charts";
var commit = (sha) => `${CHARTS}/commit/${sha}`;
var falcoCommit = (sha) => `https://github.com/falcosecurity/falco/commit/${sha}`;
var V2_CHANGELOG = `${CHARTS}/blob/falco-2.0.0/falco/CHANGELOG.md`;
var BREAKING = `${CHARTS}/blob/falco-9.1.0/charts/falco/BREAKING-CHANGES.md`;
var v2 = (from, to, transform, note) => ({
  from,
  since: "2.0.0",
  ...to ? { to } : {},
  transform,
  effect: "ignored",
  ...note ? { note } : {},
  sources: [V2_CHANGELOG]
});
var v2Falco = (camel, snake) => v2(`falco.${camel}`, `falco.${snake}`, "camel-to-snake");
var CONTAINER_ENGINES_7 = [commit("dcc98894fe3538c295d91d01403cb90ae8e2f925"), BREAKING];
var LEGACY_COLLECTOR_BREAKS = "the container plugin runs with the collectors.containerEngine defaults, not with this engine setting";
var legacyCollector = (old, engine) => [
  {
    from: `collectors.${old}`,
    since: "7.0.0",
    to: `collectors.containerEngine.engines.${engine}`,
    transform: "each-key",
    effect: "ignored",
    breaks: LEGACY_COLLECTOR_BREAKS,
    sources: CONTAINER_ENGINES_7
  },
  {
    from: `collectors.${old}.enabled`,
    since: "7.0.0",
    to: `collectors.containerEngine.engines.${engine}.enabled`,
    transform: "move",
    effect: "ignored",
    sources: CONTAINER_ENGINES_7
  },
  {
    from: `collectors.${old}.socket`,
    since: "7.0.0",
    to: `collectors.containerEngine.engines.${engine}.sockets`,
    transform: "socket-to-sockets",
    effect: "ignored",
    sources: CONTAINER_ENGINES_7
  }
];
var METRICS_7 = [
  commit("faac8bf1be9910d71f7dedd3c6a7d2f544a943ec"),
  commit("6317d2576309bd2ac9d14c44930cf2d72a72545a")
];
var metric = (snake, camel) => ({
  from: `falco.metrics.${snake}`,
  since: "7.0.0",
  to: `metrics.${camel}`,
  transform: "snake-to-camel",
  effect: "overwritten",
  sources: METRICS_7
});
var DRIVERS_4 = [commit("95496d0b1e1e795d199bbf25127757648ab619b1"), BREAKING];
var K8S_4 = [commit("55cf23c5680d2178a4419f2e58e304be786287ba"), BREAKING];
var EBPF_9 = [
  falcoCommit("312d9af6133c6a6f78a7d7bc94cc2ebcb9453ba8"),
  falcoCommit("23a1f6d9a042655e9b84431c2912f9c30ed72286"),
  BREAKING
];
var GVISOR_9 = [
  falcoCommit("95ad6d32fa50f204ca611a522c64db4c22084a3b"),
  falcoCommit("23a1f6d9a042655e9b84431c2912f9c30ed72286"),
  BREAKING
];
var GRPC_9 = [
  falcoCommit("cbfdabaf4bf5210b9984e09a39437fbae21d3605"),
  falcoCommit("23a1f6d9a042655e9b84431c2912f9c30ed72286"),
  BREAKING
];
var GRPC_NOTE = "gRPC output and server are gone from Falco 0.44.0: move consumers to http_output, file_output, stdout_output or falcosidekick";
var removesWholeMap = (m) => m.transform === "each-key" && m.to === void 0 && m.effect === "render-failure";
var VALUES_MIGRATIONS = [
  // ---- chart 1.x → 2.0.0
  v2("ebpf", "driver", "each-key"),
  v2("ebpf.enabled", "driver.kind", "ebpf-enabled-to-driver-kind"),
  v2("ebpf.path", "driver.ebpf.path", "move"),
  v2("ebpf.settings", "driver.ebpf", "each-key"),
  v2("ebpf.settings.hostNetwork", "driver.ebpf.hostNetwork", "move"),
  v2("leastPrivileged", "driver.ebpf", "each-key"),
  v2("leastPrivileged.enabled", "driver.ebpf.leastPrivileged", "move"),
  v2("docker", "collectors.docker", "each-key"),
  v2("docker.enabled", "collectors.docker.enabled", "move"),
  v2("docker.socket", "collectors.docker.socket", "move"),
  v2("containerd", "collectors.containerd", "each-key"),
  v2("containerd.enabled", "collectors.containerd.enabled", "move"),
  v2("containerd.socket", "collectors.containerd.socket", "move"),
  v2("crio", "collectors.crio", "each-key"),
  v2("crio.enabled", "collectors.crio.enabled", "move"),
  v2("crio.socket", "collectors.crio.socket", "move"),
  v2("kubernetesSupport", "collectors.kubernetes", "each-key"),
  v2("kubernetesSupport.enabled", "collectors.kubernetes.enabled", "move"),
  v2("kubernetesSupport.apiAuth", "collectors.kubernetes.apiAuth", "move"),
  v2("kubernetesSupport.apiUrl", "collectors.kubernetes.apiUrl", "move"),
  v2("kubernetesSupport.enableNodeFilter", "collectors.kubernetes.enableNodeFilter", "move"),
  v2("daemonset", void 0, "each-key"),
  v2("daemonset.updateStrategy", "controller.daemonset.updateStrategy", "move"),
  v2("daemonset.podAnnotations", "podAnnotations", "move"),
  v2(
    "daemonset.env",
    "extra.env",
    "manual",
    "move the variables to extra.env, as a list of {name, value} entries from chart 2.5.0 on"
  ),
  v2("extraArgs", "extra.args", "move"),
  v2("extraInitContainers", "extra.initContainers", "move"),
  v2("extraVolumes", "mounts.volumes", "move"),
  v2("extraVolumeMounts", "mounts.volumeMounts", "move"),
  v2("image.pullSecrets", "imagePullSecrets", "move"),
  v2("securityContext", "containerSecurityContext", "move"),
  v2(
    "timezone",
    "extra.env",
    "manual",
    "set the TZ variable in extra.env instead (chart 2.0.0 moved such settings to extra.env)"
  ),
  v2(
    "proxy",
    "extra.env",
    "manual",
    "set HTTP_PROXY, HTTPS_PROXY and NO_PROXY in extra.env instead (chart 2.0.0 moved such settings to extra.env)"
  ),
  v2(
    "auditLog",
    void 0,
    "manual",
    "Kubernetes audit events come from the k8saudit plugin since chart 1.19.0: configure it in falco.plugins (see the chart values-k8saudit.yaml)"
  ),
  v2(
    "fakeEventGenerator",
    void 0,
    "delete",
    "chart 2.0.0 dropped the embedded event generator; install the event-generator chart instead"
  ),
  v2("podSecurityPolicy", void 0, "delete", "chart 2.0.0 removed the PodSecurityPolicy template"),
  v2Falco("jsonOutput", "json_output"),
  v2Falco("jsonIncludeOutputProperty", "json_include_output_property"),
  v2Falco("jsonIncludeTagsProperty", "json_include_tags_property"),
  v2Falco("logStderr", "log_stderr"),
  v2Falco("logSyslog", "log_syslog"),
  v2Falco("logLevel", "log_level"),
  v2Falco("bufferedOutputs", "buffered_outputs"),
  v2Falco("timeFormatISO8601", "time_format_iso_8601"),
  v2Falco("watchConfigFiles", "watch_config_files"),
  v2Falco("rulesFile", "rules_file"),
  v2Falco("loadPlugins", "load_plugins"),
  v2Falco("syscallEventDrops", "syscall_event_drops"),
  v2Falco("syscallEventTimeouts", "syscall_event_timeouts"),
  v2Falco("metadataDownload", "metadata_download"),
  v2Falco("stdoutOutput", "stdout_output"),
  v2Falco("syslogOutput", "syslog_output"),
  v2Falco("fileOutput", "file_output"),
  v2Falco("programOutput", "program_output"),
  v2Falco("httpOutput", "http_output"),
  v2Falco("grpcOutput", "grpc_output"),
  v2("falco.livenessProbe", "healthChecks.livenessProbe", "move"),
  v2("falco.readinessProbe", "healthChecks.readinessProbe", "move"),
  {
    from: "integrations",
    since: "1.6.0",
    transform: "manual",
    effect: "ignored",
    note: "chart 1.6.0 removed the deprecated integrations; from 1.6.1 the falcosidekick sub-chart forwards events: enable it and configure the outputs under falcosidekick.config",
    sources: [`${CHARTS}/issues/123`, `${CHARTS}/blob/falco-1.6.1/falco/CHANGELOG.md`]
  },
  {
    from: "priorityClassName",
    since: "2.0.7",
    to: "podPriorityClassName",
    transform: "move",
    effect: "ignored",
    sources: [commit("8a2cd385e691e67f5e71fb592bf2b9101378f17f"), V2_CHANGELOG]
  },
  // ---- 3.0.0
  {
    from: "driver.loader.initContainer.enabled",
    since: "3.0.0",
    to: "driver.loader.enabled",
    transform: "move",
    effect: "ignored",
    sources: [`${CHARTS}/issues/418`, BREAKING]
  },
  // ---- 4.0.0 (Falco 0.37.0)
  { from: "gvisor", since: "4.0.0", to: "driver", transform: "each-key", effect: "ignored", sources: DRIVERS_4 },
  {
    from: "gvisor.enabled",
    since: "4.0.0",
    to: "driver.kind",
    transform: "gvisor-enabled-to-driver-kind",
    effect: "ignored",
    sources: DRIVERS_4
  },
  {
    from: "gvisor.runsc",
    since: "4.0.0",
    to: "driver.gvisor.runsc",
    transform: "move",
    effect: "ignored",
    sources: DRIVERS_4
  },
  {
    from: "driver.modern_bpf",
    since: "4.0.0",
    to: "driver.modernEbpf",
    transform: "each-key",
    effect: "ignored",
    sources: DRIVERS_4
  },
  {
    from: "driver.modern_bpf.leastPrivileged",
    since: "4.0.0",
    to: "driver.modernEbpf.leastPrivileged",
    transform: "move",
    effect: "ignored",
    sources: DRIVERS_4
  },
  {
    from: "collectors.kubernetes.apiAuth",
    since: "4.0.0",
    transform: "delete",
    effect: "ignored",
    note: "Falco 0.37 dropped its Kubernetes client; the k8smeta plugin and k8s-metacollector replace it",
    sources: K8S_4
  },
  {
    from: "collectors.kubernetes.apiUrl",
    since: "4.0.0",
    transform: "delete",
    effect: "ignored",
    note: "Falco 0.37 dropped its Kubernetes client; the k8smeta plugin and k8s-metacollector replace it",
    sources: K8S_4
  },
  {
    from: "collectors.kubernetes.enableNodeFilter",
    since: "4.0.0",
    transform: "delete",
    effect: "ignored",
    note: "the chart now always filters by node (k8smeta init_config nodeName)",
    sources: K8S_4
  },
  {
    from: "falco.metadata_download",
    since: "4.0.0",
    transform: "delete",
    effect: "ignored",
    note: "it tuned the Kubernetes client Falco 0.37 dropped",
    sources: K8S_4
  },
  // Chart 4.0.0 moved these under driver.*; Falco still read them until 0.38.0 (chart 4.4.0).
  {
    from: "falco.syscall_buf_size_preset",
    since: "4.4.0",
    transform: "manual",
    effect: "ignored",
    note: "set bufSizePreset under the driver you use instead: driver.kmod, driver.ebpf or driver.modernEbpf (chart 4.0.0 moved it there)",
    sources: DRIVERS_4
  },
  {
    from: "falco.syscall_drop_failed_exit",
    since: "4.4.0",
    transform: "manual",
    effect: "ignored",
    note: "set dropFailedExit under the driver you use instead: driver.kmod, driver.ebpf or driver.modernEbpf (chart 4.0.0 moved it there)",
    sources: DRIVERS_4
  },
  {
    from: "falco.modern_bpf",
    since: "4.4.0",
    to: "driver.modernEbpf",
    transform: "each-key",
    effect: "ignored",
    sources: DRIVERS_4
  },
  {
    from: "falco.modern_bpf.cpus_for_each_syscall_buffer",
    since: "4.4.0",
    to: "driver.modernEbpf.cpusForEachBuffer",
    transform: "move",
    effect: "ignored",
    sources: DRIVERS_4
  },
  // ---- 4.7.1: the chart sets rules_files, and Falco 0.38+ refuses a config with both keys.
  {
    from: "falco.rules_file",
    since: "4.7.1",
    to: "falco.rules_files",
    transform: "move",
    effect: "startup-failure",
    sources: [
      commit("d17eebf46c8c8264f20e0410912ce640518c7ff3"),
      "https://github.com/falcosecurity/falco/blob/0.38.0/userspace/falco/configuration.cpp#L275"
    ]
  },
  // ---- 4.9.0 (Falco 0.39.0)
  {
    from: "falco.outputs",
    since: "4.9.0",
    transform: "delete",
    effect: "ignored",
    note: "Falco 0.39.0 removed the outputs rate limiter",
    sources: [commit("ed8c5351e63fb8540b3d9300215b1dc8108aa726")]
  },
  {
    from: "mounts.enforceProcMount",
    since: "4.9.0",
    transform: "delete",
    effect: "ignored",
    note: "the chart always mounts /proc since 4.9.0",
    sources: [commit("47541d456b14594c8ea04f29d10b8a05975147e7")]
  },
  // ---- 6.0.0
  {
    from: "falcotalon",
    since: "6.0.0",
    to: "falco-talon",
    transform: "each-key",
    effect: "ignored",
    sources: [commit("049a366d92f72667dada688aa8f0977eea7a6495"), BREAKING]
  },
  {
    from: "falcotalon.enabled",
    since: "6.0.0",
    to: "responseActions.enabled",
    transform: "move",
    effect: "ignored",
    sources: [
      commit("a6baf31059b4ff250b2b6ae2838a8d003bf280c7"),
      commit("60f43e7ad445a22956c71149fc4a58e16b9d7123"),
      BREAKING
    ]
  },
  // ---- 7.0.0 (Falco 0.42.0)
  ...legacyCollector("docker", "docker"),
  ...legacyCollector("containerd", "containerd"),
  ...legacyCollector("crio", "cri"),
  {
    from: "falco.container_engines",
    since: "7.0.0",
    to: "collectors.containerEngine.engines",
    transform: "manual",
    effect: "ignored",
    note: "configure collectors.containerEngine.engines instead: the container plugin replaced it in Falco 0.41, and its engines take lists of sockets",
    sources: [commit("faac8bf1be9910d71f7dedd3c6a7d2f544a943ec")]
  },
  {
    from: "falco.metrics",
    since: "7.0.0",
    to: "metrics",
    transform: "each-key",
    effect: "overwritten",
    note: "set metrics.enabled: true; the chart then sets the webserver and Prometheus endpoint itself",
    sources: METRICS_7
  },
  metric("enabled", "enabled"),
  metric("interval", "interval"),
  metric("output_rule", "outputRule"),
  metric("rules_counters_enabled", "rulesCountersEnabled"),
  metric("resource_utilization_enabled", "resourceUtilizationEnabled"),
  metric("state_counters_enabled", "stateCountersEnabled"),
  metric("kernel_event_counters_enabled", "kernelEventCountersEnabled"),
  metric("kernel_event_counters_per_cpu_enabled", "kernelEventCountersPerCPUEnabled"),
  metric("libbpf_stats_enabled", "libbpfStatsEnabled"),
  metric("plugins_metrics_enabled", "pluginsMetricsEnabled"),
  metric("jemalloc_stats_enabled", "jemallocStatsEnabled"),
  metric("convert_memory_to_mb", "convertMemoryToMB"),
  metric("include_empty_values", "includeEmptyValues"),
  // ---- 9.0.0 (Falco 0.44.0): the removed-configuration guard fails the render on these keys' presence.
  {
    from: "driver.ebpf",
    since: "9.0.0",
    transform: "each-key",
    effect: "render-failure",
    note: "the legacy eBPF probe is gone: use driver.kind modern_ebpf or auto",
    sources: EBPF_9
  },
  {
    from: "driver.ebpf.leastPrivileged",
    since: "9.0.0",
    to: "driver.modernEbpf.leastPrivileged",
    transform: "move",
    effect: "render-failure",
    sources: EBPF_9
  },
  {
    from: "driver.gvisor",
    since: "9.0.0",
    transform: "delete",
    effect: "render-failure",
    note: "the gVisor engine is gone, with no replacement",
    sources: GVISOR_9
  },
  {
    from: "falco.grpc",
    since: "9.0.0",
    transform: "delete",
    effect: "render-failure",
    note: GRPC_NOTE,
    sources: GRPC_9
  },
  {
    from: "falco.grpc_output",
    since: "9.0.0",
    transform: "delete",
    effect: "render-failure",
    note: GRPC_NOTE,
    sources: GRPC_9
  }
];
var BY_PATH = new Map(VALUES_MIGRATIONS.map((m) => [m.from, m]));
var migrationFor = (path) => BY_PATH.get(path);
function migrationCovering(path) {
  for (let p = path; p; p = p.includes(".") ? p.slice(0, p.lastIndexOf(".")) : "") {
    const m = BY_PATH.get(p);
    if (m) return m;
  }
  return void 0;
}
var MECHANICAL = /* @__PURE__ */ new Set([
  "move",
  "socket-to-sockets",
  "camel-to-snake",
  "snake-to-camel",
  "ebpf-enabled-to-driver-kind",
  "gvisor-enabled-to-driver-kind",
  "delete"
]);

// src/order.ts
var compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;

// src/knowledge/suggest.ts
var norm = (s) => s.toLowerCase().replace(/[_-]/g, "");
var tolerance = (length) => length <= 3 ? 0 : length <= 7 ? 1 : 2;
var byLastKeyOf = /* @__PURE__ */ new WeakMap();
function candidatesByLastKey(k, vi) {
  let byLastKey = byLastKeyOf.get(k);
  if (!byLastKey) byLastKeyOf.set(k, byLastKey = /* @__PURE__ */ new Map());
  let index = byLastKey.get(vi);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const c of [...vi === void 0 ? k.allPaths : k.knownPaths(vi), ...k.hintPaths(vi)]) {
      const last = norm(c.slice(c.lastIndexOf(".") + 1));
      const list2 = index.get(last);
      if (list2) list2.push(c);
      else index.set(last, [c]);
    }
    byLastKey.set(vi, index);
  }
  return index;
}
function suggestKeys(k, path, vi) {
  const key = path.at(-1);
  const parent = path.slice(0, -1).join(".");
  const join2 = (k2) => parent ? `${parent}.${k2}` : k2;
  const siblings = k.childKeys(parent, vi).filter((k2) => k2 !== key);
  const sameSpelling = siblings.filter((k2) => norm(k2) === norm(key));
  if (sameSpelling.length) return sameSpelling.slice(0, 2).map(join2);
  const limit = tolerance(norm(key).length);
  const close = siblings.map((k2) => ({ k: k2, d: editDistance(norm(key), norm(k2)) })).filter((c) => c.d <= limit).sort((a, b) => a.d - b.d || compareText(a.k, b.k));
  const out = close.slice(0, 2).map((c) => join2(c.k));
  if (out.length === 2) return out;
  const dotted = path.join(".");
  const sameLast = candidatesByLastKey(k, vi).get(norm(key)) ?? [];
  const lastCount = sameLast.length;
  const scored = [];
  for (const candidate of new Set(sameLast)) {
    if (candidate === dotted || out.includes(candidate)) continue;
    const parts = candidate.split(".");
    let tail = 0;
    while (tail < parts.length && tail < path.length && norm(parts[parts.length - 1 - tail]) === norm(path[path.length - 1 - tail]))
      tail++;
    if (tail === 0) continue;
    if (tail === 1 && lastCount > 2 && !(parts.length === 1 && path.length === 2)) continue;
    let head = 0;
    while (head < parts.length && head < path.length && parts[head] === path[head]) head++;
    scored.push({ path: candidate, tail, head, length: parts.length });
  }
  scored.sort((a, b) => b.tail - a.tail || b.head - a.head || a.length - b.length || compareText(a.path, b.path));
  for (const s of scored) {
    if (out.length === 2) break;
    out.push(s.path);
  }
  return out;
}

// src/resolve/driver.ts
var import_semver5 = __toESM(require_semver(), 1);
function effectiveDriver(values, chart, candidates = []) {
  const legacy = chart && import_semver5.default.lt(chart.version, "2.0.0");
  if (legacy) {
    const ebpf = scalarAt(values, ["ebpf", "enabled"]);
    return ebpf?.value === true ? { kind: "ebpf", written: ebpf, field: "ebpf.enabled", value: ebpf.source, defaultOf: void 0 } : void 0;
  }
  if (boolAt(values, ["driver", "enabled"]) === false) return void 0;
  const written = scalarAt(values, ["driver", "kind"]);
  if (written && written.value !== null) {
    const kind2 = typeof written.value === "string" ? DRIVER_NAMES.get(written.value) : void 0;
    if (!kind2 || kind2 === "auto" && chart && import_semver5.default.lt(chart.version, "4.4.0")) return void 0;
    return { kind: kind2, written, field: "driver.kind", value: written.source, defaultOf: void 0 };
  }
  const defaults = chart ? [chart] : candidates;
  const kinds = [...new Set(defaults.map((c) => c.driverKind))];
  const value = kinds.length === 1 ? kinds[0] : void 0;
  const kind = value ? DRIVER_NAMES.get(value) : void 0;
  if (!kind || !value) return void 0;
  const defaultOf = chart ? chart.version : `${defaults[0].version} to ${defaults[defaults.length - 1].version}`;
  return { kind, written: void 0, field: "driver.kind", value, defaultOf };
}

// src/resolve/plugins.ts
var import_semver6 = __toESM(require_semver(), 1);

// src/knowledge/plugins.ts
function pluginTag(ref, plugin) {
  const m = new RegExp(`(?:^|/)${plugin}:v?(\\d+\\.\\d+\\.\\d+)$`).exec(ref.trim());
  return m?.[1];
}
var isPluginRef = (ref, plugin) => new RegExp(`(?:^|/)${plugin}(?::|@|$)`).test(ref.trim());

// src/resolve/plugins.ts
function userPlugin(values, name) {
  const list2 = valueAt(values, ["falco", "plugins"]);
  if (list2?.kind !== "seq" || !list2.items.some((p) => stringAt(p, ["name"]) === name)) return void 0;
  const load = valueAt(values, ["falco", "load_plugins"]);
  return { loaded: load?.kind === "seq" && load.items.some((i) => i.kind === "scalar" && i.value === name) };
}
function containerPluginLoaded(values, chart) {
  if (chart && import_semver6.default.lt(chart.version, "4.22.0")) return false;
  if (boolAt(values, ["collectors", "enabled"]) === false || boolAt(values, ["driver", "enabled"]) === false)
    return false;
  const own = userPlugin(values, "container");
  if (own) return own.loaded;
  const modern = !chart || import_semver6.default.gte(chart.version, "6.2.0");
  if (boolAt(values, ["collectors", "containerEngine", "enabled"]) ?? modern) return true;
  if (chart && import_semver6.default.gte(chart.version, "7.0.0")) return false;
  return ["docker", "containerd", "crio"].some((c) => boolAt(values, ["collectors", c, "enabled"]) ?? !modern);
}
function k8smetaPluginLoaded(values, chart) {
  if (chart && import_semver6.default.lt(chart.version, "4.0.0")) return false;
  if (boolAt(values, ["driver", "enabled"]) === false) return false;
  const own = userPlugin(values, "k8smeta");
  if (own) return own.loaded;
  return boolAt(values, ["collectors", "kubernetes", "enabled"]) === true;
}
function userPluginRefs(values, plugin) {
  const refs = [];
  const key = valueAt(values, ["collectors", plugin === "container" ? "containerEngine" : "kubernetes", "pluginRef"]);
  if (key?.kind === "scalar" && typeof key.value === "string") refs.push(key);
  const install = valueAt(values, ["falcoctl", "config", "artifact", "install", "refs"]);
  for (const item of install?.kind === "seq" ? install.items : []) {
    if (item.kind === "scalar" && typeof item.value === "string" && isPluginRef(item.value, plugin)) refs.push(item);
  }
  return refs;
}

// src/resolve/images.ts
var import_semver7 = __toESM(require_semver(), 1);

// src/model/falco-images.ts
function* entries(node) {
  if (node?.kind === "map") {
    for (const e of node.entries.values()) {
      yield e;
      yield* entries(e.value);
    }
  } else if (node?.kind === "seq") for (const i of node.items) yield* entries(i);
}
var FALCO_REPOSITORY = /^(?:[^/]+\/)*falcosecurity\/falco(?:-no-driver)?$/;
function splitImage(image) {
  const noDigest = image.trim().split("@")[0];
  const slash = noDigest.lastIndexOf("/");
  const colon = noDigest.lastIndexOf(":");
  return colon > slash ? { repository: noDigest.slice(0, colon), tag: noDigest.slice(colon + 1) } : { repository: noDigest, tag: void 0 };
}
var str = (n) => n?.kind === "scalar" && (typeof n.value === "string" || typeof n.value === "number") ? n : void 0;
function imagesIn(root) {
  const out = [];
  for (const entry of entries(root)) {
    if (entry.key !== "image") continue;
    const v = entry.value;
    const text = str(v);
    if (text) {
      const { repository: repository2, tag: tag2 } = splitImage(String(text.value));
      if (FALCO_REPOSITORY.test(repository2))
        out.push({ image: `${repository2}${tag2 ? `:${tag2}` : ""}`, tag: tag2, span: text.span });
      continue;
    }
    const repo = str(valueAt(v, ["repository"]));
    if (!repo) continue;
    const registry = str(valueAt(v, ["registry"]));
    const repository = `${registry ? `${String(registry.value)}/` : ""}${String(repo.value)}`;
    if (!FALCO_REPOSITORY.test(repository)) continue;
    const tagNode = str(valueAt(v, ["tag"]));
    const tag = tagNode ? String(tagNode.value).split("@")[0] : void 0;
    out.push({ image: `${repository}${tag ? `:${tag}` : ""}`, tag, span: (tagNode ?? repo).span });
  }
  return out;
}
var WORKLOAD_KINDS = /* @__PURE__ */ new Set(["DaemonSet", "Deployment", "StatefulSet", "Pod"]);
function falcoImages(objects, releases) {
  const out = [];
  const titleOf = (o) => `${o.kind} ${o.namespace ? `${o.namespace}/` : ""}${o.name ?? "(unnamed)"}`;
  for (const o of objects) {
    if (!WORKLOAD_KINDS.has(o.kind)) continue;
    const pod = o.kind === "Pod" ? valueAt(o.root, ["spec"]) : valueAt(o.root, ["spec", "template", "spec"]);
    for (const field of ["containers", "initContainers"]) {
      for (const i of imagesIn(valueAt(pod, [field]))) out.push({ object: o, title: titleOf(o), ...i });
    }
  }
  for (const r of releases) {
    for (const i of imagesIn(r.values))
      out.push({ object: r.object, title: `${r.title}${r.chart.name ? ` (chart ${r.chart.name})` : ""}`, ...i });
  }
  return out;
}

// src/resolve/images.ts
var FLAVOURED = /^v?(\d+\.\d+\.\d+(?:-rc\d+)?)(?:-(?:debian|wolfi|slim|no-driver))?$/;
function falcoVersionOfTag(tag) {
  const m = tag ? FLAVOURED.exec(tag.trim()) : null;
  return m && import_semver7.default.valid(m[1]) ? m[1] : void 0;
}
function resolveImages(model, releases) {
  const chartReleases = new Set(releases.map((r) => r.release));
  return falcoImages(
    model.objects,
    model.releases.filter((r) => !chartReleases.has(r))
  ).map((image) => ({ image, falco: falcoVersionOfTag(image.tag) }));
}

// src/resolve/runs.ts
function runningFalco(values, chart) {
  const tag = stringAt(values, ["image", "tag"])?.trim();
  const version2 = falcoVersionOfTag(tag);
  if (!tag || version2 === chart.falco) return { version: chart.falco, pinned: false, tag: null };
  return { version: version2 ?? null, pinned: true, tag: version2 ? null : tag };
}
function runsOf(values, chart, admitted = []) {
  return {
    falco: runningFalco(values, chart),
    driver: effectiveDriver(values, chart, admitted),
    container: {
      loaded: containerPluginLoaded(values, chart),
      version: chart.containerPlugin,
      userRef: valueAt(values, ["collectors", "containerEngine", "pluginRef"]) !== void 0
    },
    k8smeta: {
      loaded: k8smetaPluginLoaded(values, chart),
      version: chart.k8smetaPlugin,
      userRef: valueAt(values, ["collectors", "kubernetes", "pluginRef"]) !== void 0
    }
  };
}

// src/resolve/values.ts
var isNull = (n) => n.kind === "scalar" && n.value === null;
var versionAt = (k, vi) => k.versions[vi];
var stable = (k, vi) => !versionAt(k, vi).includes("-");
function decodePointer(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function enablesSomething(node) {
  if (node.kind !== "map") return false;
  for (const e of node.entries.values())
    if (e.key === "enabled" && e.value.kind === "scalar" && e.value.value === true || enablesSomething(e.value))
      return true;
  return false;
}
var target = (t) => ({
  to: t.to ?? null,
  setting: t.setting ?? null,
  shape: t.shape ?? null,
  note: t.note ?? null
});
function follow(k, to, vi, transforms) {
  let path = to;
  for (let hops = 0; hops < 8; hops++) {
    if (k.acceptedAt(path.split("."), vi)) return { path };
    const m = migrationCovering(path);
    if (!m || k.versionIndex(m.since) > vi) return {};
    if (m.from === path) transforms.push(m.transform);
    if (!m.to) return { ...m.note ? { note: m.note } : {}, deleted: m.transform === "delete" };
    path = m.to + path.slice(m.from.length);
  }
  return {};
}
function replacementOf(k, from, value, vi, parent) {
  const m = migrationFor(from);
  if (!m) {
    if (parent?.effect === "overwritten")
      return {
        ...target({ note: `no ${parent.to ?? "other"} key maps to it; it still passes through under ${parent.from}` }),
        mechanical: false
      };
    if (parent?.to) {
      const t2 = follow(k, `${parent.to}${from.slice(parent.from.length)}`, vi, []);
      return t2.path ? { ...target({ to: t2.path }), mechanical: false } : { ...target({ note: "it has no equivalent" }), mechanical: false };
    }
    return { ...target({}), mechanical: parent !== void 0 && removesWholeMap(parent) };
  }
  if (m.transform === "ebpf-enabled-to-driver-kind" || m.transform === "gvisor-enabled-to-driver-kind") {
    const kind = m.transform === "ebpf-enabled-to-driver-kind" ? "ebpf" : "gvisor";
    if (!(value.kind === "scalar" && value.value === true))
      return { ...target({ note: "it is not true" }), mechanical: true };
    if (vi >= k.versionIndex("9.0.0")) {
      return kind === "ebpf" ? {
        ...target({
          to: "driver.kind",
          setting: "modern_ebpf",
          note: "the legacy eBPF probe is gone from chart 9.0.0"
        }),
        mechanical: false
      } : { ...target({ note: "the gVisor engine is gone from chart 9.0.0, with no replacement" }), mechanical: false };
    }
    return { ...target({ to: "driver.kind", setting: kind }), mechanical: true };
  }
  if (m.transform === "manual") return { ...target({ ...m.note ? { note: m.note } : {} }), mechanical: false };
  if (!m.to)
    return {
      ...target({ ...m.note ? { note: m.note } : {} }),
      mechanical: m.transform === "delete" || m.transform === "each-key" && eachKeyMechanical(k, from, value, vi, m)
    };
  const transforms = [m.transform];
  const t = follow(k, m.to, vi, transforms);
  if (!t.path)
    return {
      ...target({ note: t.note ?? m.note ?? "nothing replaces it in this version" }),
      mechanical: t.deleted === true
    };
  const shape = transforms.includes("socket-to-sockets") ? "list" : transforms.includes("camel-to-snake") && value.kind === "map" ? "snake-case" : null;
  const mechanical = m.transform === "each-key" ? eachKeyMechanical(k, from, value, vi, m) : transforms.every((x) => MECHANICAL.has(x));
  return { ...target({ to: t.path, shape, ...m.note ? { note: m.note } : {} }), mechanical };
}
function eachKeyMechanical(k, from, value, vi, m) {
  if (value.kind !== "map") return true;
  return [...value.entries.values()].every(
    (e) => isNull(e.value) || replacementOf(k, `${from}.${e.key}`, e.value, vi, m).mechanical
  );
}
function partOf(key, r, manual) {
  const drop = !r.to && !(manual && r.note) && !r.note?.startsWith("no ");
  return { key, to: r.to, setting: r.setting, shape: r.shape, note: r.note, drop, manual };
}
function replacement(k, from, value, vi) {
  const m = migrationFor(from);
  if (!m) return { replacement: null, mechanical: false };
  if (m.transform === "each-key" && value.kind === "map") {
    const parts = [];
    let mechanical2 = true;
    for (const e of value.entries.values()) {
      if (isNull(e.value)) continue;
      const r2 = replacementOf(k, `${from}.${e.key}`, e.value, vi, m);
      mechanical2 &&= r2.mechanical;
      parts.push(partOf(e.key, r2, migrationFor(`${from}.${e.key}`)?.transform === "manual"));
    }
    const to = m.to ? follow(k, m.to, vi, []).path : void 0;
    if (to) return { replacement: { form: "move-map", to, note: m.note ?? null, parts }, mechanical: mechanical2 };
    return {
      replacement: { form: "delete-map", note: m.note ?? null, kept: parts.filter((p) => !p.drop) },
      mechanical: mechanical2
    };
  }
  const r = replacementOf(k, from, value, vi);
  const { mechanical, ...t } = r;
  if (t.to) return { replacement: { form: "use", ...t }, mechanical };
  if (m.transform === "manual" && t.note) return { replacement: { form: "manual", note: t.note }, mechanical: false };
  return { replacement: { form: "delete", note: t.note }, mechanical };
}
var passedToFalco = (k, path, vi) => path.length === 2 && path[0] === "falco" && k.kindAt("falco", vi) === "falco";
function firstFalcoReading(k, key, version2) {
  const from = k.falcoVersions.indexOf(version2);
  return k.falcoVersions.slice(from + 1).find((v) => k.falcoReads(key, v));
}
function siblingsOf(k, path, vi) {
  if (path.length < 2) return { parent: null, siblings: [] };
  const parent = path.slice(0, -1).join(".");
  const keys = k.childKeys(parent, vi).sort();
  return keys.length > 0 && keys.length <= 8 ? { parent, siblings: keys } : { parent: null, siblings: [] };
}
function removedProblem(k, path, entry, vi, before, after, t, falco) {
  const dotted = path.join(".");
  const m = migrationFor(dotted);
  const removedIn = versionAt(k, before + 1);
  const onlyV1 = removedIn === "2.0.0" && k.acceptingVersions(path).every((i) => versionAt(k, i).startsWith("1."));
  const effect2 = m?.effect === "startup-failure" || m?.effect === "overwritten" ? m.effect : passedToFalco(k, path, vi) ? "falco-config" : "ignored";
  const r = m ? replacement(k, dotted, entry.value, vi) : { replacement: null, mechanical: false };
  const suggestions = m ? [] : suggestKeys(k, path, vi);
  const mechanical = m !== void 0 && r.mechanical;
  const rep = r.replacement;
  return {
    kind: "removed",
    path,
    entry,
    severity: effect2 === "startup-failure" ? "error" : "warning",
    data: {
      variant: "removed",
      path: dotted,
      removedIn,
      onlyV1,
      backIn: after !== void 0 ? versionAt(k, after) : null,
      target: t.label,
      effect: effect2,
      falco,
      breaks: m?.breaks ?? null,
      replacement: rep,
      suggestions,
      mechanical
    },
    references: m?.sources ?? [],
    fix: mechanical ? "safe" : "manual"
  };
}
function unknownProblem(k, path, entry, vi, t, falco) {
  const dotted = path.join(".");
  const suggestions = suggestKeys(k, path, vi);
  const problem = (data2) => ({
    kind: "unknown",
    path,
    entry,
    severity: "warning",
    data: data2,
    references: [],
    ...suggestions.length ? { fix: "manual" } : {}
  });
  if (t.kind === "any" || vi === void 0)
    return problem({
      variant: "unknown-anywhere",
      path: dotted,
      oldest: k.versions[0],
      newest: k.versions.at(-1),
      suggestions,
      ...suggestions.length ? { parent: null, siblings: [] } : siblingsOf(k, path, void 0)
    });
  const later = k.acceptingVersions(path).find((i) => i > vi && stable(k, i));
  const falcoKey = falco !== void 0 && passedToFalco(k, path, vi);
  const readsFrom = falcoKey && falco.version ? firstFalcoReading(k, path[1], falco.version) : void 0;
  const scalar = k.acceptance(path, vi);
  if (falcoKey && readsFrom) {
    const chartFrom = later !== void 0 && k.kindAt(dotted, later) === "falco-config" ? versionAt(k, later) : null;
    return problem({
      variant: "falco-reads-later",
      path: dotted,
      falco,
      chartLabel: t.label,
      readsFrom,
      chartFrom,
      suggestions
    });
  }
  if (later !== void 0)
    return problem({
      variant: "later-chart",
      path: dotted,
      target: t.label,
      firstIn: versionAt(k, later),
      suggestions
    });
  if (!scalar.accepted && scalar.scalar)
    return problem({
      variant: "scalar-parent",
      path: dotted,
      target: t.label,
      parent: scalar.scalar.path,
      type: scalar.scalar.kind
    });
  if (falcoKey) return problem({ variant: "not-falco-config", path: dotted, falco, chartLabel: t.label, suggestions });
  return problem({
    variant: "unknown-here",
    path: dotted,
    target: t.label,
    suggestions,
    ...suggestions.length ? { parent: null, siblings: [] } : siblingsOf(k, path, vi)
  });
}
function renderBlockingProblem(k, path, entry, t, vi) {
  const dotted = path.join(".");
  const m = migrationFor(dotted);
  const nullValue = isNull(entry.value);
  const r = replacement(k, dotted, entry.value, vi);
  const inUse = enablesSomething(entry.value);
  const mechanical = r.mechanical && !inUse;
  return {
    kind: "render-blocking",
    path,
    entry,
    severity: nullValue ? "warning" : "error",
    data: nullValue ? { variant: "render-null", path: dotted, target: t.label } : { variant: "render-blocking", path: dotted, target: t.label, replacement: r.replacement, inUse, mechanical },
    references: m?.sources ?? [],
    fix: mechanical || nullValue ? "safe" : "manual"
  };
}
function checkValueKeys(values, t, k) {
  if (values?.kind !== "map") return [];
  const vi = t.kind === "version" ? k.versionIndex(t.chart.version) : void 0;
  if (t.kind === "version" && vi === void 0) return [];
  const problems = [];
  const guard2 = vi === void 0 ? [] : k.renderGuardAt(vi);
  for (const g of guard2) {
    const entry = entryAt(values, g.split("."));
    if (entry && t.kind === "version") problems.push(renderBlockingProblem(k, g.split("."), entry, t, vi));
  }
  const validate = k.validator(t.kind === "version" ? t.chart.version : "any");
  if (!validate) return problems;
  validate(toPlain(values));
  const falco = t.kind === "version" ? runningFalco(values, t.chart) : void 0;
  for (const error of validate.errors ?? []) {
    if (error.keyword !== "additionalProperties") continue;
    const path = [
      ...decodePointer(error.instancePath),
      String(error.params.additionalProperty)
    ];
    if (guard2.includes(path.join("."))) continue;
    const entry = entryAt(values, path);
    if (!entry || isNull(entry.value)) continue;
    if (t.kind === "any" || vi === void 0 || !falco) {
      if (k.acceptingVersions(path).length === 0)
        problems.push(unknownProblem(k, path, entry, void 0, t, void 0));
      continue;
    }
    const m = migrationFor(path.join("."));
    const replacementEntry = m?.effect === "startup-failure" && m.to ? entryAt(values, m.to.split(".")) : void 0;
    if (replacementEntry && isNull(replacementEntry.value)) continue;
    const accepting = k.acceptingVersions(path);
    if (falco.pinned && passedToFalco(k, path, vi) && !pinnedFalcoMisses(k, path, accepting, vi, falco)) continue;
    const before = accepting.filter((i) => i < vi).at(-1);
    const after = accepting.find((i) => i > vi && stable(k, i));
    problems.push(
      before !== void 0 ? removedProblem(k, path, entry, vi, before, after, t, falco) : unknownProblem(k, path, entry, vi, t, falco)
    );
  }
  return problems;
}
function pinnedFalcoMisses(k, path, accepting, vi, falco) {
  const m = migrationFor(path.join("."));
  const chartDriven = m !== void 0 && k.versionIndex(m.since) <= vi && (m.effect === "overwritten" || m.effect === "startup-failure");
  if (!falco.version || k.falcoReads(path[1], falco.version) === void 0)
    return chartDriven || accepting.length === 0;
  if (m?.effect === "startup-failure") return k.falcoReads("rules_files", falco.version) === true;
  return chartDriven || !k.falcoReads(path[1], falco.version);
}

// src/rules/falco-values.ts
var version = (chart, label = `chart ${chart.version}`) => ({
  kind: "version",
  chart,
  label
});
function valuesTarget(r, knowledge) {
  if (r.status === "resolved" && r.installed) return version(r.installed);
  if (r.status === "git") {
    const rev = r.release.version.raw?.trim() ?? "";
    const tag = /^falco-(\d+\.\d+\.\d+)$/.exec(rev);
    const tagged = tag ? knowledge.chartVersion(tag[1]) : void 0;
    if (tagged) return version(tagged, `chart ${tagged.version} (git tag ${rev})`);
    if (["", "HEAD", "master", "main"].includes(rev))
      return version(
        knowledge.newest,
        `chart ${knowledge.newest.version} (the newest helmvet knows; the git source follows ${rev || "the default branch"})`
      );
  }
  return { kind: "any" };
}
var chartOnlyKeys;
function umbrellaValues(values) {
  const falco = values.kind === "map" ? values.entries.get("falco")?.value : void 0;
  if (falco?.kind !== "map") return false;
  chartOnlyKeys ??= new Set(childKeys("", void 0).filter((k) => !childKeys("falco", void 0).includes(k)));
  return [...falco.entries.keys()].some((k) => chartOnlyKeys.has(k));
}
var analysed = /* @__PURE__ */ new WeakMap();
function problemsOfRelease(r, knowledge) {
  let problems = analysed.get(r);
  if (!problems) {
    problems = checkValueKeys(r.release.values, valuesTarget(r, knowledge), knowledge.keys);
    analysed.set(r, problems);
  }
  return problems;
}
function problemsOfStandalone(s, knowledge) {
  let problems = analysed.get(s);
  if (!problems) {
    problems = umbrellaValues(s.values) ? [] : checkValueKeys(s.values, { kind: "any" }, knowledge.keys);
    analysed.set(s, problems);
  }
  return problems;
}
function keysDerived(r, knowledge) {
  const t = valuesTarget(r, knowledge);
  const derived = t.kind === "version" ? t.chart.derived : null;
  return t.kind === "version" && derived?.fields.includes("keys") ? { chart: t.chart.version, from: derived.from } : null;
}
function report(ctx, layers, p, fix, derived = null) {
  const nullAllowed = p.kind === "render-blocking";
  const spans = layers.flatMap((layer) => {
    const entry = entryAt(layer.values, p.path);
    return entry && (nullAllowed || !(entry.value.kind === "scalar" && entry.value.value === null)) ? [entry.keySpan] : [];
  });
  for (const span2 of spans.length ? spans : [p.entry.keySpan]) {
    ctx.report({
      span: span2,
      messageId: p.data.variant,
      data: { ...p.data, keysDerived: derived },
      severity: p.severity,
      ...p.references.length ? { references: p.references } : {},
      ...p.fix ? { fix: { kind: p.fix, description: fix(p) } } : {}
    });
  }
}
function reportValueKeys(ctx, kind, fix) {
  for (const r of ctx.releases) {
    const derived = keysDerived(r, ctx.knowledge);
    for (const p of problemsOfRelease(r, ctx.knowledge))
      if (p.kind === kind) report(ctx, r.release.layers, p, fix, derived);
  }
  for (const s of ctx.model.standaloneValues) {
    for (const p of problemsOfStandalone(s, ctx.knowledge))
      if (p.kind === kind) report(ctx, [{ label: s.file.path, values: s.values, file: s.file }], p, fix);
  }
}
function sayingDerivedKeys(messages7) {
  const note = (d) => d.keysDerived ? `. Chart ${d.keysDerived.chart}'s key list is derived: no values.yaml of it was available to helmvet, so its keys are chart ${d.keysDerived.from}'s with the additions of its merged pull requests; \`helmvet knowledge update\` reads its real values.yaml` : "";
  return Object.fromEntries(
    Object.entries(messages7).map(([id, m]) => {
      const words = m;
      return [id, { ...words, why: (d) => `${words.why(d)}${note(d)}` }];
    })
  );
}
var code = (s) => `\`${s}\``;
var joinOr = (items) => items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
var capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);
function targetText(t) {
  const key = t.setting ? code(`${t.to}: ${t.setting}`) : code(t.to);
  return `${key}${t.shape === "list" ? " (a list)" : t.shape === "snake-case" ? " (keys below in snake_case)" : ""}`;
}
function partText(p) {
  if (p.to) return `${code(p.key)} \u2192 ${targetText(p)}`;
  if (p.manual && p.note) return `${code(p.key)}: ${p.note}`;
  if (p.note?.startsWith("no ")) return `keep ${code(p.key)} (${p.note})`;
  return `drop ${code(p.key)}${p.note && p.note !== "it has no equivalent" ? ` (${p.note})` : ""}`;
}
function replacementText(r) {
  const note = (n) => n ? ` (${n})` : "";
  switch (r.form) {
    case "move-map":
      return `Move it to ${code(r.to)}${note(r.note)}: ${r.parts.map(partText).join(", ")}.`;
    case "delete-map":
      return `Delete it${note(r.note)}${r.kept.length ? `; first ${r.kept.map(partText).join(", ")}` : ""}.`;
    case "use":
      return `Use ${targetText(r)} instead${note(r.note)}.`;
    case "manual":
      return `${capitalize(r.note)}.`;
    case "delete":
      return `Delete it${r.note ? `: ${r.note}` : ""}.`;
  }
}
function replacementFix(r, path, suggestions = []) {
  if (r?.form === "use") return r.setting ? `${r.to}: ${r.setting}` : r.to;
  if (r?.form === "move-map") return `move it to ${r.to}`;
  if (r?.form === "manual") return r.note;
  return suggestions.length ? `rename it to ${suggestions[0]}` : `delete ${path}`;
}
var migrateClause = (mechanical) => mechanical ? "`helmvet migrate` rewrites it." : "`helmvet migrate` cannot rewrite it; change it by hand.";
var falcoShort = (f) => f.version ? `Falco ${f.version}${f.pinned ? " (image.tag)" : ""}` : `the Falco of image tag ${f.tag ?? "?"}`;
var falcoPhrase = (f, chartLabel) => f.pinned ? `${f.version ? `Falco ${f.version}` : `the Falco of image tag ${f.tag ?? "?"}`}, which image.tag pins` : `Falco ${f.version ?? "?"}, which ${chartLabel} deploys`;
var didYouMean = (suggestions, prefix = "Did you mean") => suggestions.length ? `${prefix} ${joinOr(suggestions.map(code))}?` : "";
var siblingsText = (parent, siblings) => parent && siblings.length ? `${code(parent)} has ${joinOr(siblings.map(code)).replace(/ or ([^ ]+)$/, " and $1")}.` : "";

// src/rules/falco/removed-value.ts
var origin = (d) => d.onlyV1 ? "is a chart 1.x key (removed in chart 2.0.0)" : `was removed in chart ${d.removedIn}${d.backIn ? ` (and is back in ${d.backIn})` : ""}`;
function effect(d) {
  switch (d.effect) {
    case "startup-failure":
      return `${d.target} also sets ${code("falco.rules_files")}, and ${falcoShort(d.falco)} refuses to start when both keys are set ("both 'rules_files' and 'rules_file' keys set")`;
    case "overwritten":
      return `${d.target} writes Falco's metrics settings from the top-level ${code("metrics")} block: ${code("falco.metrics")} passes through only while ${code("metrics.enabled")} is false, and is overwritten once it is true`;
    case "falco-config":
      return `${d.target} writes it into falco.yaml, where ${falcoShort(d.falco)} does not read it`;
    case "ignored":
      return `${d.target} silently ignores it${d.breaks ? `, so ${d.breaks}` : ""}`;
  }
}
var removed_value_default = createRule(
  {
    id: "falco/removed-value",
    title: "A values key the chart version in use has removed",
    severity: "warning",
    fixable: true,
    references: [
      "https://github.com/falcosecurity/charts/blob/falco-9.1.0/charts/falco/BREAKING-CHANGES.md",
      "https://github.com/falcosecurity/charts/blob/falco-2.0.0/falco/CHANGELOG.md",
      "https://github.com/falcosecurity/charts/commit/dcc98894fe3538c295d91d01403cb90ae8e2f925"
    ],
    messages: sayingDerivedKeys({
      removed: message({
        title: (d) => `${code(d.path)} ${origin(d)}`,
        why: effect,
        help: (d) => `${d.replacement ? replacementText(d.replacement) : didYouMean(d.suggestions) || "Delete it."} ${migrateClause(d.mechanical)}`
      })
    })
  },
  (ctx) => reportValueKeys(
    ctx,
    "removed",
    (p) => p.data.variant === "removed" ? replacementFix(p.data.replacement, p.data.path, p.data.suggestions) : ""
  )
);

// src/rules/falco/render-blocking-value.ts
var guard = (path) => `its removed-configuration guard fails on the key's mere presence, whatever it holds ("The following chart configuration is no longer supported: ${path}")`;
var render_blocking_value_default = createRule(
  {
    id: "falco/render-blocking-value",
    title: "A values key whose presence makes the chart fail to render",
    severity: "error",
    fixable: true,
    references: [
      "https://github.com/falcosecurity/falco/commit/23a1f6d9a042655e9b84431c2912f9c30ed72286",
      "https://github.com/falcosecurity/charts/blob/falco-9.1.0/charts/falco/BREAKING-CHANGES.md"
    ],
    messages: sayingDerivedKeys({
      "render-blocking": message({
        title: (d) => `${code(d.path)} makes ${d.target} fail to render`,
        why: (d) => guard(d.path),
        help: (d) => `${d.replacement ? replacementText(d.replacement) : "Delete it."}${d.inUse ? " It is enabled here: decide what replaces it first." : ""} ${migrateClause(d.mechanical)}`
      }),
      "render-null": message({
        title: (d) => `${code(d.path)} is set to null, and ${d.target} fails to render when the key is present`,
        why: (d) => `${guard(d.path)}; whether Helm drops a null key the chart does not define before the check depends on the Helm version (helm#6900)`,
        help: () => "delete it"
      })
    })
  },
  (ctx) => reportValueKeys(ctx, "render-blocking", (p) => `delete ${p.path.join(".")}`)
);

// src/rules/falco/removed-cli-option.ts
var import_semver8 = __toESM(require_semver(), 1);
var REMOVED = /^(-k|-K|--k8s-api|--k8s-api-cert|--k8s-node)(=.*)?$/;
var removed_cli_option_default = createRule(
  {
    id: "falco/removed-cli-option",
    title: "A Falco command-line option the deployed Falco no longer has",
    severity: "error",
    fixable: false,
    references: [
      "https://github.com/falcosecurity/falco/blob/master/CHANGELOG.md#v0370",
      "https://github.com/falcosecurity/falco/pull/2914"
    ],
    messages: {
      removed: message({
        title: (d) => `extra.args passes ${d.option}, which Falco removed in 0.37.0`,
        why: (d) => `the release runs Falco ${d.falco} (chart ${d.chart}), which refuses to start on an unknown option`,
        help: () => "remove it and use collectors.kubernetes.enabled: true (the k8s-metacollector and the k8smeta plugin, which filter by node)"
      })
    }
  },
  (ctx) => {
    for (const r of ctx.releases) {
      const falco = r.status === "resolved" ? r.runs?.falco.version ?? void 0 : void 0;
      if (!falco || import_semver8.default.lt(falco, "0.37.0")) continue;
      const args = valueAt(r.release.values, ["extra", "args"]);
      for (const arg of args?.kind === "seq" ? args.items : []) {
        if (arg.kind !== "scalar" || typeof arg.value !== "string") continue;
        const m = REMOVED.exec(arg.value.trim());
        if (!m) continue;
        ctx.report({
          span: arg.span,
          messageId: "removed",
          data: { option: m[1], chart: r.installed.version, falco }
        });
      }
    }
  }
);

// src/rules/falco/unknown-chart-version.ts
var unknown_chart_version_default = createRule(
  {
    id: "falco/unknown-chart-version",
    title: "A falco chart version helmvet does not know",
    severity: "info",
    fixable: false,
    references: ["https://github.com/falcosecurity/charts/blob/master/charts/falco/CHANGELOG.md"],
    messages: {
      newer: message({
        title: (d) => `"${d.constraint}" admits no chart version helmvet knows`,
        why: (d) => `it is newer than helmvet's index (newest known ${d.newest}, ${d.date}), so helmvet cannot check what it installs`,
        help: () => "run `helmvet knowledge update` to learn the newer charts from falcosecurity/charts, or update helmvet"
      })
    }
  },
  (ctx) => {
    const newest = ctx.knowledge.newest.version;
    for (const r of ctx.releases) {
      if (r.status === "unknown-version") {
        ctx.report({
          span: r.span,
          messageId: "newer",
          data: { constraint: r.constraint, newest, date: ctx.knowledge.date }
        });
      }
    }
  }
);

// src/rules/falco/unknown-value.ts
var unknown_value_default = createRule(
  {
    id: "falco/unknown-value",
    title: "A values key the chart version in use does not know",
    severity: "warning",
    fixable: false,
    references: [
      "https://github.com/falcosecurity/charts/blob/falco-9.1.0/charts/falco/values.yaml",
      "https://github.com/falcosecurity/falco/blob/0.44.1/userspace/falco/config_json_schema.h"
    ],
    messages: sayingDerivedKeys({
      "unknown-anywhere": message({
        title: (d) => `${code(d.path)} is not a key of any falco chart version`,
        why: (d) => `no version from ${d.oldest} to ${d.newest} has it, so the chart ignores it`,
        help: (d) => didYouMean(d.suggestions) || siblingsText(d.parent, d.siblings) || "remove it"
      }),
      "falco-reads-later": message({
        title: (d) => `${code(d.path)} is not a configuration key of ${falcoShort(d.falco)}`,
        why: (d) => `${falcoPhrase(d.falco, d.chartLabel)}: Falco reads it from ${d.readsFrom}${d.falco.pinned || !d.chartFrom ? "" : ` (chart ${d.chartFrom})`}, so it is ignored here`,
        help: (d) => `${d.falco.pinned ? "Pin a newer Falco" : "Upgrade the chart"} or remove it.${d.suggestions.length ? ` ${didYouMean(d.suggestions, `For ${falcoShort(d.falco)}, did you mean`)}` : ""}`
      }),
      "later-chart": message({
        title: (d) => `${code(d.path)} is not a key of ${d.target}`,
        why: (d) => `it first appears in chart ${d.firstIn}, so ${d.target} ignores it`,
        help: (d) => `Upgrade the chart or remove it.${d.suggestions.length ? ` ${didYouMean(d.suggestions, `For ${d.target}, did you mean`)}` : ""}`
      }),
      "scalar-parent": message({
        title: (d) => `${code(d.path)} is not a key of ${d.target}`,
        why: (d) => `${code(d.parent)} is ${d.type === "bool" ? "a boolean" : "a number"} there, not a map`,
        help: (d) => `write ${d.type === "bool" ? `${code(`${d.parent}: true`)} or ${code(`${d.parent}: false`)}` : code(`${d.parent}: <number>`)}`
      }),
      "not-falco-config": message({
        title: (d) => `${code(d.path)} is not a configuration key of ${falcoShort(d.falco)}`,
        why: (d) => `${falcoPhrase(d.falco, d.chartLabel)}, nor any other chart or Falco version, reads it, so Falco ignores it`,
        help: (d) => didYouMean(d.suggestions) || "remove it"
      }),
      "unknown-here": message({
        title: (d) => `${code(d.path)} is not a key of ${d.target} nor of any other version`,
        why: () => "so the chart ignores it",
        help: (d) => didYouMean(d.suggestions) || siblingsText(d.parent, d.siblings) || "remove it"
      })
    })
  },
  (ctx) => reportValueKeys(
    ctx,
    "unknown",
    (p) => "suggestions" in p.data && p.data.suggestions.length ? `rename it to ${p.data.suggestions[0]}` : `delete ${p.path.join(".")}`
  )
);

// src/load/source.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/load/templates.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { existsSync } from "node:fs";
import { dirname, join, sep } from "node:path";
function chartOfTemplate(absPath, hasChartFile = (dir) => existsSync(join(dir, "Chart.yaml"))) {
  const parts = dirname(absPath).split(sep);
  for (let i = parts.length - 1; i > 0; i--) {
    if (parts[i] !== "templates") continue;
    const chart = parts.slice(0, i).join(sep) || sep;
    if (hasChartFile(chart)) return chart;
  }
  return void 0;
}
var LINE_MARKER = /^[ \t]*(?:-[ \t]+)?\{[{%#]/gm;
function scalarRanges(documents) {
  const out = [];
  for (const doc of documents) {
    (0, import_yaml2.visit)(doc, {
      Scalar(_, node) {
        if ((0, import_yaml2.isScalar)(node) && node.range) out.push([node.range[0], node.range[1]]);
      }
    });
  }
  return out;
}
function textTemplateAt(text, documents) {
  LINE_MARKER.lastIndex = 0;
  let ranges;
  for (let m = LINE_MARKER.exec(text); m; m = LINE_MARKER.exec(text)) {
    const at = m.index + m[0].length - 2;
    ranges ??= scalarRanges(documents);
    if (!ranges.some(([start, end]) => at >= start && at < end)) return at;
  }
  return void 0;
}

// src/load/source.ts
var YAML_OPTIONS = {
  version: "1.1",
  merge: true,
  uniqueKeys: false,
  prettyErrors: false,
  strict: true
};
var MAX_DEPTH = 500;
var MAX_TOKENS = 1e6;
var MAX_DOCUMENTS = 5e4;
function refusalDocument(text, offset, message2) {
  const [doc] = Array.from(new import_yaml3.Composer(YAML_OPTIONS).compose([], true, text.length));
  doc.errors.push(new import_yaml3.YAMLParseError([offset, offset], "RESOURCE_EXHAUSTION", message2));
  return doc;
}
function parseYaml(text, lineCounter) {
  const parser = new import_yaml3.Parser(lineCounter?.addNewLine);
  let refused;
  function* limited() {
    lineCounter?.addNewLine(0);
    let tokens = 0;
    let documents2 = 0;
    for (const lexeme of new import_yaml3.Lexer().lex(text)) {
      const at = parser.offset;
      for (const token of parser.next(lexeme)) {
        if (token.type === "document" && ++documents2 > MAX_DOCUMENTS) {
          refused = {
            reason: "size",
            offset: token.offset,
            message: `more than ${MAX_DOCUMENTS.toLocaleString("en")} YAML documents, over helmvet's limit for one text`
          };
          return;
        }
        yield token;
      }
      if (parser.stack.length - 1 > MAX_DEPTH) {
        refused = {
          reason: "depth",
          offset: at,
          message: `nested deeper than ${MAX_DEPTH} levels; helmvet does not parse it (no Kubernetes tool reads such a file)`
        };
        return;
      }
      if (++tokens > MAX_TOKENS) {
        refused = {
          reason: "size",
          offset: at,
          message: `more than ${MAX_TOKENS.toLocaleString("en")} YAML tokens, over helmvet's limit for one text`
        };
        return;
      }
    }
    yield* parser.end();
  }
  const documents = Array.from(new import_yaml3.Composer(YAML_OPTIONS).compose(limited()));
  return refused ? { documents: [refusalDocument(text, refused.offset, refused.message)], refused } : { documents };
}
function linesOf(text) {
  const lines = new import_yaml3.LineCounter();
  lines.addNewLine(0);
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) lines.addNewLine(at + 1);
  return lines;
}
var keyText = (key) => key.type === "PLAIN" && key.source !== void 0 ? String(key.source) : String(key.value);
function duplicatesOf(doc, document) {
  const out = [];
  (0, import_yaml3.visit)(doc, {
    Map(_, map, ancestors) {
      const seen = /* @__PURE__ */ new Map();
      for (const pair of map.items) {
        if (!(0, import_yaml3.isScalar)(pair.key) || typeof pair.key.value === "symbol" || !pair.key.range) continue;
        const key = keyText(pair.key);
        const prior = seen.get(key);
        if (!prior) {
          seen.set(key, pair);
          continue;
        }
        const path = ancestors.flatMap(
          (a) => (0, import_yaml3.isPair)(a) && (0, import_yaml3.isScalar)(a.key) ? [String(a.key.value)] : (0, import_yaml3.isSeq)(a) ? ["[]"] : []
        );
        const conflicts = (0, import_yaml3.isMap)(prior.value) && (0, import_yaml3.isMap)(pair.value) ? conflictsOf(prior.value, pair.value) : void 0;
        out.push({
          key,
          start: pair.key.range[0],
          end: pair.key.range[1],
          first: prior.key.range[0],
          path,
          document,
          ...conflicts ? { conflicts } : {}
        });
      }
    }
  });
  return out;
}
function conflictsOf(a, b) {
  const text = (n) => (0, import_yaml3.isScalar)(n) ? JSON.stringify(n.value) : String(n);
  const values = new Map(
    a.items.filter((p) => (0, import_yaml3.isScalar)(p.key)).map((p) => [String(p.key.value), text(p.value)])
  );
  return b.items.filter(
    (p) => (0, import_yaml3.isScalar)(p.key) && values.has(String(p.key.value)) && values.get(String(p.key.value)) !== text(p.value)
  ).map((p) => String(p.key.value));
}
function atOpening(doc, e) {
  const quote = e.code === "MISSING_CHAR" && /quote/.test(e.message);
  const flow = e.code === "BAD_INDENT" && /^Flow (?:sequence|map)/.test(e.message);
  if (!quote && !flow) return void 0;
  let open;
  const take = (range, what) => {
    if (range && range[0] < e.pos[0] && range[1] >= e.pos[0] && (!open || range[0] > open.start))
      open = { start: range[0], what };
  };
  (0, import_yaml3.visit)(doc, {
    Scalar(_, n) {
      if (quote && (n.type === "QUOTE_DOUBLE" || n.type === "QUOTE_SINGLE"))
        take(
          n.range,
          n.type === "QUOTE_DOUBLE" ? 'this " opens a string that is never closed' : "this ' opens a string that is never closed"
        );
    },
    Seq(_, n) {
      if (flow && n.flow) take(n.range, "this [ opens a flow sequence that is never closed with ]");
    },
    Map(_, n) {
      if (flow && n.flow) take(n.range, "this { opens a flow map that is never closed with }");
    }
  });
  return open ? { start: open.start, end: open.start + 1, message: open.what, code: e.code } : void 0;
}
var syntaxErrorsOf = (doc) => doc.errors.map((e) => atOpening(doc, e) ?? { start: e.pos[0], end: e.pos[1], message: e.message, code: e.code });
function unparsed(path, absPath, text, bom, more2) {
  return {
    path,
    absPath,
    text,
    bom,
    eol: eolOf(text),
    documents: [],
    errors: [],
    documentRanges: [],
    duplicates: [],
    lines: linesOf(text),
    sensitive: false,
    ...more2
  };
}
var eolOf = (text) => /\r\n/.test(text.slice(0, 4096)) ? "\r\n" : "\n";
function parseSource(path, absPath, raw, template) {
  const bom = raw.charCodeAt(0) === 65279;
  const text = bom ? raw.slice(1) : raw;
  if (template) return unparsed(path, absPath, text, bom, { template });
  const parsedLines = new import_yaml3.LineCounter();
  const { documents, refused } = parseYaml(text, parsedLines);
  const marker = refused ? void 0 : textTemplateAt(text, documents);
  if (marker !== void 0)
    return unparsed(path, absPath, text, bom, { template: { renderedBy: "text", offset: marker } });
  return {
    path,
    absPath,
    text,
    bom,
    eol: eolOf(text),
    documents,
    errors: documents.flatMap(syntaxErrorsOf),
    documentRanges: documents.map((d) => [d.range[0], d.range[2]]),
    duplicates: documents.flatMap((d, i) => duplicatesOf(d, i)),
    lines: refused ? linesOf(text) : parsedLines,
    sensitive: false,
    ...refused?.reason === "size" ? { overLimit: refused.message } : {}
  };
}
function positionAt(file, offset) {
  const { line, col } = file.lines.linePos(Math.max(0, Math.min(offset, file.text.length)));
  return { line, column: col };
}
var withBom = (file, text) => file.bom ? `\uFEFF${text}` : text;
var fileLine = (file, offset) => `${file.path}:${positionAt(file, offset).line}`;
function lineText(file, line) {
  const starts = file.lines.lineStarts;
  const start = starts[line - 1] ?? file.text.length;
  const next = starts[line] ?? file.text.length;
  return file.text.slice(start, next).replace(/\r?\n$/, "");
}

// src/resolve/advisory-conditions.ts
function holds(c, input) {
  if ("any" in c) return c.any.some((x) => holds(x, input));
  if ("driver" in c) return !!input.driver && c.driver.includes(input.driver);
  const written = scalarAt(input.values, c.key.split("."));
  const value = written && written.value !== null ? written.value : c.default;
  return value === c.is;
}
function advisoryApplies(advisory, input, kernelOf = talosKernel) {
  if (advisory.drivers && (!input.driver || !advisory.drivers.includes(input.driver))) return void 0;
  if ((advisory.plugins || advisory.values) && !input.chartValues) return void 0;
  for (const plugin of advisory.plugins ?? []) {
    const loaded = plugin === "container" ? containerPluginLoaded(input.values, input.chart) : k8smetaPluginLoaded(input.values, input.chart);
    if (!loaded) return void 0;
  }
  if (advisory.values && !advisory.values.every((c) => holds(c, input))) return void 0;
  const clauses = [];
  if (advisory.kernelRange) {
    const met = input.talos.talconfigs.find((tc) => {
      const kernel = kernelOf(tc.talosVersion.version);
      return kernel && advisory.kernelRange.check(kernel);
    });
    if (!met) return void 0;
    const at = met.talosVersion.node?.span ?? met.root.span;
    clauses.push(
      `on Talos ${met.talosVersion.version}, Linux ${kernelOf(met.talosVersion.version)} (${fileLine(at.file, at.start)})`
    );
  }
  if (advisory.nodeNamePattern) {
    const pattern = advisory.nodeNamePattern;
    const node = input.talos.talconfigs.flatMap((tc) => tc.nodes).find((n) => pattern.test(n.hostname));
    if (!node) return void 0;
    const at = node.root.entries.get("hostname")?.value.span ?? node.root.span;
    clauses.push(`on node ${node.hostname} (${fileLine(at.file, at.start)})`);
  }
  return clauses.map((c) => ` ${c}`).join("");
}

// src/rules/falco/version-advisory.ts
var ADVISORIES_URL = "https://github.com/helmvet/helmvet/tree/main/src/knowledge/advisories";
function advisoryTable(advisories) {
  const conditions = (a) => [
    a.drivers && `driver ${a.drivers.join(" or ")}`,
    a.plugins && `the chart loads the ${a.plugins.join(" and ")} plugin`,
    a.values && "values as its file says",
    a.kernel && `Linux ${a.kernel}, where a talconfig tells the kernel`,
    a.nodeNames && "a node name a talconfig gives matches"
  ].filter(Boolean).join("; ") || "none";
  const rows = advisories.map(
    (a) => `| ${shortRef(a.references[0])}: ${a.title} | ${COMPONENT_NAME[a.component]} ${a.affected.map((x) => x.range).join(", ")} | ${a.fixedIn} | ${conditions(a)} | ${a.severity ?? "error"} |`
  );
  return [
    "",
    "## The advisories this helmvet knows",
    "",
    "| advisory | affected | fixed in | condition | severity |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
    "",
    ...advisories.map((a) => `- ${shortRef(a.references[0])}: ${a.references.join(", ")}`),
    ""
  ].join("\n");
}
var COMPONENT_NAME = {
  chart: "chart",
  falco: "Falco",
  "plugin:container": "container plugin",
  "plugin:k8smeta": "k8smeta plugin"
};
var pluginOf = (a) => a.component === "plugin:container" ? "container" : a.component === "plugin:k8smeta" ? "k8smeta" : void 0;
function componentOf(advisory, chart, runs2) {
  switch (advisory.component) {
    case "chart":
      return chart.version;
    case "falco":
      return runs2.falco.version ?? void 0;
    case "plugin:container":
      return runs2.container.loaded && !runs2.container.userRef ? runs2.container.version ?? void 0 : void 0;
    case "plugin:k8smeta":
      return runs2.k8smeta.loaded && !runs2.k8smeta.userRef ? runs2.k8smeta.version ?? void 0 : void 0;
  }
}
function firstFixedChart(advisory, knowledge) {
  const charts = knowledge.charts.filter((c) => !c.prerelease);
  let last = -1;
  charts.forEach((c, i) => {
    const v = defaultComponent(advisory, c);
    if (v && advisory.affects(v)) last = i;
  });
  if (last < 0) return void 0;
  return charts.slice(last + 1).find((c) => {
    const v = defaultComponent(advisory, c);
    return !!v && !advisory.affects(v);
  });
}
function defectData(advisory, effect2, knowledge) {
  const first = advisory.component === "chart" ? void 0 : firstFixedChart(advisory, knowledge);
  return {
    advisory: advisory.id,
    ref: shortRef(advisory.references[0]),
    name: advisory.title,
    component: COMPONENT_NAME[advisory.component],
    when: advisory.when ?? null,
    effect: effect2,
    fixedIn: advisory.fixedIn,
    firstFixedChart: first?.version ?? null,
    action: advisory.action
  };
}
var defect = (d) => `${d.when ? `${d.when}, ` : ""}it ${d.effect} (${d.ref})`;
var fixed = (d) => `Fixed in ${d.component} ${d.fixedIn}${d.firstFixedChart ? `, first in chart ${d.firstFixedChart}` : ""}`;
function span(list2) {
  const first = list2[0].version;
  const last = list2[list2.length - 1].version;
  return first === last ? first : `${first} to ${last}`;
}
function severityOf(advisory, cap = "error") {
  const own = advisory.severity ?? "error";
  return severityRank[own] <= severityRank[cap] ? own : cap;
}
function runs(d) {
  if (d.component === "chart") return `chart ${d.chart}`;
  if (d.component === "Falco")
    return d.falcoPinned ? `chart ${d.chart} with image.tag pinning Falco ${d.version}` : `chart ${d.chart}, which deploys Falco ${d.version}`;
  return `chart ${d.chart} (Falco ${d.falco ?? "of the image.tag pin"}), which runs ${d.component} ${d.version}`;
}
var messages3 = {
  installed: message({
    title: (d) => `"${d.constraint}" ${d.pins ? "pins" : "installs"} ${d.component} ${d.version}, affected by ${d.ref}`,
    why: (d) => `"${d.constraint}" ${d.pins ? "pins" : "resolves to"} ${runs(d)}${d.condition}${d.openAbove ? ` as far as helmvet knows (newest known ${d.newest}; the range admits newer)` : ""}: ${defect(d)}`,
    help: (d) => `${fixed(d)}: ${d.action}`
  }),
  admitted: message({
    title: (d) => `"${d.constraint}" also admits chart ${d.affected}, affected by ${d.ref}`,
    why: (d) => `it installs chart ${d.installed} today, but a stale or mirrored index would install one of those, which ${d.count === 1 ? "has" : "have"} the defect "${d.name}"`,
    help: (d) => `${fixed(d)}: raise the lower bound past the affected versions`
  }),
  pinned: message({
    title: (d) => `${d.component} ${d.version} is pinned here, affected by ${d.ref}`,
    why: (d) => `${d.condition ? `${d.condition.trim()}: ` : ""}${defect(d)}`,
    help: (d) => `${fixed(d)}: ${d.action}`
  }),
  imageTag: message({
    title: (d) => `image.tag pins Falco ${d.falco}, affected by ${d.ref}`,
    why: (d) => `chart ${d.chart} would deploy Falco ${d.chartFalco}, but image.tag runs Falco ${d.falco}${d.condition}: ${defect(d)}`,
    help: (d) => `Fixed in Falco ${d.fixedIn}: pin image.tag to ${d.fixedIn} or newer, or remove the pin`
  }),
  image: message({
    title: (d) => `Falco ${d.falco} from image ${d.image} is affected by ${d.ref}`,
    why: (d) => `${d.workload} runs it without the falco chart${d.condition}: ${defect(d)}`,
    help: (d) => `Fixed in Falco ${d.fixedIn}: use a Falco ${d.fixedIn} or newer image tag`
  })
};
var admittedRuns = /* @__PURE__ */ new WeakMap();
function runsAt(r, chart) {
  let byChart = admittedRuns.get(r);
  if (!byChart) admittedRuns.set(r, byChart = /* @__PURE__ */ new Map());
  let runs2 = byChart.get(chart);
  if (!runs2) byChart.set(chart, runs2 = runsOf(r.release.values, chart));
  return runs2;
}
function checkRelease(ctx, r, advisory) {
  const values = r.release.values;
  const installed = r.installed;
  const running = r.runs;
  if (!installed || !running || r.status !== "resolved") return;
  const where2 = advisoryApplies(advisory, {
    values,
    chart: installed,
    driver: running.driver?.kind,
    chartValues: true,
    talos: ctx.model.talos
  });
  if (where2 === void 0) return;
  const v = componentOf(advisory, installed, running);
  const effect2 = v ? advisory.affects(v) : void 0;
  const tag = advisory.component === "falco" && running.falco.pinned ? scalarAt(values, ["image", "tag"]) : void 0;
  if (effect2 && v && tag) {
    ctx.report({
      span: tag.span,
      severity: severityOf(advisory),
      messageId: "imageTag",
      data: {
        ...defectData(advisory, effect2, ctx.knowledge),
        chart: installed.version,
        chartFalco: installed.falco,
        falco: v,
        condition: where2
      },
      references: advisory.references
    });
    return;
  }
  if (effect2 && v) {
    ctx.report({
      span: r.span,
      severity: severityOf(advisory, r.openAbove ? "warning" : "error"),
      messageId: "installed",
      data: {
        ...defectData(advisory, effect2, ctx.knowledge),
        constraint: r.constraint,
        pins: r.exact,
        chart: installed.version,
        falco: running.falco.version,
        falcoPinned: running.falco.pinned,
        version: v,
        condition: where2,
        openAbove: r.openAbove,
        newest: ctx.knowledge.newest.version
      },
      references: advisory.references
    });
    return;
  }
  if (r.exact || r.anyMajor || severityOf(advisory) === "info") return;
  const componentAt = (c) => {
    const there = runsAt(r, c);
    const cv = componentOf(advisory, c, there);
    return cv !== void 0 && advisory.affects(cv) !== void 0 && advisoryApplies(advisory, {
      values,
      chart: c,
      driver: there.driver?.kind,
      chartValues: true,
      talos: ctx.model.talos
    }) !== void 0 ? cv : void 0;
  };
  const affected = r.admitted.flatMap((c) => {
    const cv = componentAt(c);
    return cv === void 0 ? [] : [{ chart: c, version: cv }];
  });
  if (affected.length === 0) return;
  const bad = affected.map((a) => a.chart);
  const firstBad = affected[0].version;
  ctx.report({
    span: r.span,
    severity: "info",
    messageId: "admitted",
    data: {
      ...defectData(advisory, advisory.affects(firstBad), ctx.knowledge),
      constraint: r.constraint,
      installed: installed.version,
      affected: span(bad),
      count: bad.length
    },
    references: advisory.references
  });
}
function checkUserRefs(ctx, values, chart, advisory) {
  const plugin = pluginOf(advisory);
  if (!plugin) return;
  const loaded = plugin === "container" ? containerPluginLoaded(values, chart) : k8smetaPluginLoaded(values, chart);
  if (!loaded) return;
  const refs = userPluginRefs(values, plugin);
  if (refs.length === 0) return;
  const where2 = advisoryApplies(advisory, {
    values,
    chart,
    driver: effectiveDriver(values, chart)?.kind,
    chartValues: true,
    talos: ctx.model.talos
  });
  if (where2 === void 0) return;
  for (const ref of refs) {
    const tag = pluginTag(String(ref.value), plugin);
    const effect2 = tag ? advisory.affects(tag) : void 0;
    if (!effect2 || !tag) continue;
    ctx.report({
      span: ref.span,
      severity: severityOf(advisory),
      messageId: "pinned",
      data: { ...defectData(advisory, effect2, ctx.knowledge), version: tag, condition: where2 },
      references: advisory.references
    });
  }
}
function checkImage(ctx, img, advisory) {
  if (advisory.component !== "falco" || !img.falco) return;
  const effect2 = advisory.affects(img.falco);
  const where2 = effect2 ? advisoryApplies(advisory, {
    values: void 0,
    chart: void 0,
    driver: void 0,
    chartValues: false,
    talos: ctx.model.talos
  }) : void 0;
  if (!effect2 || where2 === void 0) return;
  ctx.report({
    span: img.image.span,
    severity: severityOf(advisory),
    messageId: "image",
    data: {
      ...defectData(advisory, effect2, ctx.knowledge),
      workload: img.image.title,
      falco: img.falco,
      image: img.image.image,
      condition: where2
    },
    references: advisory.references
  });
}
var version_advisory_default = createRule(
  {
    id: "falco/version-advisory",
    title: "A release installs a chart, Falco or plugin version with a known defect",
    severity: "error",
    fixable: false,
    // Each finding carries its advisory's own sources; the rule rests on the advisories, one data file each.
    references: [ADVISORIES_URL],
    // Kernel and node-name conditions are decided on the Talos configs the release meets.
    reads: [{ read: "talos-configs", when: "falco-release" }],
    explainFromData: () => advisoryTable(loadAdvisories()),
    messages: messages3
  },
  (ctx) => {
    for (const advisory of ctx.knowledge.advisories) {
      for (const r of ctx.releases) {
        checkRelease(ctx, r, advisory);
        checkUserRefs(ctx, r.release.values, r.installed, advisory);
      }
      for (const s of ctx.model.standaloneValues) checkUserRefs(ctx, s.values, void 0, advisory);
      for (const img of ctx.images) checkImage(ctx, img, advisory);
    }
  }
);

// src/knowledge/flux.ts
var import_semver9 = __toESM(require_semver(), 1);
var HELMRELEASE_APIS = {
  "helm.toolkit.fluxcd.io/v2alpha1": {
    since: "0.0.13",
    removedIn: "0.1.0",
    removedInController: "0.1.0",
    successor: "helm.toolkit.fluxcd.io/v2beta1"
  },
  "helm.toolkit.fluxcd.io/v2beta1": {
    since: "0.1.0",
    deprecatedIn: "2.2.0",
    removedIn: "2.7.0",
    removedInController: "1.4.0",
    successor: "helm.toolkit.fluxcd.io/v2"
  },
  "helm.toolkit.fluxcd.io/v2beta2": {
    since: "2.2.0",
    deprecatedIn: "2.3.0",
    removedIn: "2.8.0",
    removedInController: "1.5.0",
    successor: "helm.toolkit.fluxcd.io/v2"
  },
  "helm.toolkit.fluxcd.io/v2": { since: "2.3.0", successor: "helm.toolkit.fluxcd.io/v2" }
};
var HELM_OPERATOR_API = "helm.fluxcd.io/v1";
var FLUX_RELEASES = [
  ..."0.1.8 0.2.6 0.3.0 0.4.3 0.5.9 0.6.3 0.7.7 0.8.2 0.9.1 0.10.0 0.11.0 0.12.3 0.13.4 0.14.2 0.15.3 0.16.2 0.17.2 0.18.3 0.19.1 0.20.1".split(
    " "
  ),
  ..."0.21.1 0.22.1 0.23.0 0.24.1 0.25.3 0.26.3 0.27.4 0.28.5 0.29.5 0.30.2 0.31.5 0.32.0 0.33.0 0.34.0 0.35.0 0.36.0 0.37.0 0.38.3".split(
    " "
  ),
  ..."0.39.0 0.40.2 0.41.2 2.0.1 2.1.2 2.2.3 2.3.0 2.4.0 2.5.1 2.6.4 2.7.5 2.8.8 2.9.4".split(" ")
];
var NEWEST_FLUX = FLUX_RELEASES[FLUX_RELEASES.length - 1];
var FLUX_MIGRATE_SINCE = "2.7.0";
function serving(apiVersion, flux = NEWEST_FLUX) {
  if (apiVersion === HELM_OPERATOR_API) return "never";
  const api = HELMRELEASE_APIS[apiVersion];
  if (!api) return "never";
  if (import_semver9.default.lt(flux, api.since)) return "not-yet";
  if (api.removedIn && import_semver9.default.gte(flux, api.removedIn)) return "removed";
  if (api.deprecatedIn && import_semver9.default.gte(flux, api.deprecatedIn)) return "deprecated";
  return "current";
}
var isCurrentHelmReleaseApi = (apiVersion) => serving(apiVersion) === "current";
var FLUX2_CHART_FLUX = [
  ["0.0.1", "0.20.1"],
  ["0.3.0", "0.21.1"],
  ["0.4.0", "0.23.0"],
  ["0.6.0", "0.24.0"],
  ["0.9.0", "0.25.3"],
  ["0.11.0", "0.26.1"],
  ["0.13.0", "0.27.0"],
  ["0.15.0", "0.28.3"],
  ["0.17.0", "0.29.1"],
  ["0.19.0", "0.30.2"],
  ["0.20.0", "0.31.1"],
  ["1.1.0", "0.32.0"],
  ["1.2.0", "0.33.0"],
  ["1.5.0", "0.34.0"],
  ["1.6.0", "0.35.0"],
  ["1.7.0", "0.36.0"],
  ["2.1.0", "0.37.0"],
  ["2.6.0", "0.39.0"],
  ["2.7.0", "0.41.1"],
  ["2.8.0", "2.0.0-rc.3"],
  ["2.9.0", "2.0.0"],
  ["2.10.0", "2.1.0"],
  ["2.12.0", "2.2.0"],
  ["2.13.0", "2.3.0"],
  ["2.14.0", "2.4.0"],
  ["2.15.0", "2.5.1"],
  ["2.16.0", "2.6.1"],
  ["2.17.0", "2.7.2"],
  ["2.18.0", "2.8.1"]
];
var FLUX2_CHART_NEWEST = "2.18.3";
function fluxOfChart(chart) {
  if (!import_semver9.default.valid(chart) || import_semver9.default.gt(chart, FLUX2_CHART_NEWEST)) return void 0;
  let flux;
  for (const [from, f] of FLUX2_CHART_FLUX) if (import_semver9.default.gte(chart, from)) flux = f;
  return flux;
}

// src/rules/flux/removed-api.ts
var uses = (d) => `${d.release} uses ${d.apiVersion}`;
var removed_api_default = createRule(
  {
    id: "flux/removed-api",
    title: "A HelmRelease apiVersion that the Flux in use no longer serves, or deprecates",
    severity: "error",
    fixable: false,
    references: [
      "https://github.com/fluxcd/helm-controller/blob/main/CHANGELOG.md",
      "https://github.com/fluxcd/flux2/pull/5473"
    ],
    reads: [
      { read: "falco-releases", when: "old-helmrelease-api" },
      { read: "flux-pins", when: "flux-falco-release" }
    ],
    messages: {
      helmOperator: message({
        title: (d) => `${uses(d)}, the API of Flux v1's Helm Operator`,
        why: () => "Flux v2's helm-controller never served it: the release is not reconciled",
        help: () => "move to helm.toolkit.fluxcd.io/v2 (spec.chart becomes spec.chart.spec with a HelmRepository sourceRef)"
      }),
      removed: message({
        title: (d) => `${uses(d)}, which Flux ${d.removedIn} removed`,
        why: (d) => d.runs ? `this repository runs ${d.runs}: helm-controller ${d.controller} and newer reject it, so the release is no longer reconciled` : `a cluster on Flux ${d.removedIn} or newer (helm-controller ${d.controller}; the newest is ${d.newest}) rejects it and the release is no longer reconciled; helmvet found no statement of the Flux version in this repository`,
        help: (d) => d.runs ? `change apiVersion to ${d.successor}` : `move to ${d.successor} and run \`flux migrate\` for objects already stored in the cluster`
      }),
      deprecated: message({
        title: (d) => `${uses(d)}, deprecated since Flux ${d.deprecatedIn}`,
        why: (d) => `${d.runs ? `this repository runs ${d.runs}, which still serves it` : "the Flux in use still serves it"}, but the upgrade to Flux ${d.removedIn} stops reconciling this release`,
        help: (d) => `change apiVersion to ${d.successor}, and before upgrading Flux run \`flux migrate\` (flux CLI ${d.migrateSince} or newer) to move the objects the cluster stores`
      }),
      notYet: message({
        title: (d) => `${uses(d)}, which Flux ${d.since} introduced`,
        why: (d) => `${d.runs ? `this repository runs ${d.runs}` : "the Flux in use is older"}: the cluster does not know this API, so the release is not applied`,
        help: (d) => `use ${d.served ?? "the apiVersion that Flux serves"}, or upgrade Flux first`
      })
    }
  },
  (ctx) => {
    const seen = /* @__PURE__ */ new Set();
    for (const r of ctx.releases) {
      const { release, api } = r;
      if (!api || seen.has(release.object)) continue;
      seen.add(release.object);
      const span2 = entryAt(release.object.root, ["apiVersion"])?.value.span ?? release.object.anchor;
      const base = { release: release.title, apiVersion: release.apiVersion, runs: api.flux?.label ?? null };
      const lifecycle = HELMRELEASE_APIS[release.apiVersion];
      switch (api.serving) {
        case "never":
          if (release.apiVersion === HELM_OPERATOR_API) ctx.report({ span: span2, messageId: "helmOperator", data: base });
          break;
        case "removed":
          ctx.report({
            span: span2,
            messageId: "removed",
            data: {
              ...base,
              removedIn: lifecycle.removedIn,
              controller: lifecycle.removedInController,
              successor: lifecycle.successor,
              newest: NEWEST_FLUX
            }
          });
          break;
        case "deprecated":
          ctx.report({
            span: span2,
            severity: "warning",
            messageId: "deprecated",
            data: {
              ...base,
              deprecatedIn: lifecycle.deprecatedIn,
              removedIn: lifecycle.removedIn,
              successor: lifecycle.successor,
              migrateSince: FLUX_MIGRATE_SINCE
            }
          });
          break;
        case "not-yet":
          ctx.report({
            span: span2,
            messageId: "notYet",
            data: {
              ...base,
              since: lifecycle.since,
              served: Object.keys(HELMRELEASE_APIS).find((a) => serving(a, api.flux?.version) === "current") ?? null
            }
          });
          break;
        case "current":
          break;
      }
    }
  }
);

// src/rules/flux/removed-field.ts
var removed_field_default = createRule(
  {
    id: "flux/removed-field",
    title: "A HelmRelease field that the v2 API removed",
    severity: "error",
    fixable: false,
    references: ["https://github.com/fluxcd/helm-controller/blob/main/CHANGELOG.md#100"],
    messages: {
      valuesFile: message({
        title: () => "spec.chart.spec.valuesFile was removed in helm.toolkit.fluxcd.io/v2",
        why: () => "the API server drops it, so that values file is not used",
        help: () => "write it as `valuesFiles: [<file>]`"
      }),
      postRendererPatches: message({
        title: (d) => `postRenderers kustomize.${d.field} was removed in helm.toolkit.fluxcd.io/v2`,
        why: () => "the API server drops it, so those patches are not applied",
        help: () => "write them under kustomize.patches"
      })
    }
  },
  (ctx) => {
    const seen = /* @__PURE__ */ new Set();
    for (const { release } of ctx.releases) {
      if (release.apiVersion !== "helm.toolkit.fluxcd.io/v2" || seen.has(release.object)) continue;
      seen.add(release.object);
      const root = release.object.root;
      const valuesFile = entryAt(root, ["spec", "chart", "spec", "valuesFile"]);
      if (valuesFile) ctx.report({ span: valuesFile.keySpan, messageId: "valuesFile", data: {} });
      const postRenderers = valueAt(root, ["spec", "postRenderers"]);
      for (const item of postRenderers?.kind === "seq" ? postRenderers.items : []) {
        for (const field of ["patchesJson6902", "patchesStrategicMerge"]) {
          const e = entryAt(item, ["kustomize", field]);
          if (e) ctx.report({ span: e.keySpan, messageId: "postRendererPatches", data: { field } });
        }
      }
    }
  }
);

// src/model/consumers.ts
import { basename, dirname as dirname3, resolve as resolve2 } from "node:path";

// src/model/kustomize.ts
import { dirname as dirname2 } from "node:path";

// src/model/files.ts
import { resolve } from "node:path";

// src/model/layers.ts
var import_yaml4 = __toESM(require_dist(), 1);
var newSink = () => ({ unresolved: [], embeddedErrors: [], read: [], readBy: /* @__PURE__ */ new Map() });
function owning(sink, owner, build) {
  const unresolved = sink.unresolved.length;
  const read = sink.read.length;
  const out = build();
  for (const u of sink.unresolved.slice(unresolved)) u.owner ??= owner;
  if (sink.read.length > read) sink.readBy.set(owner, [...sink.readBy.get(owner) ?? [], ...sink.read.slice(read)]);
  return out;
}
var isSopsEncrypted = (doc) => {
  const sops = (0, import_yaml4.isMap)(doc.contents) ? doc.contents.get("sops") : void 0;
  return (0, import_yaml4.isMap)(sops) && (sops.has("mac") || sops.has("lastmodified"));
};
function layerOf(label, parsed, sink, where2, embedded) {
  if (!embedded) sink.read.push(parsed.at.file);
  const doc = parsed.documents.find((d) => d.contents !== null || d.errors.length > 0);
  if (!doc) return void 0;
  const refused = doc.errors.find((e) => e.code === "RESOURCE_EXHAUSTION");
  if (refused) {
    sink.unresolved.push({ span: where2, why: { reason: "not-analysed", label, limit: refused.message } });
    return void 0;
  }
  if (doc.errors.length > 0) {
    const [first] = syntaxErrorsOf(doc).sort((a, b) => a.start - b.start);
    if (embedded && first)
      sink.embeddedErrors.push({
        span: parsed.at.span(first.start, Math.max(first.start + 1, first.end)),
        message: first.message.split("\n")[0] ?? first.message
      });
    else sink.unresolved.push({ span: where2, why: { reason: "not-yaml", label } });
    return void 0;
  }
  const encrypted = isSopsEncrypted(doc) || (0, import_yaml4.isScalar)(doc.contents) && typeof doc.contents.value === "string" && doc.contents.value.startsWith("ENC[");
  if (encrypted) {
    sink.unresolved.push({ span: where2, why: { reason: "encrypted", label } });
    return void 0;
  }
  if (!(0, import_yaml4.isMap)(doc.contents)) {
    sink.unresolved.push({ span: where2, why: { reason: "not-a-map", label } });
    return void 0;
  }
  try {
    return { label, values: toValues(doc.contents, doc, parsed.at), file: parsed.at.file };
  } catch (e) {
    if (!(e instanceof ValuesTooLargeError)) throw e;
    sink.unresolved.push({ span: where2, why: { reason: "not-analysed", label, limit: e.message } });
    return void 0;
  }
}

// src/model/files.ts
function valuesFileLayer(store, baseDir, path, where2, sink, label = path) {
  const abs = baseDir === void 0 ? store.fromRoot(path) : resolve(baseDir, path);
  if (!store.isInsideRoot(abs)) {
    sink.unresolved.push({ span: where2, why: { reason: "outside", path } });
    return void 0;
  }
  const file = store.load(abs);
  if (!file) {
    sink.unresolved.push({ span: where2, why: { reason: "values-file", path, present: store.isPresent(abs) } });
    return void 0;
  }
  if (file.template) {
    sink.unresolved.push({
      span: where2,
      why: { reason: "values-template", path, renderedBy: file.template.renderedBy }
    });
    return void 0;
  }
  return layerOf(label, { documents: file.documents, at: fileLocator(file) }, sink, where2, false);
}

// src/model/objects.ts
var import_yaml5 = __toESM(require_dist(), 1);
var MODELLED = {
  "helm.toolkit.fluxcd.io": /* @__PURE__ */ new Set(["HelmRelease"]),
  "helm.fluxcd.io": /* @__PURE__ */ new Set(["HelmRelease"]),
  "source.toolkit.fluxcd.io": /* @__PURE__ */ new Set(["HelmRepository", "OCIRepository", "HelmChart", "GitRepository", "Bucket"]),
  "argoproj.io": /* @__PURE__ */ new Set(["Application"]),
  "kustomize.config.k8s.io": /* @__PURE__ */ new Set(["Kustomization"]),
  "fluxcd.controlplane.io": /* @__PURE__ */ new Set(["FluxInstance"]),
  "": /* @__PURE__ */ new Set(["ConfigMap", "Secret"])
};
var WORKLOADS = {
  apps: /* @__PURE__ */ new Set(["DaemonSet", "Deployment", "StatefulSet"]),
  "": /* @__PURE__ */ new Set(["Pod"])
};
var FALCO_IMAGE_TEXT = /falcosecurity\/falco(?:-no-driver)?(?![\w-])/;
function modelled(doc, falcoImage) {
  const kind = doc.get("kind");
  const apiVersion = doc.get("apiVersion");
  if (kind === void 0) return true;
  if (typeof kind !== "string" || typeof apiVersion !== "string") return false;
  return !!MODELLED[apiGroup(apiVersion)]?.has(kind) || falcoImage && !!WORKLOADS[apiGroup(apiVersion)]?.has(kind);
}
var VALUES_READ = /* @__PURE__ */ new Set(["falco", "flux-instance"]);
function prunedPaths(doc, falcoImage) {
  if (doc.get("kind") !== "HelmRelease" || falcoImage) return [];
  const chart = doc.getIn(["spec", "chart", "spec", "chart"]) ?? doc.getIn(["spec", "chart", "name"]);
  return typeof chart === "string" && !VALUES_READ.has(chart) ? [["spec", "values"]] : [];
}
function documentTrees(file, issues) {
  const out = [];
  const falcoImage = FALCO_IMAGE_TEXT.test(file.text);
  for (const doc of file.documents) {
    if (doc.errors.length > 0 || !(0, import_yaml5.isMap)(doc.contents) || !modelled(doc, falcoImage)) continue;
    try {
      const root = toValues(doc.contents, doc, fileLocator(file), prunedPaths(doc, falcoImage));
      if (root.kind === "map") out.push(root);
    } catch (e) {
      if (!(e instanceof ValuesTooLargeError)) throw e;
      const range = doc.contents.range;
      issues.push({
        span: { file, start: range[0], end: range[0] },
        why: { reason: "not-analysed", label: "document", limit: `${e.message} (a YAML alias bomb?)` }
      });
    }
  }
  return out;
}
function asObject(file, root) {
  const apiVersion = stringAt(root, ["apiVersion"]);
  const kindEntry = root.entries.get("kind");
  const kind = kindEntry?.value.kind === "scalar" ? kindEntry.value.value : void 0;
  if (typeof kind !== "string" || !kindEntry) return void 0;
  return {
    apiVersion: apiVersion ?? "",
    kind,
    name: stringAt(root, ["metadata", "name"]),
    namespace: stringAt(root, ["metadata", "namespace"]),
    file,
    root,
    anchor: kindEntry.value.span
  };
}
var apiGroup = (apiVersion) => apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";

// src/model/version-ref.ts
function versionRef(node, anchor, field, kind = "constraint") {
  const raw = node && node.value !== null ? typeof node.value === "string" ? node.value : node.source : void 0;
  return { raw, node, anchor, field, kind };
}

// src/model/kustomize.ts
var isKustomization = (o) => o.kind === "Kustomization" && apiGroup(o.apiVersion) === "kustomize.config.k8s.io";
function kustomizeReleases(objects, store, sink) {
  const releases = [];
  for (const k of objects) {
    if (!isKustomization(k)) continue;
    const charts = valueAt(k.root, ["helmCharts"]);
    const dir = dirname2(k.file.absPath);
    for (const entry of charts?.kind === "seq" ? charts.items : []) {
      const nameNode = scalarAt(entry, ["name"]);
      if (!nameNode || typeof nameNode.value !== "string") continue;
      const repo = stringAt(entry, ["repo"]);
      const layers = [];
      owning(sink, k, () => {
        const file = scalarAt(entry, ["valuesFile"]);
        if (file && typeof file.value === "string") {
          const layer = valuesFileLayer(store, dir, file.value, file.span, sink);
          if (layer) layers.push(layer);
        }
        const more2 = valueAt(entry, ["additionalValuesFiles"]);
        for (const f of more2?.kind === "seq" ? more2.items : []) {
          if (f.kind !== "scalar" || typeof f.value !== "string") continue;
          const layer = valuesFileLayer(store, dir, f.value, f.span, sink);
          if (layer) layers.push(layer);
        }
      });
      const inline = valueAt(entry, ["valuesInline"]);
      if (inline?.kind === "map") layers.push({ label: "valuesInline", values: inline, file: k.file });
      const versionNode = scalarAt(entry, ["version"]);
      releases.push({
        tool: "kustomize",
        title: `helmCharts ${nameNode.value}${stringAt(entry, ["releaseName"]) ? ` (release ${stringAt(entry, ["releaseName"])})` : ""}`,
        apiVersion: k.apiVersion,
        object: k,
        chart: {
          name: nameNode.value,
          span: nameNode.span,
          repoUrl: repo,
          sourceKind: repo ? repo.startsWith("oci://") ? "oci" : "helm" : "unknown"
        },
        version: versionRef(versionNode, nameNode.span, "version"),
        layers,
        values: layers.reduce((acc, l) => mergeValues(acc, l.values), void 0)
      });
    }
  }
  return releases;
}

// src/model/consumers.ts
var KUSTOMIZATION_FILES = /* @__PURE__ */ new Set([
  "kustomization.yaml",
  "kustomization.yml",
  "Kustomization"
]);
var isKustomizationFile = (absPath) => KUSTOMIZATION_FILES.has(basename(absPath));
var isRemote = (path) => /^[a-z][a-z0-9+.-]*:\/\//i.test(path) || /^(?:github\.com|gitlab\.com|bitbucket\.org)\//.test(path) || path.startsWith("git@");
var stringOf = (node) => node?.kind === "scalar" && typeof node.value === "string" && node.value !== "" ? node.value : void 0;
function* pathsIn(list2, field) {
  for (const item of list2?.kind === "seq" ? list2.items : []) {
    const node = field ? valueAt(item, [field]) : item;
    const path = stringOf(node);
    if (path && node && !isRemote(path)) yield { path, span: node.span };
  }
}
var Consumers = class {
  byFile = /* @__PURE__ */ new Map();
  /** `readBy`: the values files each release object read (model/layers.ts), usable or not. */
  constructor(objects, releases, readBy) {
    for (const k of objects) if (isKustomization(k)) this.kustomization(k);
    for (const release of releases) {
      if (release.tool === "kustomize") continue;
      for (const file of readBy.get(release.object) ?? [])
        if (file !== release.object.file) this.add(file.absPath, { tool: "helm", as: "values", title: release.title });
    }
  }
  /** The tools that read a file, in the order the repository names them; empty when helmvet cannot tell. */
  of(absPath) {
    return this.byFile.get(absPath) ?? [];
  }
  add(absPath, c) {
    const list2 = this.byFile.get(absPath);
    if (!list2) this.byFile.set(absPath, [c]);
    else if (!list2.some(
      (x) => x.tool === c.tool && x.as === c.as && (x.tool === "helm" ? x.title === c.title : x.by === c.by)
    ))
      list2.push(c);
  }
  kustomization(k) {
    const at = (path) => resolve2(dirname3(k.file.absPath), path);
    for (const field of ["resources", "crds", "components", "bases"]) {
      for (const { path, span: span2 } of pathsIn(valueAt(k.root, [field])))
        this.add(at(path), { tool: "kustomize", as: "resource", by: k, span: span2 });
    }
    const patches = [
      ["patchesStrategicMerge", void 0, "strategic"],
      ["patchesJson6902", "path", "json6902"],
      ["patches", "path", "either"]
    ];
    for (const [field, key, strategy] of patches) {
      for (const { path, span: span2 } of pathsIn(valueAt(k.root, [field]), key))
        this.add(at(path), { tool: "kustomize", as: "patch", by: k, span: span2, strategy });
    }
    for (const [field, kind] of [
      ["configMapGenerator", "ConfigMap"],
      ["secretGenerator", "Secret"]
    ]) {
      const generators = valueAt(k.root, [field]);
      for (const gen of generators?.kind === "seq" ? generators.items : []) {
        const name = stringOf(valueAt(gen, ["name"])) ?? "(unnamed)";
        for (const { path, span: span2 } of pathsIn(valueAt(gen, ["files"]))) {
          const eq = path.indexOf("=");
          this.add(at(eq >= 0 ? path.slice(eq + 1) : path), {
            tool: "kustomize",
            as: "generator",
            by: k,
            span: span2,
            name,
            kind
          });
        }
      }
    }
    const charts = valueAt(k.root, ["helmCharts"]);
    for (const chart of charts?.kind === "seq" ? charts.items : []) {
      const name = stringOf(valueAt(chart, ["name"])) ?? "(unnamed)";
      const file = valueAt(chart, ["valuesFile"]);
      const path = stringOf(file);
      const inline = valueAt(chart, ["valuesInline"]);
      const merge = stringOf(valueAt(chart, ["valuesMerge"])) ?? "override";
      if (path && file && !isRemote(path)) {
        if (inline?.kind === "map" && inline.entries.size > 0 && (merge === "override" || merge === "merge"))
          this.add(at(path), { tool: "kustomize", as: "values", by: k, span: file.span, chart: name, merge });
        else if (merge !== "replace" || !inline)
          this.add(at(path), { tool: "helm", as: "values", title: `helmCharts ${name}` });
      }
      for (const { path: more2 } of pathsIn(valueAt(chart, ["additionalValuesFiles"])))
        this.add(at(more2), { tool: "helm", as: "values", title: `helmCharts ${name}` });
    }
    const legacy = valueAt(k.root, ["helmChartInflationGenerator"]);
    for (const chart of legacy?.kind === "seq" ? legacy.items : []) {
      const path = stringOf(valueAt(chart, ["values"]));
      if (path && !isRemote(path))
        this.add(at(path), {
          tool: "helm",
          as: "values",
          title: `helmChartInflationGenerator ${stringOf(valueAt(chart, ["chartName"])) ?? "(unnamed)"}`
        });
    }
  }
};

// src/rules/helmvet/duplicate-key.ts
var twice = (d) => `"${d.key}" is written twice in this map (first on line ${d.firstLine})`;
var more = (d) => d.more ? ` (${d.more.toLocaleString("en")} more key${d.more > 1 ? "s are" : " is"} written twice in this file)` : "";
var BUILD = (by) => `kustomize build of ${by} fails on it ("mapping key already defined"), so nothing that kustomization lists is applied`;
var messages4 = {
  buildFails: message({
    title: twice,
    why: (d) => `${BUILD(d.by)}${more(d)}`,
    help: () => "keep one"
  }),
  runTogether: message({
    title: () => 'a second object starts without "---"',
    why: (d) => `${d.keys.map((k) => `"${k}"`).join(", ")} repeat the keys of the object above (line ${d.firstLine}), and ${BUILD(d.by)}${more(d)}`,
    help: () => 'put "---" on the line before this object'
  }),
  annotationsMerged: message({
    title: (d) => `metadata.annotations is written twice (first on line ${d.firstLine})`,
    why: (d) => `kustomize merges the two blocks and keeps the first block's ${d.conflicts.map((k) => `"${k}"`).join(", ")}, dropping what this block sets for ${d.conflicts.length > 1 ? "them" : "it"}${more(d)}`,
    help: () => "write one annotations block"
  }),
  annotationTwice: message({
    title: (d) => `annotation "${d.key}" is set twice (first on line ${d.firstLine})`,
    why: (d) => `kustomize keeps this later value and drops the first${more(d)}`,
    help: () => "keep one"
  }),
  kustomizationLaterWins: message({
    title: twice,
    why: (d) => `kustomize keeps this later value and drops the whole earlier one${more(d)}`,
    help: () => "merge them into one"
  }),
  strategicPatchFirstWins: message({
    title: twice,
    why: (d) => `kustomize applies the first value of this strategic-merge patch and ignores this one${more(d)}`,
    help: () => "keep one"
  }),
  jsonPatchLaterWins: message({
    title: twice,
    why: (d) => `kustomize reads this JSON 6902 patch with the later value and ignores the first${more(d)}`,
    help: () => "keep one"
  }),
  valuesMergeFails: message({
    title: twice,
    why: (d) => `kustomize build of ${d.by} fails when it merges these values with valuesInline of helmCharts ${d.chart} ("could not parse merged values into map")${more(d)}`,
    help: () => "keep one"
  }),
  valuesMergeFirstWins: message({
    title: twice,
    why: (d) => `with valuesMerge: merge, kustomize keeps the first value for helmCharts ${d.chart} and drops this one${more(d)}`,
    help: () => "keep one"
  }),
  helmLaterWins: message({
    title: twice,
    why: (d) => `Helm keeps this later value for ${d.release} and drops the first${more(d)}`,
    help: () => "keep one"
  })
};
function outcome(d, c, rootOf) {
  const o = (severity, messageId, data2 = {}, covers = [d]) => ({ severity, messageId, data: data2, covers });
  if (c === "kustomization") return o("warning", "kustomizationLaterWins");
  switch (c.as) {
    case "patch":
      return c.strategy === "json6902" || c.strategy === "either" && d.path[0] === "[]" ? o("warning", "jsonPatchLaterWins") : o("warning", "strategicPatchFirstWins");
    case "resource": {
      const path = d.path.join(".");
      if (path === "metadata" && d.key === "annotations")
        return d.conflicts?.length ? o("warning", "annotationsMerged", { conflicts: d.conflicts }) : void 0;
      if (path === "metadata.annotations") return o("warning", "annotationTwice");
      const root = d.path.length === 0 ? rootOf(d.document) : [];
      if (root.some((x) => x.key === "apiVersion") && root.some((x) => x.key === "kind"))
        return o("error", "runTogether", { by: c.by.file.path, keys: root.map((x) => x.key) }, root);
      return o("error", "buildFails", { by: c.by.file.path });
    }
    case "values":
      if (c.tool === "kustomize")
        return c.merge === "merge" ? o("warning", "valuesMergeFirstWins", { chart: c.chart }) : o("error", "valuesMergeFails", { by: c.by.file.path, chart: c.chart });
      return o("warning", "helmLaterWins", { release: c.title });
    case "generator":
      return void 0;
  }
}
var rank = { error: 3, warning: 2, info: 1 };
var firstLine = (file, d) => positionAt(file, d.first).line;
var duplicate_key_default = createRule(
  {
    id: "helmvet/duplicate-key",
    title: "A key written twice in one map",
    severity: "error",
    fixable: false,
    references: [
      "https://github.com/kubernetes-sigs/kustomize/issues/3480",
      "https://github.com/kubernetes-sigs/kustomize/pull/5073",
      "https://github.com/fluxcd/kustomize-controller/issues/880",
      "https://github.com/qdrant/qdrant-helm/issues/433"
    ],
    messages: messages4
  },
  (ctx) => {
    for (const file of ctx.model.files) {
      if (file.duplicates.length === 0) continue;
      const consumers = isKustomizationFile(file.absPath) ? ["kustomization"] : [...ctx.model.consumers.of(file.absPath)];
      const roots = /* @__PURE__ */ new Map();
      for (const d of file.duplicates) {
        if (d.path.length > 0) continue;
        const list2 = roots.get(d.document);
        if (list2) list2.push(d);
        else roots.set(d.document, [d]);
      }
      const rootOf = (document) => roots.get(document) ?? [];
      const found = file.duplicates.flatMap(
        (d) => consumers.map((c) => ({ d, o: outcome(d, c, rootOf) })).filter((x) => !!x.o)
      );
      if (found.length === 0) continue;
      const worst = found.reduce(
        (a, b) => rank[b.o.severity] > rank[a.o.severity] || rank[b.o.severity] === rank[a.o.severity] && b.d.start < a.d.start ? b : a
      );
      const covered = new Set(worst.o.covers);
      const others = new Set(found.map((x) => x.d).filter((d) => !covered.has(d))).size;
      const first = worst.o.messageId === "runTogether" ? worst.o.covers[0] : worst.d;
      ctx.report({
        span: { file, start: worst.d.start, end: worst.d.end },
        severity: worst.o.severity,
        messageId: worst.o.messageId,
        data: { key: worst.d.key, firstLine: firstLine(file, first), more: others, ...worst.o.data }
      });
    }
  }
);

// src/rules/helmvet/unreadable-file.ts
var unreadable_file_default = createRule(
  {
    id: "helmvet/unreadable-file",
    title: "A YAML file that cannot be read as UTF-8 text",
    severity: "error",
    fixable: false,
    references: ["https://yaml.org/spec/1.2.2/#52-character-encodings"],
    messages: {
      unreadable: message({
        title: (d) => d.problem,
        why: () => "YAML must be UTF-8 text: Flux, Argo CD and kustomize cannot read this file either, and helmvet checks nothing in it",
        help: () => "save it as UTF-8 text, or move what is not YAML out of the repository (or into .gitignore)"
      })
    }
  },
  (ctx) => {
    for (const p of ctx.store.problems)
      ctx.report({ span: { file: p.file, start: 0, end: 0 }, messageId: "unreadable", data: { problem: p.message } });
  }
);

// src/rules/helmvet/unresolved-reference.ts
var NOT_CHECKED = "its values are not checked";
var optional = (d) => d.optional ? " (optional)" : "";
var unresolved_reference_default = createRule(
  {
    id: "helmvet/unresolved-reference",
    title: "A reference helmvet cannot follow in the repository",
    severity: "info",
    fixable: false,
    references: ["https://fluxcd.io/flux/components/helm/helmreleases/#values-references"],
    messages: {
      "missing-source": message({
        title: (d) => `${d.kind} ${d.name} is not in the repository${optional(d)}`,
        why: () => NOT_CHECKED,
        help: () => "if it is created outside the repository (by a secrets operator, say), nothing to do"
      }),
      "missing-key": message({
        title: (d) => `${d.kind} ${d.name} has no key ${d.key}${optional(d)}`,
        why: () => NOT_CHECKED,
        help: () => "name the key that holds the values with valuesKey"
      }),
      "unreadable-entry": message({
        title: (d) => `${d.label}: the file it names cannot be read`,
        why: () => NOT_CHECKED,
        help: () => "check the path of the file the generator names"
      }),
      outside: message({
        title: (d) => `${d.path} is outside the repository`,
        why: () => "helmvet never reads files outside the repository it lints",
        help: () => "keep the values in the repository, or lint from a directory that holds both"
      }),
      "values-file": message({
        title: (d) => `values file ${d.path} ${d.present ? "cannot be read as YAML text" : "is not in the repository"}`,
        why: () => NOT_CHECKED,
        help: (d) => d.present ? "see the helmvet/unreadable-file finding on it" : "check the path"
      }),
      "values-template": message({
        title: (d) => `values file ${d.path} is a ${d.renderedBy === "helm" ? "Helm chart template" : "template (Go-template or Jinja syntax)"}`,
        why: () => `it is not YAML until rendered, so ${NOT_CHECKED}`,
        help: () => "lint what the template renders to"
      }),
      "in-chart-package": message({
        title: (d) => `values file ${d.path} lives inside the chart package, not in this repository`,
        why: () => NOT_CHECKED,
        help: () => "nothing to do, unless the file was meant to come from this repository ($values/\u2026)"
      }),
      "assumed-falco-repository": message({
        title: (d) => `HelmRepository ${d.name} is not in the repository`,
        why: () => "helmvet assumes it serves falcosecurity's falco chart",
        help: () => "if it is a mirror with other versions, list its URL under `mirrors` in .helmvet.yaml"
      }),
      "chart-unknown": message({
        title: (d) => `${d.kind} ${d.name} is not in the repository`,
        why: () => "helmvet cannot tell which chart this release installs",
        help: () => "nothing to do if it is defined elsewhere; helmvet checks what it can see"
      }),
      "not-falcosecurity": message({
        title: (d) => `${d.release} installs a chart named falco from ${d.url ?? "an unknown source"}`,
        why: () => "that is not falcosecurity's repository, so helmvet does not know its versions",
        help: () => "if it mirrors falcosecurity, list the URL under `mirrors` in .helmvet.yaml"
      }),
      "not-analysed": message({
        title: (d) => `${d.label} not analysed: ${d.limit}`,
        why: () => "it is over what helmvet reads, so nothing in it is checked",
        help: () => "nothing to do if it is meant to be that large"
      }),
      "not-yaml": message({
        title: (d) => `${d.label} does not parse as YAML`,
        why: () => `helmvet reads no values from text that does not parse, so ${NOT_CHECKED}`,
        help: () => "fix the syntax where the helmvet/yaml-syntax finding on it points"
      }),
      "not-a-map": message({
        title: (d) => `${d.label} is not a map of values`,
        why: () => "Helm reads values only as a map of keys, so it fails on these",
        help: () => "write the values as a map (`key: value` at the top level, not a list)"
      }),
      encrypted: message({
        title: (d) => `${d.label} is encrypted with SOPS`,
        why: () => `helmvet cannot decrypt it, so ${NOT_CHECKED}`,
        help: () => "nothing to do: helmvet checks the values it can read"
      }),
      plugin: message({
        title: (d) => `the values of this source come through config management plugin ${d.name ?? "(unnamed)"}${d.env.length ? ` (env ${d.env.join(", ")})` : ""}`,
        why: () => "helmvet runs no plugins, so they are not checked",
        help: () => "pass the values through helm.valuesObject or helm.valueFiles to have them checked"
      })
    }
  },
  (ctx) => {
    const falco = new Set(ctx.releases.map((r) => r.release.object));
    for (const u of ctx.model.unresolved) {
      if (u.falco || !u.owner || falco.has(u.owner)) ctx.report({ span: u.span, messageId: u.why.reason, data: u.why });
    }
  }
);

// src/rules/helmvet/unused-suppression.ts
var EXAMPLE = "`# helmvet-disable-next-line falco/version-advisory -- reason`";
var unused_suppression_default = createRule(
  {
    id: "helmvet/unused-suppression",
    title: "A helmvet-disable comment that suppresses nothing",
    severity: "warning",
    fixable: false,
    references: ["https://eslint.org/docs/latest/use/configure/rules#report-unused-eslint-disable-comments"],
    messages: {
      noRule: message({
        title: () => "helmvet-disable names no rule",
        why: () => "a suppression without a rule suppresses nothing, and would hide every rule if it did",
        help: () => `name the rules it suppresses, e.g. ${EXAMPLE}`
      }),
      unknownRule: message({
        title: (d) => `helmvet-disable names unknown rule ${d.rules.join(", ")}`,
        why: () => "a rule helmvet does not have suppresses nothing",
        help: (d) => d.suggestion ? `did you mean ${d.suggestion}? (helmvet rules lists them)` : "helmvet rules lists the rules"
      }),
      unused: message({
        title: (d) => `helmvet-disable for ${d.rules.join(", ")} suppresses nothing ${d.line === null ? "in the rest of this document" : `on line ${d.line}`}`,
        why: () => "a stale suppression hides the next real finding of the rule",
        help: () => "remove it"
      })
    }
  },
  () => {
  }
);

// src/rules/helmvet/yaml-syntax.ts
var MANIFEST = /^apiVersion:[^\n]*\n(?:[^\n]*\n)*?kind:|^kind:[^\n]*\n(?:[^\n]*\n)*?apiVersion:/m;
function readerOf(file, consumers) {
  if (isKustomizationFile(file.absPath)) return { reader: "kustomization" };
  const c = consumers.find((x) => x.as !== "generator") ?? consumers[0];
  switch (c?.as) {
    case "resource":
    case "patch":
      return { reader: "kustomize", by: c.by.file.path, as: c.as === "patch" ? "patch" : "file" };
    case "generator":
      return { reader: "generator", by: c.by.file.path, target: `${c.kind} ${c.name}` };
    case "values":
      return c.tool === "kustomize" ? { reader: "kustomize-values", by: c.by.file.path, chart: c.chart } : { reader: "helm", release: c.title };
    case void 0:
      return MANIFEST.test(file.text) ? { reader: "manifest" } : { reader: "unknown" };
  }
}
function consequence(d) {
  switch (d.reader) {
    case "kustomization":
      return "kustomize cannot read this kustomization, so nothing in its directory is built or applied";
    case "kustomize":
      return `kustomize build of ${d.by} fails on this ${d.as}, so nothing that kustomization lists is applied`;
    case "generator":
      return `kustomize copies this file as text into ${d.target} (${d.by}), so whatever reads it from there as YAML fails on it`;
    case "kustomize-values":
      return `kustomize build of ${d.by} fails when it merges these values with valuesInline of helmCharts ${d.chart}`;
    case "helm":
      return `Helm cannot read these values, so ${d.release} fails to install or upgrade`;
    case "manifest":
      return "kubectl, kustomize, Flux and Argo CD reject a manifest that does not parse, so nothing in this file is applied";
    case "unknown":
      return "YAML parsers reject this file, so whatever reads it fails on it";
  }
}
var yaml_syntax_default = createRule(
  {
    id: "helmvet/yaml-syntax",
    title: "YAML that does not parse",
    severity: "error",
    fixable: false,
    references: ["https://yaml.org/spec/1.2.2/"],
    messages: {
      syntax: message({
        title: (d) => d.error,
        why: (d) => `${consequence(d)}${d.more ? ` (the parser reports ${d.more} more error${d.more > 1 ? "s" : ""} after this one)` : ""}`,
        help: () => "fix the syntax here; what follows may parse once it is fixed"
      }),
      limit: message({
        title: (d) => d.error,
        why: () => "helmvet does not read the file, so nothing in it is checked",
        help: () => "split the file, or check that it is meant to be in the repository"
      }),
      embedded: message({
        title: (d) => `${d.error} in YAML held in a string`,
        why: () => "Helm fails on these values",
        help: () => "fix the YAML inside the string"
      })
    }
  },
  (ctx) => {
    for (const file of ctx.model.files) {
      const first = file.errors.reduce(
        (a, e) => !a || e.start < a.start ? e : a,
        void 0
      );
      if (!first) continue;
      const error = first.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
      const span2 = { file, start: first.start, end: Math.max(first.start + 1, first.end) };
      if (first.code === "RESOURCE_EXHAUSTION") ctx.report({ span: span2, messageId: "limit", data: { error } });
      else
        ctx.report({
          span: span2,
          messageId: "syntax",
          data: { error, more: file.errors.length - 1, ...readerOf(file, ctx.model.consumers.of(file.absPath)) }
        });
    }
    for (const e of ctx.model.embeddedErrors)
      ctx.report({
        span: e.span,
        messageId: "embedded",
        data: { error: e.message.replace(/ at line \d+, column \d+:?$/, "") }
      });
  }
);

// src/model/talos.ts
import { basename as basename2, dirname as dirname4, resolve as resolve3 } from "node:path";

// src/knowledge/scheduling.ts
var import_semver10 = __toESM(require_semver(), 1);
var CONTROL_PLANE_LABEL = "node-role.kubernetes.io/control-plane";
var CONTROL_PLANE_TAINT = { key: CONTROL_PLANE_LABEL, effect: "NoSchedule" };
var MASTER = { effect: "NoSchedule", key: "node-role.kubernetes.io/master" };
var CONTROL_PLANE = { effect: "NoSchedule", key: CONTROL_PLANE_LABEL };
var CONTROL_PLANE_TOLERATION_SINCE = "2.4.2";
var TOLERATIONS_KNOWN_SINCE = "2.0.0";
function defaultTolerations(chartVersion) {
  if (!chartVersion || !import_semver10.default.valid(chartVersion) || import_semver10.default.lt(chartVersion, TOLERATIONS_KNOWN_SINCE))
    return void 0;
  return import_semver10.default.gte(chartVersion, CONTROL_PLANE_TOLERATION_SINCE) ? [MASTER, CONTROL_PLANE] : [MASTER];
}
var DAEMONSET_TOLERATED_KEYS = /* @__PURE__ */ new Set([
  "node.kubernetes.io/not-ready",
  "node.kubernetes.io/unreachable",
  "node.kubernetes.io/disk-pressure",
  "node.kubernetes.io/memory-pressure",
  "node.kubernetes.io/pid-pressure",
  "node.kubernetes.io/unschedulable"
]);

// src/model/talos.ts
var import_yaml6 = __toESM(require_dist(), 1);
var TALENV_FILES = /* @__PURE__ */ new Set(["talenv.yaml", "talenv.yml"]);
function stringItems(list2) {
  return (list2?.items ?? []).filter((i) => i.kind === "scalar" && i.value !== null).map((node) => ({ text: String(node.value), node }));
}
function schematicOf(file, node) {
  if (node?.kind !== "map") return void 0;
  const list2 = valueAt(node, ["customization", "extraKernelArgs"]);
  const kernelArgs = list2?.kind === "seq" ? list2 : void 0;
  return {
    file,
    root: node,
    kernelArgs,
    args: stringItems(kernelArgs),
    secureBootOptions: valueAt(node, ["customization", "secureboot"])
  };
}
function isTalconfig(root) {
  const nodes = child(root, "nodes");
  if (!root.entries.has("clusterName") || nodes?.kind !== "seq") return false;
  const maps = nodes.items.filter((n) => n.kind === "map");
  return maps.length > 0 && maps.every((n) => n.entries.has("hostname"));
}
var isSchematicDoc = (root) => child(root, "customization")?.kind === "map" && !["clusterName", "nodes", "machine", "cluster", "apiVersion", "kind"].some((k) => root.entries.has(k));
var isMachineConfig = (root) => child(root, "machine")?.kind === "map" && !root.entries.has("clusterName");
function merged(node, group, key) {
  const own = child(node, key);
  if (own !== void 0 && !isZero(own)) return own;
  return child(group, key) ?? own;
}
function isZero(v) {
  if (v.kind === "map") return [...v.entries.values()].every((e) => isZero(e.value));
  if (v.kind === "seq") return v.items.length === 0;
  return v.value === null || v.value === false || v.value === "" || v.value === 0;
}
function mergedSchematic(node, group) {
  const own = child(node, "schematic");
  return own?.kind === "map" ? own : child(group, "schematic");
}
function patchList(v) {
  return v?.kind === "seq" ? v.items.filter((i) => i.kind === "scalar" && typeof i.value === "string") : [];
}
function talosVersionOf(file, root, talenv) {
  const entry = root.entries.get("talosVersion");
  const node = entry?.value.kind === "scalar" ? entry.value : void 0;
  const raw = node && node.value !== null ? String(node.value) : void 0;
  const version2 = parseTalosVersion(raw);
  if (version2 || !raw) return { raw, version: version2, node };
  const name = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(raw.trim())?.[1];
  const env = name ? talenv.find((t) => dirname4(t.file.absPath) === dirname4(file.absPath) && stringAt(t.root, [name]) !== void 0) : void 0;
  const fromEnv = env && name ? parseTalosVersion(stringAt(env.root, [name])) : void 0;
  return fromEnv && env ? { raw, version: fromEnv, node, via: env.file } : { raw, version: void 0, node };
}
function stringMap(v) {
  const out = /* @__PURE__ */ new Map();
  if (v?.kind !== "map") return out;
  for (const e of v.entries.values())
    if (e.value.kind === "scalar" && e.value.value !== null && !/\$\{|\{\{/.test(e.key + String(e.value.value)))
      out.set(e.key, String(e.value.value));
  return out;
}
function parseTaint(key, spec) {
  const m = typeof spec === "string" ? /^(.*):(NoSchedule|NoExecute|PreferNoSchedule)$/.exec(spec) : null;
  return m ? { key, ...m[1] ? { value: m[1] } : {}, effect: m[2] } : void 0;
}
function taintsOf(v) {
  return [...stringMap(v)].map(([key, spec]) => parseTaint(key, spec)).filter((x) => x !== void 0);
}
function talconfigOf(file, root, talenv) {
  const schematics = [];
  const keep = (s) => {
    if (s && !schematics.some((k) => k.root === s.root)) schematics.push(s);
    return s;
  };
  const groups = { controlPlane: child(root, "controlPlane"), worker: child(root, "worker") };
  for (const g of Object.values(groups)) {
    keep(schematicOf(file, child(g, "schematic")));
    keep(schematicOf(file, child(g, "imageSchematic")));
  }
  const global = patchList(child(root, "patches"));
  const scheduleOnControlPlanes = ["allowSchedulingOnControlPlanes", "allowSchedulingOnMasters"].some(
    (k) => child(root, k)?.kind === "scalar" && child(root, k).value === true
  );
  const nodes = [];
  const list2 = child(root, "nodes");
  for (const n of list2?.kind === "seq" ? list2.items : []) {
    if (n.kind !== "map") continue;
    const controlPlane = child(n, "controlPlane")?.kind === "scalar" && child(n, "controlPlane").value === true;
    const group = controlPlane ? groups.controlPlane : groups.worker;
    const url = merged(n, group, "talosImageURL");
    const spec = merged(n, group, "machineSpec");
    const sb = child(spec, "secureboot");
    keep(schematicOf(file, child(n, "imageSchematic")));
    const override = child(n, "overridePatches")?.kind === "scalar" && child(n, "overridePatches").value === true;
    const hostname = stringAt(n, ["hostname"]) ?? "";
    const labels = new Map([
      ["kubernetes.io/hostname", hostname],
      ...controlPlane ? [[CONTROL_PLANE_LABEL, ""]] : [],
      ...stringMap(merged(n, group, "nodeLabels"))
    ]);
    const taints = [
      ...controlPlane && !scheduleOnControlPlanes ? [CONTROL_PLANE_TAINT] : [],
      ...taintsOf(merged(n, group, "nodeTaints"))
    ];
    nodes.push({
      hostname,
      controlPlane,
      root: n,
      talosImageURL: url?.kind === "scalar" && typeof url.value === "string" && url.value !== "" ? url : void 0,
      secureboot: sb?.kind === "scalar" && sb.value === true ? sb : void 0,
      schematic: keep(schematicOf(file, mergedSchematic(n, group))),
      patches: [...global, ...override ? [] : patchList(child(group, "patches")), ...patchList(child(n, "patches"))],
      labels,
      absent: controlPlane ? /* @__PURE__ */ new Set() : /* @__PURE__ */ new Set([CONTROL_PLANE_LABEL]),
      taints
    });
  }
  const clusterName = stringAt(root, ["clusterName"]);
  return {
    file,
    root,
    clusterName: clusterName && !clusterName.includes("$") ? clusterName : void 0,
    talosVersion: talosVersionOf(file, root, talenv),
    nodes,
    schematics
  };
}
function machineConfigOf(file, root) {
  const image = valueAt(root, ["machine", "install", "image"]);
  const list2 = valueAt(root, ["machine", "install", "extraKernelArgs"]);
  const installKernelArgs = list2?.kind === "seq" ? list2 : void 0;
  return {
    file,
    root,
    installImage: image?.kind === "scalar" && typeof image.value === "string" ? image : void 0,
    installKernelArgs,
    installArgs: stringItems(installKernelArgs)
  };
}
function buildTalosModel(plainDocs) {
  const talenv = plainDocs.filter((d) => TALENV_FILES.has(basename2(d.file.absPath)));
  const model = { talconfigs: [], schematics: [], machineConfigs: [] };
  for (const { file, root } of plainDocs) {
    if (isTalconfig(root)) model.talconfigs.push(talconfigOf(file, root, talenv));
    else if (isSchematicDoc(root)) model.schematics.push(schematicOf(file, root));
    else if (isMachineConfig(root)) model.machineConfigs.push(machineConfigOf(file, root));
  }
  for (const t of model.talconfigs) for (const n of t.nodes) applyPatches(t, n, plainDocs);
  return model;
}
function applyPatches(t, n, plainDocs) {
  for (const ref of n.patches) {
    const text = String(ref.value).trim();
    let roots;
    if (text.startsWith("@")) {
      const abs = resolve3(dirname4(t.file.absPath), text.slice(1));
      roots = plainDocs.filter((d) => d.file.absPath === abs).map((d) => toPlain(d.root));
    } else {
      try {
        roots = (0, import_yaml6.parseAllDocuments)(text).map((d) => d.toJS());
      } catch {
        continue;
      }
    }
    for (const root of roots) {
      const get = (path) => path.reduce(
        (v, k) => v && typeof v === "object" && !Array.isArray(v) ? v[k] : void 0,
        root
      );
      if (get(["cluster", "allowSchedulingOnControlPlanes"]) === true)
        n.taints = n.taints.filter((x) => x !== CONTROL_PLANE_TAINT);
      const labels = get(["machine", "nodeLabels"]);
      if (labels && typeof labels === "object") {
        for (const [k, v] of Object.entries(labels)) if (typeof v === "string") n.labels.set(k, v);
      }
      const taints = get(["machine", "nodeTaints"]);
      if (taints && typeof taints === "object") {
        for (const [key, spec] of Object.entries(taints)) {
          const taint = parseTaint(key, spec);
          if (taint) n.taints.push(taint);
        }
      }
    }
  }
}
var allSchematics = (talos) => [
  ...talos.schematics,
  ...talos.talconfigs.flatMap((t) => t.schematics)
];
function secureBootImages(talos) {
  const out = /* @__PURE__ */ new Map();
  const key = (s) => `${s.file.absPath}\0${s.start}\0${s.end}`;
  const add = (img, talconfig, node) => {
    const k = key(img.argsAnchor);
    const prior = out.get(k);
    if (prior) {
      if (node && !prior.nodeRefs.includes(node)) {
        prior.nodeRefs.push(node);
        if (!prior.nodes.includes(node.hostname)) prior.nodes.push(node.hostname);
      }
    } else out.set(k, { ...img, nodes: node ? [node.hostname] : [], nodeRefs: node ? [node] : [], talconfig });
  };
  for (const t of talos.talconfigs) {
    for (const n of t.nodes) {
      if (n.talosImageURL) {
        const image = String(n.talosImageURL.value);
        if (!isSecureBootInstaller(image)) continue;
        add(
          {
            declaration: n.talosImageURL,
            declaredBy: "talosImageURL",
            file: t.file,
            version: t.talosVersion,
            schematic: void 0,
            image,
            argsAnchor: n.talosImageURL.span
          },
          t,
          n
        );
      } else if (n.secureboot) {
        const s = n.schematic;
        const argsAnchor = s?.kernelArgs?.span ?? n.secureboot.span;
        add(
          {
            declaration: n.secureboot,
            declaredBy: "machineSpec.secureboot",
            file: t.file,
            version: t.talosVersion,
            schematic: s ?? "empty",
            image: void 0,
            argsAnchor
          },
          t,
          n
        );
      }
    }
  }
  for (const m of talos.machineConfigs) {
    const image = m.installImage ? String(m.installImage.value) : void 0;
    if (!m.installImage || !image || !isSecureBootInstaller(image)) continue;
    const raw = imageTag(image);
    const version2 = { raw, version: parseTalosVersion(raw), node: m.installImage };
    add({
      declaration: m.installImage,
      declaredBy: "machine.install.image",
      file: m.file,
      version: version2,
      schematic: void 0,
      image,
      argsAnchor: m.installImage.span
    });
  }
  for (const s of talos.schematics) {
    if (!s.secureBootOptions) continue;
    add({
      declaration: s.secureBootOptions,
      declaredBy: "customization.secureboot",
      file: s.file,
      version: { raw: void 0, version: void 0, node: void 0 },
      schematic: s,
      image: void 0,
      argsAnchor: s.kernelArgs?.span ?? s.secureBootOptions.span
    });
  }
  return [...out.values()];
}
function patchTargets(talos) {
  const out = /* @__PURE__ */ new Map();
  for (const t of talos.talconfigs) {
    for (const n of t.nodes) {
      for (const p of n.patches) {
        const ref = String(p.value).trim();
        if (!ref.startsWith("@")) continue;
        const abs = resolve3(dirname4(t.file.absPath), ref.slice(1));
        const list2 = out.get(abs) ?? [];
        let entry = list2.find((e) => e.talconfig === t);
        if (!entry) list2.push(entry = { talconfig: t, nodes: [] });
        if (!entry.nodes.includes(n)) entry.nodes.push(n);
        out.set(abs, list2);
      }
    }
  }
  return out;
}

// src/resolve/clusters.ts
import { dirname as dirname5, relative, sep as sep2 } from "node:path";
var segments = (root, absPath) => relative(root, absPath).split(sep2).filter((s) => s && s !== ".." && s !== ".");
function clustersOf(releaseFile, talconfigs, root) {
  const clusters = new Set(talconfigs.map((t) => t.clusterName ?? t.file.absPath));
  if (clusters.size <= 1) return { talconfigs: [...talconfigs], known: true };
  const marks = talconfigs.map(
    (t) => /* @__PURE__ */ new Set([...t.clusterName ? [t.clusterName] : [], ...segments(root, dirname5(t.file.absPath))])
  );
  const shared = new Set([...marks[0]].filter((m) => marks.every((s) => s.has(m))));
  const path = new Set(segments(root, dirname5(releaseFile)));
  const hits = talconfigs.filter((_, i) => [...marks[i]].some((m) => !shared.has(m) && path.has(m)));
  return hits.length ? { talconfigs: hits, known: true } : { talconfigs: [...talconfigs], known: false };
}

// src/resolve/scheduling.ts
var record = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
var strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string" || typeof x === "number").map(String) : [];
function requirements(list2, field = false) {
  return (Array.isArray(list2) ? list2 : []).flatMap((r) => {
    const req = record(r);
    if (!req || typeof req.key !== "string" || typeof req.operator !== "string") return [];
    return [
      {
        key: field && req.key === "metadata.name" ? "kubernetes.io/hostname" : req.key,
        operator: req.operator,
        values: strings(req.values)
      }
    ];
  });
}
function placementOf(values, chartVersion) {
  const selector = record(toPlain(valueAt(values, ["nodeSelector"]))) ?? {};
  const nodeSelector = Object.fromEntries(
    Object.entries(selector).filter(([, v]) => v !== null && typeof v !== "object").map(([k, v]) => [k, String(v)])
  );
  const required = record(
    toPlain(valueAt(values, ["affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution"]))
  );
  const terms = Array.isArray(required?.nodeSelectorTerms) ? required.nodeSelectorTerms.map((t) => [
    ...requirements(record(t)?.matchExpressions),
    ...requirements(record(t)?.matchFields, true)
  ]) : void 0;
  const written = valueAt(values, ["tolerations"]);
  const tolerations = written ? toPlain(written) : void 0;
  return {
    nodeSelector,
    terms,
    tolerations: written ? (Array.isArray(tolerations) ? tolerations : []).map(record).filter((t) => !!t).map((t) => t) : defaultTolerations(chartVersion)
  };
}
function rulesOut(req, node) {
  const value = node.labels.get(req.key);
  const present = value !== void 0;
  const absent = node.absent.has(req.key);
  switch (req.operator) {
    case "In":
      return absent || present && !req.values.includes(value);
    case "NotIn":
      return present && req.values.includes(value);
    case "Exists":
      return absent;
    case "DoesNotExist":
      return present;
    case "Gt":
    case "Lt": {
      if (absent) return true;
      if (!present || req.values.length !== 1 || !/^-?\d+$/.test(value) || !/^-?\d+$/.test(req.values[0]))
        return false;
      return req.operator === "Gt" ? !(Number(value) > Number(req.values[0])) : !(Number(value) < Number(req.values[0]));
    }
    default:
      return false;
  }
}
function tolerates(t, taint) {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  if (!t.key && t.operator !== "Exists") return false;
  return t.operator === "Exists" || (t.value ?? "") === (taint.value ?? "");
}
function canRunOn(p, node) {
  for (const [key, value] of Object.entries(p.nodeSelector)) {
    if (rulesOut({ key, operator: "In", values: [value] }, node)) return false;
  }
  if (p.terms && !p.terms.some((term) => !term.some((req) => rulesOut(req, node)))) return false;
  if (p.tolerations) {
    for (const taint of node.taints) {
      if (taint.effect === "PreferNoSchedule" || DAEMONSET_TOLERATED_KEYS.has(taint.key)) continue;
      if (!p.tolerations.some((t) => tolerates(t, taint))) return false;
    }
  }
  return true;
}

// src/rules/talos-secure-boot.ts
var where = (span2) => fileLine(span2.file, span2.start);
var applied = (r) => !r.api || r.api.serving === "current" || r.api.serving === "deprecated";
function falcoDrivers(ctx) {
  const out = [];
  const current = ctx.releases.filter(applied);
  for (const r of current.length ? current : ctx.releases) {
    const driver = r.runs ? r.runs.driver : effectiveDriver(r.release.values, r.installed, r.admitted);
    if (driver) out.push({ release: r, driver, span: driver.written?.span ?? r.span });
  }
  return out;
}
function meeting(ctx, img, uses2) {
  if (!img.talconfig || img.nodeRefs.length === 0)
    return uses2.length ? { img, uses: [...uses2], unsure: [] } : void 0;
  const talconfigs = ctx.model.talos.talconfigs;
  const met = [];
  const unsure = [];
  const nodes = /* @__PURE__ */ new Set();
  for (const use of uses2) {
    const cluster = clustersOf(use.release.release.object.file.absPath, talconfigs, ctx.store.root);
    if (!cluster.talconfigs.includes(img.talconfig)) continue;
    const placement = placementOf(use.release.release.values, use.release.installed?.version);
    const reached = img.nodeRefs.filter((n) => canRunOn(placement, n));
    if (reached.length === 0) continue;
    met.push(use);
    if (!cluster.known) unsure.push(use);
    for (const n of reached) nodes.add(n.hostname);
  }
  return met.length ? { img: { ...img, nodes: img.nodes.filter((n) => nodes.has(n)) }, uses: met, unsure } : void 0;
}
function releaseData(use) {
  const { driver } = use;
  return {
    release: use.release.release.title,
    at: where(use.span),
    field: driver.field,
    value: driver.value,
    defaultOf: driver.written ? null : driver.defaultOf ?? null,
    driver: driver.kind
  };
}
var imageData = (img) => ({
  talos: img.version.version ?? null,
  via: img.version.via?.path ?? null,
  raw: img.version.raw ?? null,
  declaredBy: img.declaredBy,
  nodes: [...img.nodes]
});
function unsureData(m, ctx) {
  return {
    unsure: m.unsure.map((u) => u.release.release.title),
    clusters: m.unsure.length ? [...new Set(ctx.model.talos.talconfigs.map((t) => t.clusterName ?? t.file.path))].sort() : []
  };
}
function unsureNote(d) {
  if (d.unsure.length === 0) return "";
  const many = d.unsure.length > 1;
  return ` (this repository describes clusters ${d.clusters.join(", ")} and nothing in it tells which one ${d.unsure.join(" and ")} ${many ? "are" : "is"} applied to, so helmvet pairs ${many ? "them" : "it"} with each)`;
}
function describeRelease(r) {
  const how = r.defaultOf === null ? `${r.field}: ${r.value}` : `${r.field} ${r.value}, the default of chart ${r.defaultOf}`;
  return `${r.release} (${r.at}, ${how})`;
}
function releasesCannotLoad(rs) {
  if (rs.length === 1) return `${describeRelease(rs[0])} cannot load ${DRIVER_WHAT[rs[0].driver]}`;
  return `${rs.map(describeRelease).join(" and ")} cannot load their eBPF probes`;
}
function lockdownOf(img) {
  if (img.schematic === void 0) return void 0;
  const forces = secureBootForcesConfidentiality(img.version.version);
  if (forces === false) return void 0;
  const args = img.schematic === "empty" ? [] : img.schematic.args;
  return {
    known: forces === true,
    result: applyKernelArgs(["confidentiality"], args, supportsNegatedArgs(img.version.version))
  };
}
function secureBootOn(d) {
  if (!d.talos) return `Secure Boot on Talos before ${talosLine(SECURE_BOOT_LOCKDOWN_UNTIL)}`;
  return `Secure Boot on Talos ${d.talos}${d.via ? ` (talosVersion from ${d.via})` : ""}`;
}
function unknownVersionNote(d) {
  if (d.talos) return "";
  const what = d.raw ? `${d.declaredBy === "machine.install.image" ? "the installer tag" : "talosVersion"} "${d.raw}" is not a version helmvet can read` : d.declaredBy === "customization.secureboot" ? "a schematic does not say which Talos it is built for" : d.declaredBy === "machine.install.image" ? "the installer has no version tag" : "talosVersion is not set, so talhelper uses the newest Talos it knows";
  return ` (${what}; Talos ${talosLine(SECURE_BOOT_LOCKDOWN_UNTIL)} and newer no longer add lockdown=confidentiality.)`;
}
var ofNodes = (nodes) => nodes.length ? ` of node${nodes.length > 1 ? "s" : ""} ${nodes.join(", ")}` : "";

// src/rules/talos/install-kernel-args-ignored.ts
var install_kernel_args_ignored_default = createRule(
  {
    id: "talos/install-kernel-args-ignored",
    title: "Lockdown args in machine.install.extraKernelArgs never reach a Talos Secure Boot kernel",
    severity: "warning",
    fixable: false,
    references: [
      "https://github.com/siderolabs/talos/blob/v1.10.0/pkg/machinery/config/types/v1alpha1/v1alpha1_types.go",
      "https://github.com/siderolabs/talos/blob/v1.12.0/pkg/machinery/config/types/v1alpha1/v1alpha1_types.go"
    ],
    messages: {
      ignored: message({
        title: (d) => `machine.install.extraKernelArgs ${d.args.map((a) => `"${a}"`).join(", ")} never reach${d.args.length > 1 ? "" : "es"} the kernel here`,
        why: (d) => `${d.reason}. A Secure Boot node boots a signed UKI whose kernel command line is part of the signature, so Talos does not apply install.extraKernelArgs there (from Talos ${d.ignoredSince} they are ignored under systemd-boot, the UEFI default, and from ${d.deprecatedSince} the field is deprecated)`,
        help: () => `put the args in the schematic the installer is built from: customization.${LOCKDOWN_FIX}`
      })
    }
  },
  (ctx) => {
    const images = secureBootImages(ctx.model.talos);
    const patches = patchTargets(ctx.model.talos);
    const secureBootReason = (m, negatedOnly) => {
      const image = m.installImage ? String(m.installImage.value) : void 0;
      if (image && isSecureBootInstaller(image)) return `this config installs the Secure Boot installer ${image}`;
      const sbNodes = (patches.get(m.file.absPath) ?? []).flatMap(
        ({ talconfig, nodes }) => nodes.filter((n) => n.talosImageURL ? isSecureBootInstaller(String(n.talosImageURL.value)) : !!n.secureboot).map((n) => ({ talconfig, n }))
      );
      if (sbNodes.length)
        return `${sbNodes[0].talconfig.file.path} applies this patch to Secure Boot node${sbNodes.length > 1 ? "s" : ""} ${sbNodes.map((s) => s.n.hostname).join(", ")}`;
      if (negatedOnly && images.length)
        return `this repository installs Talos with Secure Boot (${where(images[0].declaration.span)}), the only kernel where "-lockdown" matters`;
      return void 0;
    };
    for (const m of ctx.model.talos.machineConfigs) {
      const lockdownArgs = m.installArgs.filter((a) => isLockdownArg(a.text));
      if (lockdownArgs.length === 0) continue;
      const reason = secureBootReason(
        m,
        lockdownArgs.some((a) => /(^|\s)-lockdown(=|\s|$)/.test(a.text))
      );
      if (!reason) continue;
      ctx.report({
        span: lockdownArgs[0].node.span,
        messageId: "ignored",
        data: {
          args: lockdownArgs.map((a) => a.text),
          reason,
          ignoredSince: talosLine(INSTALL_ARGS_IGNORED_WITH_SYSTEMD_BOOT_SINCE),
          deprecatedSince: talosLine(INSTALL_ARGS_DEPRECATED_SINCE)
        }
      });
    }
  }
);

// src/rules/talos/lockdown-no-effect.ts
function effectKind(arg, effect2) {
  switch (effect2.kind) {
    case "appended":
      return /(^|\s)lockdown=integrity(\s|$)/.test(arg.text) ? "appended" : void 0;
    case "deleted":
      return effect2.removed.length > 0 ? void 0 : "deleted-nothing";
    case "folded":
      return "folded";
    case "literal":
      return "literal";
    case "deleted-all":
      return void 0;
  }
}
var stays = (d) => `the lockdown=confidentiality that ${secureBootOn(d)} adds stays`;
var messages5 = {
  appended: message({
    title: (d) => `"${d.arg}" has no effect`,
    why: (d) => `${secureBootOn(d)} already puts lockdown=confidentiality on the kernel command line, and the kernel never lowers a lockdown level once set (lock_kernel_down refuses with -EPERM), so confidentiality stays`,
    help: (d) => `remove the default first: ${LOCKDOWN_FIX}.${unknownVersionNote(d)}`
  }),
  "deleted-nothing": message({
    title: (d) => `"${d.arg}" removes only that exact argument, which is not on the command line`,
    why: (d) => `so ${stays(d)}`,
    help: (d) => `"-lockdown" alone removes every lockdown= argument: ${LOCKDOWN_FIX}.${unknownVersionNote(d)}`
  }),
  folded: message({
    title: (d) => `"${d.arg}" does nothing here`,
    why: (d) => `Talos (go-procfs) groups arguments of one name under the first of them, "${d.into ?? ""}", which removes only the values it lists, so ${stays(d)}`,
    help: (d) => `write "-lockdown" first: ${LOCKDOWN_FIX}.${unknownVersionNote(d)}`
  }),
  literal: message({
    title: (d) => `"${d.arg}" is kept as written`,
    why: (d) => `Talos removes arguments with a leading "-" only from ${d.negatedSince}, so ${stays(d)}`,
    help: (d) => `upgrade Talos, then use ${LOCKDOWN_FIX}.${unknownVersionNote(d)}`
  })
};
var lockdown_no_effect_default = createRule(
  {
    id: "talos/lockdown-no-effect",
    title: "A lockdown kernel arg of a Talos Secure Boot image changes nothing",
    severity: "warning",
    fixable: false,
    references: [
      "https://github.com/siderolabs/talos/pull/8535",
      "https://github.com/torvalds/linux/blob/master/security/lockdown/lockdown.c",
      "https://github.com/siderolabs/go-procfs/blob/main/procfs/cmdline.go"
    ],
    messages: messages5
  },
  (ctx) => {
    for (const img of secureBootImages(ctx.model.talos)) {
      const lockdown = lockdownOf(img);
      if (!lockdown?.result.lockdown.some((l) => l.from === void 0 && l.value === "confidentiality")) continue;
      for (const [arg, effect2] of lockdown.result.effects) {
        const kind = effectKind(arg, effect2);
        if (!kind) continue;
        ctx.report({
          span: arg.node.span,
          messageId: kind,
          data: {
            ...imageData(img),
            arg: arg.text,
            into: effect2.kind === "folded" ? effect2.into.text : null,
            negatedSince: NEGATED_KERNEL_ARGS_SINCE
          }
        });
      }
    }
  }
);

// src/rules/talos/lockdown-removed.ts
var lockdown_removed_default = createRule(
  {
    id: "talos/lockdown-removed",
    title: "Kernel args remove lockdown from a Talos Secure Boot image without setting integrity",
    severity: "warning",
    fixable: false,
    references: [
      "https://github.com/falcosecurity/falco/issues/3416",
      "https://github.com/siderolabs/talos/pull/8535",
      "https://github.com/siderolabs/talos/commit/7a4a92854f960dc8976ca190160545516a4820b3"
    ],
    messages: {
      noLockdown: message({
        title: (d) => `"${d.arg}" leaves the kernel${ofNodes(d.nodes)} without any lockdown`,
        why: (d) => `it removes the lockdown=confidentiality that ${secureBootOn(d)} adds, and no lockdown=integrity is left after it: Secure Boot verifies the kernel at boot, but root can then still change the running kernel (lockdown is what refuses /dev/mem writes, unsigned kexec and hibernation images), a security downgrade.` + d.foldedAfter.map(
          (a) => ` The "${a}" after it removes nothing: Talos groups it under "${d.arg}" (this is the list from falco#3416).`
        ).join("") + d.removedBefore.map(
          (a) => ` It also removes the "${a}" before it: Talos applies the arguments in order, so lockdown=integrity has to come after "-lockdown".`
        ).join(""),
        help: (d) => `Falco's eBPF probe only needs lockdown lowered to integrity: ${LOCKDOWN_FIX}.${unknownVersionNote(d)}`
      })
    }
  },
  (ctx) => {
    for (const img of secureBootImages(ctx.model.talos)) {
      const lockdown = lockdownOf(img);
      if (!lockdown || lockdown.result.level !== "none") continue;
      let remover;
      let alsoRemoved = [];
      for (const [arg, effect2] of lockdown.result.effects) {
        if ((effect2.kind === "deleted-all" || effect2.kind === "deleted") && effect2.removed.some((r) => r.from === void 0)) {
          remover = arg;
          alsoRemoved = effect2.removed.flatMap((r) => r.from ? [r.from] : []);
          break;
        }
      }
      if (!remover) continue;
      const folded = [...lockdown.result.effects].filter(([, e]) => e.kind === "folded" && e.into === remover).map(([a]) => a);
      ctx.report({
        span: remover.node.span,
        messageId: "noLockdown",
        data: {
          ...imageData(img),
          arg: remover.text,
          foldedAfter: folded.filter((a) => a.text.includes("=")).map((a) => a.text),
          removedBefore: alsoRemoved.map((a) => a.text)
        }
      });
    }
  }
);

// src/rules/talos/secureboot-kmod.ts
var secureboot_kmod_default = createRule(
  {
    id: "talos/secureboot-kmod",
    title: "A Falco release loads the kernel module on Talos with Secure Boot, which refuses unsigned modules",
    severity: "error",
    fixable: false,
    references: [
      "https://github.com/siderolabs/talos/commit/ced57b047a389e26f7e5bfa3efab5b64f3fced87",
      "https://github.com/torvalds/linux/blob/master/include/linux/security.h"
    ],
    reads: [
      { read: "talos-configs", when: "falco-release" },
      { read: "falco-releases", when: "talos-config" }
    ],
    messages: {
      kmod: message({
        title: (d) => `${d.release} loads the Falco kernel module on Talos with Secure Boot`,
        why: (d) => `this repository boots Talos with Secure Boot (${d.secureBootAt}${d.nodes.length ? `, node${d.nodes.length > 1 ? "s" : ""} ${d.nodes.join(", ")}` : ""})${unsureNote(d)}, and ${describeRelease(d)} loads falco.ko: Talos loads only modules signed when Talos was built (module.sig_enforce, which cannot be turned off under Secure Boot, and every kernel lockdown level refuses unsigned modules), so falco.ko is refused and Falco does not start on those nodes`,
        help: (d) => `use driver.kind: modern_ebpf, with ${LOCKDOWN_FIX} in the nodes' schematic on Talos before ${d.lockdownUntil}`
      })
    }
  },
  (ctx) => {
    const images = secureBootImages(ctx.model.talos);
    if (images.length === 0) return;
    for (const use of falcoDrivers(ctx).filter((u) => u.driver.kind === "kmod")) {
      const met = images.map((img) => meeting(ctx, img, [use])).filter((m) => m !== void 0);
      if (met.length === 0) continue;
      ctx.report({
        span: use.span,
        messageId: "kmod",
        data: {
          ...releaseData(use),
          ...unsureData(met[0], ctx),
          secureBootAt: where(met[0].img.declaration.span),
          nodes: met.flatMap((m) => m.img.nodes),
          lockdownUntil: talosLine(SECURE_BOOT_LOCKDOWN_UNTIL)
        }
      });
    }
  }
);

// src/rules/talos/secureboot-lockdown.ts
var MECHANISM = "Confidentiality lockdown withholds the bpf_probe_read helpers from eBPF programs, so";
var FAILS = 'and Falco exits with "Initialization issues during scap_init"';
var INTEGRITY = "(integrity lockdown keeps the kernel's integrity protections and allows eBPF tracing)";
function wording(d) {
  switch (d.declaredBy) {
    case "talosImageURL":
    case "machine.install.image":
      return {
        missing: `${d.nodes.length ? `${ofNodes(d.nodes)}, installed from` : " of"} this Secure Boot installer, and no schematic in this repository removes it (helmvet cannot see what ${d.installerId ? `schematic ${d.installerId}\u2026` : "the installer"} holds)`,
        fix: `build the installer from a schematic with customization.${LOCKDOWN_FIX} and use its ID here`
      };
    case "customization.secureboot":
      return {
        missing: " of images built from this schematic (its customization.secureboot options are for Secure Boot images), and its extraKernelArgs do not remove it",
        fix: `add to the schematic's customization: ${LOCKDOWN_FIX}`
      };
    default:
      return d.hasArgsList ? {
        missing: `${ofNodes(d.nodes)}, and this extraKernelArgs list does not remove it`,
        fix: `add "-lockdown" and then "lockdown=integrity" to this list: ${LOCKDOWN_FIX}`
      } : {
        missing: `${ofNodes(d.nodes)}, and ${d.nodes.length > 1 ? "their schematics have" : "its schematic has"} no extraKernelArgs that remove it`,
        fix: `give ${d.nodes.length > 1 ? "these nodes" : "this node"} schematic.customization.${LOCKDOWN_FIX}`
      };
  }
}
var messages6 = {
  confidentiality: message({
    title: (d) => `${secureBootOn(d)} keeps lockdown=confidentiality${d.nodes.length ? ` on node${d.nodes.length > 1 ? "s" : ""} ${d.nodes.join(", ")}` : ""}`,
    why: (d) => {
      const missing = d.setByList ? `${ofNodes(d.nodes)}, and this extraKernelArgs list sets lockdown=confidentiality again after removing it` : wording(d).missing;
      return `${secureBootOn(d)} adds lockdown=confidentiality to the kernel command line${missing}. ${MECHANISM} ${releasesCannotLoad(d.releases)} ${FAILS}${unsureNote(d)}`;
    },
    help: (d) => `${wording(d).fix} ${INTEGRITY}.${d.negationKept ? ` Talos before ${talosLine(NEGATED_KERNEL_ARGS_SINCE)} keeps a "-" argument as written; upgrade Talos first.` : ""}${unknownVersionNote(d)}`
  })
};
function data(img, uses2, known, unsure, setByList = false) {
  return {
    ...imageData(img),
    ...unsure,
    releases: uses2.map(releaseData),
    known,
    setByList,
    negationKept: !supportsNegatedArgs(img.version.version),
    installerId: (img.image ? /\/([0-9a-f]{64})(?::|@|$)/.exec(img.image)?.[1]?.slice(0, 12) : void 0) ?? null,
    hasArgsList: img.schematic !== "empty" && !!img.schematic?.kernelArgs
  };
}
var secureboot_lockdown_default = createRule(
  {
    id: "talos/secureboot-lockdown",
    title: "Talos Secure Boot keeps lockdown=confidentiality, which stops the eBPF probe of a Falco release",
    severity: "error",
    fixable: false,
    references: [
      "https://github.com/falcosecurity/falco/issues/3416",
      "https://github.com/siderolabs/talos/pull/8535",
      "https://github.com/siderolabs/talos/commit/5e13cafe5b506039fdd652372b1d1f71a1c1c10b",
      "https://github.com/siderolabs/talos/commit/a72281e5b98d55b0bfa6c1ba6499193e804c67ef"
    ],
    reads: [
      { read: "talos-configs", when: "falco-release" },
      { read: "falco-releases", when: "talos-config" }
    ],
    messages: messages6
  },
  (ctx) => {
    const ebpf = falcoDrivers(ctx).filter((u) => EBPF_DRIVERS.has(u.driver.kind));
    if (ebpf.length === 0) return;
    const someSchematicFixes = allSchematics(ctx.model.talos).some(
      (s) => applyKernelArgs(["confidentiality"], s.args, true).level !== "confidentiality"
    );
    for (const image of secureBootImages(ctx.model.talos)) {
      const met = meeting(ctx, image, ebpf);
      if (!met) continue;
      const { img, uses: uses2 } = met;
      const unsure = unsureData(met, ctx);
      const report2 = (known, setByList = false) => ctx.report({
        span: img.argsAnchor,
        severity: known ? "error" : "warning",
        messageId: "confidentiality",
        data: data(img, uses2, known, unsure, setByList)
      });
      if (img.schematic === void 0) {
        const forces = secureBootForcesConfidentiality(img.version.version);
        if (forces === false || someSchematicFixes) continue;
        report2(forces === true);
        continue;
      }
      const lockdown = lockdownOf(img);
      if (lockdown?.result.level !== "confidentiality") continue;
      report2(lockdown.known, !lockdown.result.lockdown.some((l) => l.from === void 0));
    }
  }
);

// src/rules/index.ts
var RULES = [
  version_advisory_default,
  render_blocking_value_default,
  removed_value_default,
  unknown_value_default,
  driver_kind_default,
  open_version_range_default,
  k8s_metadata_node_filter_default,
  removed_cli_option_default,
  removed_api_default,
  removed_field_default,
  base_syscalls_repair_default,
  cpu_limit_default,
  secureboot_lockdown_default,
  secureboot_kmod_default,
  lockdown_no_effect_default,
  lockdown_removed_default,
  install_kernel_args_ignored_default,
  unknown_chart_version_default,
  invalid_chart_version_default,
  yaml_syntax_default,
  duplicate_key_default,
  unreadable_file_default,
  unresolved_reference_default,
  unused_suppression_default
];
var RULES_BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

// src/cli/color.ts
function useColor(flag, stream, env = process.env) {
  if (flag !== void 0) return flag;
  if (env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "")
    return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return !!stream.isTTY && env.TERM !== "dumb";
}

export {
  compareText,
  FLUX_RELEASES,
  NEWEST_FLUX,
  serving,
  isCurrentHelmReleaseApi,
  FLUX2_CHART_FLUX,
  FLUX2_CHART_NEWEST,
  fluxOfChart,
  chartOfTemplate,
  parseYaml,
  parseSource,
  positionAt,
  withBom,
  fileLine,
  lineText,
  fileLocator,
  entryAt,
  valueAt,
  scalarAt,
  stringAt,
  mergeValues,
  setPath,
  toPlain,
  newSink,
  owning,
  layerOf,
  valuesFileLayer,
  documentTrees,
  asObject,
  apiGroup,
  versionRef,
  isKustomization,
  kustomizeReleases,
  isKustomizationFile,
  Consumers,
  buildTalosModel,
  resolveImages,
  DRIVER_ALIASES,
  runsOf,
  toFinding,
  removesWholeMap,
  VALUES_MIGRATIONS,
  MECHANICAL,
  RULES,
  RULES_BY_ID,
  require_picocolors,
  useColor
};
