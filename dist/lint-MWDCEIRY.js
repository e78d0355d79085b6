import { createRequire as __helmvetCreateRequire } from 'node:module'; const require = __helmvetCreateRequire(import.meta.url);
import {
  UsageError,
  lint
} from "./chunk-77HRBQFZ.js";
import "./chunk-YPCHEUSL.js";
import {
  countBySeverity,
  countsText,
  fixableCount,
  installedText,
  plural
} from "./chunk-WWFXR7MB.js";
import {
  loadKnowledge
} from "./chunk-BNRQYPDZ.js";
import {
  writeFileAtomic
} from "./chunk-X7FWGESB.js";
import {
  ConfigError,
  loadConfig,
  ruleSetting,
  unknownRule
} from "./chunk-BI3AF7H7.js";
import {
  EXIT,
  UsageFailure
} from "./chunk-VFWKDUYN.js";
import {
  RULES,
  RULES_BY_ID,
  lineText,
  positionAt,
  require_picocolors,
  useColor
} from "./chunk-ONIY72PD.js";
import "./chunk-WL5RTI3D.js";
import {
  countFailing,
  docsUrl,
  sentences
} from "./chunk-HMWWCMAS.js";
import "./chunk-ITFBIYZH.js";
import {
  __toESM
} from "./chunk-ZECVGOWP.js";

// src/cli/lint.ts
import { readFileSync, statSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";

// src/report/positions.ts
function spanEnd(finding) {
  const { file, start } = finding.span;
  let end = Math.max(start, Math.min(finding.span.end, file.text.length));
  while (end > start && (file.text[end - 1] === "\n" || file.text[end - 1] === "\r")) end--;
  return end;
}
function findingRange(finding) {
  const { file, start } = finding.span;
  const from = positionAt(file, start);
  const to = positionAt(file, spanEnd(finding));
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}
function docsUrlOf(result, ruleId) {
  return result.rules.find((rule) => rule.id === ruleId)?.docsUrl ?? docsUrl(ruleId);
}

// src/report/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData(value) {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function format(result, _options) {
  return result.findings.map((finding) => `${annotation(finding)}
`).join("");
}
function annotation(finding) {
  const range = findingRange(finding);
  const properties = [
    ["file", finding.span.file.path],
    ["line", range.line]
  ];
  if (range.endLine === range.line)
    properties.push(["col", range.column], ["endLine", range.endLine], ["endColumn", range.endColumn]);
  else properties.push(["endLine", range.endLine]);
  properties.push(["title", finding.title]);
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  const body = sentences(finding.why, finding.help) || sentences(finding.title);
  return `::${COMMAND[finding.severity]} ${list}::${escapeData(`${body} (${finding.ruleId})`)}`;
}

// src/report/json.ts
function toJsonReport(result) {
  return {
    schemaVersion: 1,
    tool: { name: result.tool.name, version: result.tool.version, knowledge: { ...result.knowledge } },
    files: result.files,
    templates: result.templates,
    findings: result.findings.map((finding) => jsonFinding(result, finding)),
    releases: result.releases.map(jsonRelease)
  };
}
function format2(result, _options) {
  return `${JSON.stringify(toJsonReport(result), null, 2)}
`;
}
function jsonFinding(result, finding) {
  const out = {
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    severity: finding.severity,
    message: finding.message,
    title: finding.title,
    why: finding.why,
    help: finding.help,
    data: finding.data,
    file: finding.span.file.path,
    ...findingRange(finding),
    docsUrl: docsUrlOf(result, finding.ruleId),
    references: [...finding.references]
  };
  if (finding.fix) out.fix = { kind: finding.fix.kind, description: finding.fix.description };
  return out;
}
function jsonRelease(release) {
  const { installed, admitted } = release;
  return {
    title: release.title,
    tool: release.tool,
    file: release.file,
    line: release.line,
    column: release.column,
    constraint: release.constraint ?? null,
    status: release.status,
    note: release.note,
    ...installed && {
      installed: {
        chart: installed.chart,
        falco: installed.falco,
        falcoPinned: installed.falcoPinned,
        containerPlugin: installed.containerPlugin,
        k8smetaPlugin: installed.k8smetaPlugin,
        driverKind: installed.driverKind,
        imageFlavor: installed.imageFlavor
      }
    },
    openAbove: release.openAbove,
    admitted: {
      count: admitted.count,
      ...admitted.lowest !== void 0 && { lowest: admitted.lowest },
      ...admitted.highest !== void 0 && { highest: admitted.highest }
    }
  };
}

// src/report/knowledge-text.ts
function knowledgeText(k) {
  const bundled = `falco charts ${k.bundled.oldest} to ${k.bundled.newest} bundled (facts as of ${k.bundled.date})`;
  if (!k.cache) return bundled;
  const learned = k.cache.versions === 0 ? "nothing newer learned" : `${k.cache.newest ?? "versions"} learned (${k.cache.versions} version${k.cache.versions === 1 ? "" : "s"})`;
  return `${bundled}; ${learned} from ${k.cache.repoUrl}, fetched ${k.cache.fetchedAt.slice(0, 10)}`;
}

// src/report/markdown.ts
var EMOJI = { error: "\u274C", warning: "\u26A0\uFE0F", info: "\u2139\uFE0F" };
function escapeCell(text) {
  return text.replace(/[\\`*_[\]<>|~&]/g, "\\$&").replace(/\r?\n/g, "<br>");
}
function codeCell(text) {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const body = text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
  const pad = body.startsWith("`") || body.endsWith("`") ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
function href(path, line, base = "") {
  return `${base}${path.split("/").map(encodeURIComponent).join("/")}#L${line}`;
}
var locator = (base) => (path, line) => `[${escapeCell(path)}:${line}](${href(path, line, base)})`;
function format3(result, options) {
  const location = locator(options.linkBase);
  const sections = [["## helmvet"], problems(result, location)];
  if (result.releases.length > 0) sections.push(releases(result.releases, location));
  sections.push([`<sub>helmvet ${result.tool.version} \xB7 ${escapeCell(knowledgeText(result.knowledge))}</sub>`]);
  return `${sections.map((lines) => lines.join("\n")).join("\n\n")}
`;
}
function problems(result, location) {
  const files = plural(result.files, "file");
  if (result.findings.length === 0) return [`\u2705 No problems found in ${files}.`];
  const counts = countBySeverity(result);
  const fixable = fixableCount(result);
  const emojiCounts = countsText(counts, (severity, text) => `${EMOJI[severity]} ${text}`);
  const lines = [
    `**${plural(result.findings.length, "problem")}** in ${files}: ${emojiCounts}.` + (fixable > 0 ? ` ${fixable} fixable with \`helmvet migrate\`.` : ""),
    "",
    "| Severity | Location | Rule | Message |",
    "| --- | --- | --- | --- |"
  ];
  for (const finding of result.findings) lines.push(findingRow(result, finding, location));
  return lines;
}
function findingRow(result, finding, location) {
  const { line } = findingRange(finding);
  const rule = `[${escapeCell(finding.ruleId)}](${docsUrlOf(result, finding.ruleId)})`;
  return `| ${EMOJI[finding.severity]} ${finding.severity} | ${location(finding.span.file.path, line)} | ${rule} | **${escapeCell(finding.title)}**${finding.why || finding.help ? `<br>${escapeCell(sentences(finding.why, finding.help))}` : ""} |`;
}
function releases(list, location) {
  const lines = [
    "### Falco deployments",
    "",
    "| Deployment | Location | Version | Resolves | Installs |",
    "| --- | --- | --- | --- | --- |"
  ];
  for (const release of list) {
    const constraint = release.constraint === void 0 ? "none (newest stable)" : codeCell(release.constraint);
    const cells = [
      escapeCell(release.title),
      location(release.file, release.line),
      constraint,
      escapeCell(release.note),
      installedText(release) ?? "\u2014"
    ];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines;
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = "https://github.com/helmvet/helmvet";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT = "helmvetLineHash/v1";
var LEVEL = { error: "error", warning: "warning", info: "note" };
function format4(result, _options) {
  const rules = ruleDescriptors(result);
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const seen = /* @__PURE__ */ new Map();
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            semanticVersion: result.tool.version,
            informationUri: INFORMATION_URI,
            rules
          }
        },
        // Relative paths are resolved against the directory helmvet ran in (`file` is relative to it).
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(process.cwd()) } },
        columnKind: "utf16CodeUnits",
        results: result.findings.map((finding) => sarifResult(finding, index.get(finding.ruleId) ?? 0, seen)),
        // What the run knew of the falco chart (SARIF 2.1.0 §3.8: a property bag for what the format has no place for).
        properties: { knowledge: result.knowledge, knowledgeText: knowledgeText(result.knowledge) }
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function ruleDescriptors(result) {
  const described = result.rules.map(
    (rule) => descriptor(rule.id, rule.title, rule.severity, rule.docsUrl, rule.references)
  );
  const known = new Set(described.map((rule) => rule.id));
  for (const finding of result.findings) {
    if (known.has(finding.ruleId)) continue;
    known.add(finding.ruleId);
    described.push(
      descriptor(
        finding.ruleId,
        finding.ruleId,
        finding.severity,
        docsUrlOf(result, finding.ruleId),
        finding.references
      )
    );
  }
  return described;
}
function descriptor(id, title, severity, helpUri, references) {
  const sources = references.map((reference) => `- ${reference}`).join("\n");
  const more = `Documentation: ${helpUri}${sources ? `

References:
${sources}` : ""}`;
  return {
    id,
    name: pascalCase(id.slice(id.lastIndexOf("/") + 1)),
    shortDescription: { text: title },
    helpUri,
    help: { text: `${title}

${more}`, markdown: `**${title}**

${more}` },
    defaultConfiguration: { level: LEVEL[severity] },
    // The pack (falco, flux, talos, helmvet) lets code scanning filter by what the rule is about.
    properties: { tags: [id.slice(0, id.indexOf("/")) || "helmvet"] }
  };
}
function pascalCase(kebab) {
  return kebab.split("-").map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
}
function sarifResult(finding, ruleIndex, seen) {
  const { file, start } = finding.span;
  const range = findingRange(finding);
  const region = {
    startLine: range.line,
    startColumn: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
    // Secrets: a result says where, never what.
    ...!file.sensitive && { snippet: { text: file.text.slice(start, spanEnd(finding)) } }
  };
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: {
      text: finding.message,
      markdown: `**${markdownText(finding.title)}**

${markdownText(finding.why)}

${markdownText(finding.help)}`
    },
    locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(file.path), uriBaseId: SRCROOT }, region } }],
    partialFingerprints: { [FINGERPRINT]: fingerprint(finding, lineText(file, range.line), seen) },
    properties: {
      messageId: finding.messageId,
      ...finding.references.length > 0 && { references: [...finding.references] }
    }
  };
}
function fingerprint(finding, line, seen) {
  const { file } = finding.span;
  const content = file.sensitive ? finding.message : line.trim();
  const hash = createHash("sha256").update(`${finding.ruleId}\0${file.path}\0${content}`).digest("hex");
  const occurrence = (seen.get(hash) ?? 0) + 1;
  seen.set(hash, occurrence);
  return `${hash}:${occurrence}`;
}
var markdownText = (text) => text.replace(/[\\*_[\]<>|~]/g, "\\$&");
function fileUri(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function directoryUri(dir) {
  const href2 = pathToFileURL(dir).href;
  return href2.endsWith("/") ? href2 : `${href2}/`;
}

// src/report/stylish.ts
var import_picocolors = __toESM(require_picocolors(), 1);

// src/report/terminal.ts
var TAB_WIDTH = 4;
var UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
function sanitize(text) {
  return text.replace(UNSAFE, "\uFFFD");
}
var WIDE = [
  [4352, 4447],
  [11904, 12350],
  [12353, 13311],
  [13312, 19903],
  [19968, 40959],
  [40960, 42191],
  [44032, 55203],
  [63744, 64255],
  [65072, 65103],
  [65280, 65376],
  [65504, 65510],
  [127744, 128591],
  [129280, 129535],
  [131072, 262141]
];
var ZERO = [
  [768, 879],
  [8203, 8205],
  [65024, 65039]
];
var within = (ranges, code) => ranges.some(([low, high]) => code >= low && code <= high);
function charWidth(char) {
  const code = char.codePointAt(0) ?? 0;
  if (within(ZERO, code)) return 0;
  return within(WIDE, code) ? 2 : 1;
}
function expand(text, from = 0) {
  let out = "";
  let width = from;
  for (const char of sanitize(text)) {
    if (char === "	") {
      const stop = TAB_WIDTH - width % TAB_WIDTH;
      out += " ".repeat(stop);
      width += stop;
    } else {
      out += char;
      width += charWidth(char);
    }
  }
  return { text: out, width };
}

// src/report/stylish.ts
var paintFor = (c, severity) => ({ error: c.red, warning: c.yellow, info: c.blue })[severity];
function format5(result, options) {
  const c = import_picocolors.default.createColors(options.color);
  const blocks = [];
  for (const group of groupByFile(result.findings)) blocks.push(fileBlock(group, c, options.width));
  if (result.releases.length > 0) blocks.push(releasesBlock(result.releases, c));
  blocks.push(summaryBlock(result, c));
  return `${blocks.map((block) => block.join("\n")).join("\n\n")}
`;
}
function groupByFile(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const group = groups.get(finding.span.file.path);
    if (group) group.push(finding);
    else groups.set(finding.span.file.path, [finding]);
  }
  return [...groups.values()];
}
function wrap(label, text, indent, width, paint = (s) => s) {
  const first = `${" ".repeat(indent)}${label} `;
  if (!width) return [`${" ".repeat(indent)}${paint(label)} ${text}`];
  const room = Math.max(20, width - first.length);
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map(
    (l, i) => i === 0 ? `${" ".repeat(indent)}${paint(label)} ${l}` : `${" ".repeat(first.length)}${l}`
  );
}
function fileBlock(findings, c, width) {
  const rows = findings.map((finding) => ({ finding, range: findingRange(finding) }));
  const at = (range) => `${range.line}:${range.column}`;
  const atWidth = Math.max(...rows.map((row) => at(row.range).length));
  const severityWidth = Math.max(...rows.map((row) => row.finding.severity.length));
  const gutterWidth = Math.max(...rows.map((row) => String(row.range.line).length));
  const lines = [c.underline(sanitize(findings[0]?.span.file.path ?? ""))];
  for (const { finding, range } of rows) {
    const paint = paintFor(c, finding.severity);
    lines.push(
      `  ${c.dim(at(range).padEnd(atWidth))}  ${paint(finding.severity.padEnd(severityWidth))}  ${c.bold(sanitize(finding.title))}  ${c.dim(finding.ruleId)}`
    );
    if (!finding.span.file.sensitive) lines.push(...snippet(finding, range, gutterWidth, paint, c));
    const indent = 4 + gutterWidth + 3;
    if (finding.why) lines.push(...wrap("why:", sentences(sanitize(finding.why)), indent, width, c.dim));
    if (finding.help) lines.push(...wrap("help:", sentences(sanitize(finding.help)), indent, width, c.cyan));
  }
  return lines;
}
function snippet(finding, range, gutterWidth, paint, c) {
  const source = lineText(finding.span.file, range.line);
  const startIndex = Math.min(range.column - 1, source.length);
  const endIndex = range.endLine === range.line ? Math.max(startIndex, range.endColumn - 1) : source.length;
  const before = expand(source.slice(0, startIndex));
  const marked = expand(source.slice(startIndex, endIndex), before.width);
  const shown = expand(source).text;
  const caretWidth = Math.max(1, marked.width - before.width);
  const gutter = (label) => c.dim(`    ${label.padStart(gutterWidth)} |`);
  return [
    `${gutter(String(range.line))}${shown ? ` ${shown}` : ""}`,
    `${gutter("")} ${" ".repeat(before.width)}${paint(`^${"~".repeat(caretWidth - 1)}`)}`
  ];
}
function releasesBlock(releases2, c) {
  const lines = [c.bold("Falco deployments")];
  for (const release of releases2) {
    lines.push(`  ${sanitize(release.title)}  ${c.dim(`${sanitize(release.file)}:${release.line}`)}`);
    const constraint = release.constraint === void 0 ? "none (newest stable)" : sanitize(release.constraint);
    lines.push(`    ${c.dim("version ")}  ${constraint}`);
    lines.push(`    ${c.dim("resolves")}  ${sanitize(release.note)}`);
    const installed = installedText(release);
    if (installed) lines.push(`    ${c.dim("installs")}  ${installed}`);
  }
  return lines;
}
function summaryBlock(result, c) {
  const counts = countBySeverity(result);
  const total = result.findings.length;
  const templates = result.templates ? [
    c.dim(
      `  ${plural(result.templates, "template")} not linted (not YAML until Helm or a template engine renders ${result.templates > 1 ? "them" : "it"})`
    )
  ] : [];
  if (total === 0) return [c.green(c.bold(`\u2714 no problems in ${plural(result.files, "file")}`)), ...templates];
  const paint = counts.error > 0 ? c.red : counts.warning > 0 ? c.yellow : c.blue;
  const lines = [paint(c.bold(`\u2716 ${plural(total, "problem")} (${countsText(counts)})`))];
  const fixable = fixableCount(result);
  if (fixable > 0) lines.push(c.dim(`  ${fixable} of them fixable with \`helmvet migrate\``));
  return [...lines, ...templates];
}

// src/report/index.ts
var FORMATTERS = { stylish: format5, json: format2, sarif: format4, github: format, markdown: format3 };
function render(format6, result, options) {
  return FORMATTERS[format6](result, options);
}

// src/cli/lint.ts
function printConfig(file, config, overrides, cwd) {
  const abs = resolve(cwd, file);
  const rel = relative(config.path ? dirname(config.path) : cwd, abs).split(sep).join("/");
  const rules = Object.fromEntries(
    RULES.map((r) => [r.meta.id, overrides[r.meta.id] ?? ruleSetting(config, r.meta.id, rel) ?? r.meta.severity])
  );
  return `${JSON.stringify({ file: relative(cwd, abs).split(sep).join("/") || file, config: config.path ? relative(cwd, config.path).split(sep).join("/") : null, ignore: config.ignore, mirrors: config.mirrors, rules }, null, 2)}
`;
}
function parseRuleOptions(list) {
  const out = {};
  for (const item of list) {
    const m = /^([^=]+)=(off|info|warning|error)$/.exec(item.trim());
    if (!m) throw new UsageFailure(`--rule ${item}: expected ID=off|info|warning|error`);
    if (!RULES_BY_ID.has(m[1]))
      throw new UsageFailure(`--rule ${item}: ${unknownRule(m[1], new Set(RULES_BY_ID.keys()))}`);
    out[m[1]] = m[2];
  }
  return out;
}
function writeReport(output, text) {
  let isDir = false;
  try {
    isDir = statSync(output).isDirectory();
  } catch {
  }
  if (isDir) throw new UsageFailure(`-o ${output}: is a directory; name a file`);
  try {
    writeFileAtomic(output, text);
  } catch (e) {
    const code = e.code;
    const why = code === "ENOENT" || code === "ENOTDIR" ? `directory ${dirname(output)} does not exist` : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EROFS" ? "read-only file system" : code === "EISDIR" ? "is a directory; name a file" : `cannot be written (${code ?? e.message})`;
    throw new UsageFailure(`-o ${output}: ${why}`);
  }
}
function runLint(paths, options, cwd = process.cwd()) {
  let config;
  try {
    config = loadConfig(cwd, options.config, new Set(RULES_BY_ID.keys()));
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageFailure(e.message);
    throw e;
  }
  const ruleOverrides = parseRuleOptions(options.rule);
  if (options.printConfig) {
    process.stdout.write(printConfig(options.printConfig, config, ruleOverrides, cwd));
    return EXIT.ok;
  }
  if (options.stdinFilename && !options.stdin) throw new UsageFailure("--stdin-filename goes with --stdin");
  const stdin = options.stdin ? { path: resolve(cwd, options.stdinFilename ?? "stdin.yaml"), text: readFileSync(0, "utf8") } : void 0;
  if (stdin && paths.length) throw new UsageFailure("--stdin lints standard input: pass no paths with it");
  const knowledge = loadKnowledge();
  if (knowledge.cacheProblem)
    process.stderr.write(`helmvet: ${knowledge.cacheProblem}; linting with the bundled facts
`);
  let result;
  try {
    result = lint({
      cwd,
      knowledge,
      paths: stdin ? [stdin.path] : paths.length ? paths : ["."],
      config,
      ruleOverrides,
      ...stdin ? { overlay: /* @__PURE__ */ new Map([[stdin.path, stdin.text]]) } : {}
    });
  } catch (e) {
    if (e instanceof UsageError) throw new UsageFailure(e.message);
    throw e;
  }
  if (options.quiet) result = { ...result, findings: result.findings.filter((f) => f.severity === "error") };
  if (options.summary === false) result = { ...result, releases: [] };
  for (const s of result.skipped) process.stderr.write(`helmvet: ${s.path} ${s.detail}; nothing in it is checked
`);
  if (result.files === 0 && options.errorOnUnmatchedPattern !== false) {
    const why = result.templates ? ` (${plural(result.templates, "template")}, which helmvet does not lint)` : "";
    throw new UsageFailure(
      `no YAML files checked under ${(paths.length ? paths : ["."]).join(", ")}${why}; pass --no-error-on-unmatched-pattern to accept that`
    );
  }
  const color = !options.output && options.format === "stylish" && useColor(options.color, process.stdout);
  const width = !options.output && process.stdout.isTTY ? process.stdout.columns : void 0;
  const text = render(options.format, result, { color, ...width ? { width } : {} });
  if (options.output) writeReport(options.output, text);
  else process.stdout.write(text);
  const warnings = result.findings.filter((f) => f.severity === "warning").length;
  if (options.maxWarnings !== void 0 && warnings > options.maxWarnings) {
    process.stderr.write(`helmvet: ${plural(warnings, "warning")}, more than --max-warnings ${options.maxWarnings}
`);
    return EXIT.findings;
  }
  return countFailing(result.findings, options.failOn) > 0 ? EXIT.findings : EXIT.ok;
}
export {
  parseRuleOptions,
  runLint,
  writeReport
};
