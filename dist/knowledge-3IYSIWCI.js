import { createRequire as __helmvetCreateRequire } from 'node:module'; const require = __helmvetCreateRequire(import.meta.url);
import {
  plural
} from "./chunk-WWFXR7MB.js";
import {
  CACHE_FORMAT,
  CHART_VERSIONS,
  CacheError,
  KnowledgeUpdateError,
  cacheDir,
  cacheFile,
  firstLine,
  loadKnowledge,
  readCache,
  valueKeys,
  writeCache
} from "./chunk-BNRQYPDZ.js";
import "./chunk-X7FWGESB.js";
import {
  EXIT
} from "./chunk-VFWKDUYN.js";
import {
  require_semver
} from "./chunk-HMWWCMAS.js";
import {
  require_dist
} from "./chunk-ITFBIYZH.js";
import {
  __toESM
} from "./chunk-ZECVGOWP.js";

// src/knowledge/update/update.ts
var import_semver2 = __toESM(require_semver(), 1);
import { createHash } from "node:crypto";

// src/knowledge/update/chart-archive.ts
import { gunzipSync } from "node:zlib";

// src/knowledge/update/limits.ts
var MB = 1024 * 1024;
var LIMITS = {
  /** index.yaml of the whole repository (falcosecurity/charts' is a few MB: every chart, every version). */
  indexBytes: 20 * MB,
  /** One chart .tgz as downloaded (falco's is well under 1 MB). */
  tarballBytes: 20 * MB,
  /** The tar stream once gunzipped: a gzip bomb stops here. */
  unpackedBytes: 100 * MB,
  /** falco/Chart.yaml and falco/values.yaml each. */
  chartFileBytes: 2 * MB
};
var DEFAULT_TIMEOUT_MS = 3e4;
function sizeText(bytes) {
  const round = (n) => Math.round(n * 10) / 10;
  if (bytes >= MB) return `${round(bytes / MB)} MB`;
  if (bytes >= 1024) return `${round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}

// src/knowledge/update/tar.ts
var BLOCK = 512;
var TarError = class extends Error {
};
var broken = (detail) => new TarError(`broken tarball: ${detail}`);
var KINDS = {
  "1": "hard link",
  "2": "symbolic link",
  "3": "character device",
  "4": "block device",
  "5": "directory",
  "6": "FIFO"
};
var REGULAR = /* @__PURE__ */ new Set(["0", "\0", "7"]);
var isZeroBlock = (block) => block.every((b) => b === 0);
function cString(bytes) {
  const end = bytes.indexOf(0);
  return Buffer.from(end === -1 ? bytes : bytes.subarray(0, end)).toString("utf8");
}
function numeric(field, what, at) {
  const lead = field[0];
  if (lead & 128) {
    if (lead === 255) throw broken(`negative ${what} in the header at byte ${at}`);
    let value = lead & 127;
    for (const b of field.subarray(1)) {
      value = value * 256 + b;
      if (value > Number.MAX_SAFE_INTEGER) throw broken(`${what} out of range in the header at byte ${at}`);
    }
    return value;
  }
  const digits = Buffer.from(field).toString("latin1").replace(/^[ \0]+|[ \0]+$/g, "");
  if (!/^[0-7]*$/.test(digits)) throw broken(`bad ${what} field in the header at byte ${at}`);
  return digits === "" ? 0 : parseInt(digits, 8);
}
function checksumMatches(block, at) {
  const stored = numeric(block.subarray(148, 156), "checksum", at);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const b = i >= 148 && i < 156 ? 32 : block[i];
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return stored === unsigned || stored === signed;
}
function paxRecords(data, at) {
  const records = /* @__PURE__ */ new Map();
  const bad = () => broken(`bad PAX header at byte ${at}`);
  let pos = 0;
  while (pos < data.length) {
    const space = data.indexOf(32, pos);
    if (space === -1) throw bad();
    const lengthText = Buffer.from(data.subarray(pos, space)).toString("latin1");
    if (!/^[1-9]\d*$/.test(lengthText)) throw bad();
    const end = pos + Number(lengthText);
    if (end > data.length || end <= space + 1 || data[end - 1] !== 10) throw bad();
    const record = Buffer.from(data.subarray(space + 1, end - 1)).toString("utf8");
    const eq = record.indexOf("=");
    if (eq <= 0) throw bad();
    records.set(record.slice(0, eq), record.slice(eq + 1));
    pos = end;
  }
  return records;
}
function pathEscapes(path) {
  if (path.startsWith("/") || path.startsWith("\\") || /^[A-Za-z]:/.test(path)) return true;
  return path.split(/[\\/]/).includes("..");
}
function linkEscapes(entryPath, target, symbolic) {
  if (target.startsWith("/") || target.startsWith("\\") || /^[A-Za-z]:/.test(target)) return true;
  const stack = symbolic ? normalize(entryPath).split("/").slice(0, -1) : [];
  for (const segment of target.split(/[\\/]/)) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (stack.length === 0) return true;
      stack.pop();
    } else stack.push(segment);
  }
  return false;
}
var normalize = (path) => path.split("/").filter((s) => s !== "" && s !== ".").join("/");
function readTarFiles(tar, wanted, maxFileBytes) {
  const found = /* @__PURE__ */ new Map();
  let pax = /* @__PURE__ */ new Map();
  let longName;
  let longLink;
  let pending = false;
  let offset = 0;
  while (offset < tar.length) {
    if (offset + BLOCK > tar.length) throw broken(`truncated header at byte ${offset}`);
    const header = tar.subarray(offset, offset + BLOCK);
    if (isZeroBlock(header)) {
      if (pending) throw broken(`the archive ends after an extended header at byte ${offset}`);
      return found;
    }
    if (!checksumMatches(header, offset)) throw broken(`bad header checksum at byte ${offset}`);
    const type = String.fromCharCode(header[156]);
    const magic = Buffer.from(header.subarray(257, 263)).toString("latin1");
    const prefix = magic === "ustar\0" ? cString(header.subarray(345, 500)) : "";
    const name = cString(header.subarray(0, 100));
    const headerPath = prefix ? `${prefix}/${name}` : name;
    const paxSize = pax.get("size");
    if (paxSize !== void 0 && !/^\d+$/.test(paxSize)) throw broken(`bad PAX size ${paxSize} at byte ${offset}`);
    const size = paxSize !== void 0 ? Number(paxSize) : numeric(header.subarray(124, 136), "size", offset);
    const dataStart = offset + BLOCK;
    const dataEnd = dataStart + size;
    if (dataEnd > tar.length) throw broken(`truncated entry ${headerPath || "(unnamed)"} at byte ${offset}`);
    const data = tar.subarray(dataStart, dataEnd);
    const at = offset;
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;
    if (type === "x") {
      for (const [key2, value] of paxRecords(data, at)) pax.set(key2, value);
      pending = true;
      continue;
    }
    if (type === "g") continue;
    if (type === "L" || type === "K") {
      if (size > maxFileBytes) throw broken(`GNU long name larger than ${sizeText(maxFileBytes)} at byte ${at}`);
      if (type === "L") longName = cString(data);
      else longLink = cString(data);
      pending = true;
      continue;
    }
    if (type === "S") throw broken(`GNU sparse entry ${headerPath} is not supported`);
    const path = pax.get("path") ?? longName ?? headerPath;
    const link = pax.get("linkpath") ?? longLink ?? cString(header.subarray(157, 257));
    pax = /* @__PURE__ */ new Map();
    longName = longLink = void 0;
    pending = false;
    if (path === "") throw broken(`entry without a name at byte ${at}`);
    if (pathEscapes(path)) throw new TarError(`entry ${path} is outside the chart`);
    if ((type === "1" || type === "2") && linkEscapes(path, link, type === "2"))
      throw new TarError(`entry ${path} links to ${link}, outside the chart`);
    const key = normalize(path);
    if (!wanted.has(key)) continue;
    const kind = path.endsWith("/") && REGULAR.has(type) ? "5" : type;
    if (!REGULAR.has(kind))
      throw new TarError(`${key} is a ${KINDS[kind] ?? `type ${JSON.stringify(kind)} entry`}, not a regular file`);
    if (found.has(key)) throw new TarError(`${key} appears twice`);
    if (size > maxFileBytes) throw new TarError(`${key} is larger than ${sizeText(maxFileBytes)}`);
    found.set(key, Buffer.from(data));
  }
  if (pending) throw broken("the archive ends after an extended header");
  return found;
}

// src/knowledge/update/chart-archive.ts
var CHART_YAML = "falco/Chart.yaml";
var VALUES_YAML = "falco/values.yaml";
var utf8 = new TextDecoder("utf-8", { fatal: true });
function readChartArchive(tgz, label, limits = LIMITS) {
  let tar;
  try {
    tar = gunzipSync(tgz, { maxOutputLength: limits.unpackedBytes });
  } catch (e) {
    if (e.code === "ERR_BUFFER_TOO_LARGE")
      throw new KnowledgeUpdateError(`${label}: unpacks to more than ${sizeText(limits.unpackedBytes)}`);
    throw new KnowledgeUpdateError(`${label}: not a gzip file (${firstLine(e)})`);
  }
  let files;
  try {
    files = readTarFiles(tar, /* @__PURE__ */ new Set([CHART_YAML, VALUES_YAML]), limits.chartFileBytes);
  } catch (e) {
    if (e instanceof TarError) throw new KnowledgeUpdateError(`${label}: ${e.message}`);
    throw e;
  }
  const text3 = (name) => {
    const bytes = files.get(name);
    if (!bytes) throw new KnowledgeUpdateError(`${label}: has no ${name}`);
    try {
      return utf8.decode(bytes);
    } catch {
      throw new KnowledgeUpdateError(`${label}: ${name} is not UTF-8 text`);
    }
  };
  return { chartYaml: text3(CHART_YAML), valuesYaml: text3(VALUES_YAML) };
}

// src/knowledge/update/chart-facts.ts
var import_yaml = __toESM(require_dist(), 1);
var isMap = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var text = (v) => typeof v === "string" && v !== "" ? v : null;
function valueAt(values, path) {
  let cur = values;
  for (const key of path) cur = isMap(cur) ? cur[key] : void 0;
  return cur;
}
function scalarAt(doc, values, dotted) {
  const path = dotted.split(".");
  const node = doc.getIn(path, true);
  const value = (0, import_yaml.isScalar)(node) ? node.value : valueAt(values, path);
  if (typeof value === "string") return text(value);
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean")
    return ((0, import_yaml.isScalar)(node) ? node.source : void 0) ?? String(value);
  return null;
}
function tagOf(ref) {
  const name = ref.split("@")[0];
  const colon = name.lastIndexOf(":");
  return colon > name.lastIndexOf("/") ? name.slice(colon + 1) || null : null;
}
var YAML_OPTIONS = { merge: true, uniqueKeys: false, logLevel: "error" };
function invalid(label, file, e) {
  return new KnowledgeUpdateError(`${label}: ${file} is not valid YAML (${firstLine(e)})`);
}
function readChartYaml(source, label) {
  try {
    return (0, import_yaml.parse)(source, { ...YAML_OPTIONS, schema: "failsafe" });
  } catch (e) {
    throw invalid(label, "falco/Chart.yaml", e);
  }
}
function readValuesYaml(source, label) {
  const doc = (0, import_yaml.parseDocument)(source, YAML_OPTIONS);
  if (doc.errors.length > 0) throw invalid(label, "falco/values.yaml", doc.errors[0]);
  let values;
  try {
    values = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw invalid(label, "falco/values.yaml", e);
  }
  if (values !== null && values !== void 0 && !isMap(values))
    throw new KnowledgeUpdateError(`${label}: falco/values.yaml is not a map`);
  return { doc, values: values ?? {} };
}
function chartFacts(files, label) {
  const chart = readChartYaml(files.chartYaml, label);
  if (!isMap(chart)) throw new KnowledgeUpdateError(`${label}: falco/Chart.yaml is not a map`);
  if (chart.name !== "falco")
    throw new KnowledgeUpdateError(`${label}: falco/Chart.yaml names chart ${text(chart.name) ?? "(none)"}, not falco`);
  const version = text(chart.version);
  if (version === null) throw new KnowledgeUpdateError(`${label}: falco/Chart.yaml has no version`);
  const appVersion = text(chart.appVersion);
  const { doc, values } = readValuesYaml(files.valuesYaml, label);
  const containerPluginRef = scalarAt(doc, values, "collectors.containerEngine.pluginRef");
  const k8smetaPluginRef = scalarAt(doc, values, "collectors.kubernetes.pluginRef");
  const repository = scalarAt(doc, values, "image.repository");
  const registry = scalarAt(doc, values, "image.registry");
  const tag = scalarAt(doc, values, "image.tag") ?? appVersion;
  const image = repository === null ? null : `${registry ? `${registry}/` : ""}${repository}${tag ? `:${tag}` : ""}`;
  return {
    version,
    appVersion,
    containerPluginRef,
    containerPlugin: containerPluginRef && tagOf(containerPluginRef),
    k8smetaPluginRef,
    k8smetaPlugin: k8smetaPluginRef && tagOf(k8smetaPluginRef),
    driverKind: scalarAt(doc, values, "driver.kind"),
    image,
    keys: valueKeys(values)
  };
}

// src/knowledge/update/download.ts
var seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
function reason(e) {
  const cause = e instanceof Error ? e.cause : void 0;
  return cause instanceof Error && cause.message ? firstLine(cause) : firstLine(e);
}
function checkHttpUrl(url, what) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new KnowledgeUpdateError(`${what}: ${url} is not a URL`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw new KnowledgeUpdateError(`${what}: ${url} is not an http(s) URL`);
  return parsed;
}
async function download(url, maxBytes, transport) {
  checkHttpUrl(url, "cannot fetch");
  const signal = AbortSignal.timeout(transport.timeoutMs);
  const failed = (e) => signal.aborted ? new KnowledgeUpdateError(`timed out after ${seconds(transport.timeoutMs)} fetching ${url}`) : new KnowledgeUpdateError(`cannot fetch ${url}: ${reason(e)}`);
  const tooBig = () => new KnowledgeUpdateError(`cannot fetch ${url}: larger than ${sizeText(maxBytes)}`);
  let response;
  try {
    response = await transport.fetch(url, { signal, redirect: "follow" });
  } catch (e) {
    throw failed(e);
  }
  const discard = () => response.body?.cancel().catch(() => void 0);
  if (!response.ok) {
    await discard();
    throw new KnowledgeUpdateError(`cannot fetch ${url}: HTTP ${response.status}`);
  }
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) {
    await discard();
    throw tooBig();
  }
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks = [];
  let total = 0;
  try {
    for (; ; ) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => void 0);
        throw tooBig();
      }
      chunks.push(value);
    }
  } catch (e) {
    throw e instanceof KnowledgeUpdateError ? e : failed(e);
  }
  return Buffer.concat(chunks, total);
}

// src/knowledge/update/repo-index.ts
var import_semver = __toESM(require_semver(), 1);
var import_yaml2 = __toESM(require_dist(), 1);
var isMap2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var text2 = (v) => typeof v === "string" && v !== "" ? v : null;
function parseRepoIndex(source, indexUrl, repoUrl, chart = "falco") {
  let doc;
  try {
    doc = (0, import_yaml2.parse)(source, { schema: "failsafe" });
  } catch (e) {
    throw new KnowledgeUpdateError(`${indexUrl}: not valid YAML (${firstLine(e)})`);
  }
  if (!isMap2(doc) || !isMap2(doc.entries))
    throw new KnowledgeUpdateError(`${indexUrl}: not a Helm repository index (no entries)`);
  const list = doc.entries[chart];
  if (!Array.isArray(list)) throw new KnowledgeUpdateError(`${indexUrl}: the index lists no ${chart} chart`);
  const base = repoUrl.endsWith("/") ? repoUrl : `${repoUrl}/`;
  const seen = /* @__PURE__ */ new Set();
  const entries = [];
  for (const item of list) {
    const version = isMap2(item) ? text2(item.version) : null;
    if (!isMap2(item) || version === null)
      throw new KnowledgeUpdateError(`${indexUrl}: a ${chart} entry has no version`);
    if (!import_semver.default.parse(version))
      throw new KnowledgeUpdateError(`${indexUrl}: ${chart} chart version ${version} is not a semantic version`);
    if (seen.has(version)) continue;
    seen.add(version);
    const first = Array.isArray(item.urls) ? text2(item.urls[0]) : null;
    if (first === null) throw new KnowledgeUpdateError(`${indexUrl}: ${chart} ${version} has no urls`);
    let url;
    try {
      url = new URL(first, base).href;
    } catch {
      throw new KnowledgeUpdateError(`${indexUrl}: ${chart} ${version} has a bad URL ${first}`);
    }
    checkHttpUrl(url, `${indexUrl}: ${chart} ${version}`);
    const rawDigest = text2(item.digest);
    const digest = rawDigest === null ? null : rawDigest.replace(/^sha256:/i, "").toLowerCase();
    if (digest !== null && !/^[0-9a-f]{64}$/.test(digest))
      throw new KnowledgeUpdateError(`${indexUrl}: ${chart} ${version} has digest ${rawDigest}, not a sha256`);
    const created = text2(item.created);
    const date = created !== null && /^\d{4}-\d{2}-\d{2}/.test(created) ? created.slice(0, 10) : null;
    entries.push({ version, appVersion: text2(item.appVersion), url, digest, date });
  }
  return entries;
}

// src/knowledge/update/update.ts
var DEFAULT_REPO_URL = "https://falcosecurity.github.io/charts";
var bySemver = (a, b) => import_semver2.default.compare(a.version, b.version) || (a.version < b.version ? -1 : a.version > b.version ? 1 : 0);
function repositoryUrl(url) {
  const trimmed = url.trim().replace(/\/+$/, "");
  checkHttpUrl(trimmed, "the chart repository");
  return trimmed;
}
async function learn(entry, transport) {
  const label = `falco-${entry.version}.tgz`;
  const tgz = await download(entry.url, LIMITS.tarballBytes, transport);
  const digest = createHash("sha256").update(tgz).digest("hex");
  if (entry.digest !== null && entry.digest !== digest)
    throw new KnowledgeUpdateError(`${label}: sha256 mismatch (index says ${entry.digest}, got ${digest})`);
  const facts = chartFacts(readChartArchive(tgz, label), label);
  if (facts.version !== entry.version)
    throw new KnowledgeUpdateError(
      `${label}: falco/Chart.yaml says version ${facts.version}, the index says ${entry.version}`
    );
  const falco = facts.appVersion ?? entry.appVersion;
  if (falco === null)
    throw new KnowledgeUpdateError(`${label}: falco/Chart.yaml has no appVersion (the Falco it deploys)`);
  return {
    version: entry.version,
    falco,
    date: entry.date,
    prerelease: import_semver2.default.prerelease(entry.version) !== null,
    digest,
    containerPluginRef: facts.containerPluginRef,
    containerPlugin: facts.containerPlugin,
    k8smetaPluginRef: facts.k8smetaPluginRef,
    k8smetaPlugin: facts.k8smetaPlugin,
    driverKind: facts.driverKind,
    image: facts.image,
    keys: facts.keys
  };
}
async function updateKnowledge(options) {
  const repoUrl = repositoryUrl(options.repoUrl ?? DEFAULT_REPO_URL);
  const dir = options.cacheDir ?? cacheDir();
  const transport = {
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  };
  const fetchedAt = (options.now ?? (() => /* @__PURE__ */ new Date()))().toISOString();
  let previous;
  let replacedCache;
  try {
    previous = readCache(dir);
  } catch (e) {
    if (!(e instanceof CacheError)) throw e;
    replacedCache = e.problem;
  }
  const sameRepo = previous?.repoUrl === repoUrl;
  const bundled = new Set(options.known.map((k) => k.version));
  const earlier = sameRepo ? previous.charts : [];
  const kept = earlier.filter((c) => !bundled.has(c.version));
  const cached = new Set(kept.map((c) => c.version));
  const indexUrl = `${repoUrl}/index.yaml`;
  const index = await download(indexUrl, LIMITS.indexBytes, transport);
  const entries = parseRepoIndex(index.toString("utf8"), indexUrl, repoUrl);
  const fresh = entries.filter((e) => !bundled.has(e.version) && !cached.has(e.version)).sort(bySemver);
  const learned = [];
  for (const entry of fresh) learned.push(await learn(entry, transport));
  const path = cacheFile(dir);
  const written = !sameRepo || learned.length > 0 || kept.length !== earlier.length;
  if (written)
    writeCache(dir, { format: CACHE_FORMAT, repoUrl, fetchedAt, charts: [...kept, ...learned].sort(bySemver) });
  return {
    repoUrl,
    learned,
    alreadyKnown: entries.filter((e) => bundled.has(e.version) || cached.has(e.version)).sort(bySemver).map((e) => e.version),
    cachePath: path,
    written,
    fetchedAt,
    ...replacedCache !== void 0 ? { replacedCache } : {}
  };
}

// src/cli/knowledge.ts
function learnedLine(c) {
  const plugins = [
    c.containerPlugin ? `container plugin ${c.containerPlugin}` : "no container plugin",
    c.k8smetaPlugin ? `k8smeta ${c.k8smetaPlugin}` : "no k8smeta plugin"
  ];
  return `learned falco chart ${c.version}${c.prerelease ? ", a pre-release" : ""} (Falco ${c.falco}, ${plugins.join(", ")})`;
}
function runKnowledge() {
  const k = loadKnowledge();
  const { bundled, cache } = k.sources;
  const lines = [
    `bundled  falco charts ${bundled.oldest} to ${bundled.newest} (${CHART_VERSIONS.length} versions), facts as of ${bundled.date}`,
    cache ? `cache    ${cache.versions === 0 ? "no versions beyond the bundled ones" : `${plural(cache.versions, "version")}${cache.newest ? ` up to ${cache.newest}` : ""}`}, fetched ${cache.fetchedAt} from ${cache.repoUrl} (${cache.path})` : `cache    none at ${cacheDir()}: \`helmvet knowledge update\` learns the versions published since`,
    `newest   ${k.newest.version}`
  ];
  if (k.cacheProblem) lines.push(`helmvet: ${k.cacheProblem}`);
  return `${lines.join("\n")}
`;
}
async function runKnowledgeUpdate(options, overrides = {}) {
  try {
    const result = await updateKnowledge({
      known: CHART_VERSIONS.map((version) => ({ version })),
      ...overrides,
      ...options.repoUrl !== void 0 ? { repoUrl: options.repoUrl } : {}
    });
    if (result.replacedCache) process.stderr.write(`helmvet: ${result.replacedCache}; rebuilt it
`);
    const lines = result.learned.map(learnedLine);
    if (lines.length === 0)
      lines.push(
        `nothing new in ${result.repoUrl} (${plural(result.alreadyKnown.length, "falco chart version")}, all known)`
      );
    lines.push(`cache: ${result.cachePath}${result.written ? "" : " (unchanged)"}`);
    process.stdout.write(`${lines.join("\n")}
`);
    return EXIT.ok;
  } catch (e) {
    if (!(e instanceof KnowledgeUpdateError)) throw e;
    process.stderr.write(`helmvet: ${e.message}
`);
    return EXIT.usage;
  }
}
export {
  learnedLine,
  runKnowledge,
  runKnowledgeUpdate
};
