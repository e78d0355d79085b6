// Generates the key history of the falco chart's values and one JSON Schema per range of chart versions that
// accept the same keys (run by hand when the reference facts change: `node scripts/gen-values-schemas.mjs`). The program and its
// tests read only what this writes (src/knowledge/data/falco-values-keys.json, schemas/values/), never ../shared
// or the git repositories below.
//
// Sources, each checked against the others:
// - ../shared/reference: falco-chart-values/<ver>.yaml (14 full values.yaml files) and
//   falco-chart-values-keydiff.tsv (every change between consecutive published versions from 2.0.0 on). The key
//   set of every version from 2.0.0 is rebuilt from them and compared with every full file.
// - falcosecurity/charts (HELMVET_CHARTS_GIT, a clone or bare mirror): values.yaml at each `falco-<ver>` tag for
//   1.x (1.1.8 has no tag: the commit that first carries it, as the reference does), the templates at every tag
//   (keys the templates read that values.yaml leaves out, and the 9.x removed-configuration guard), and
//   Chart.yaml dependencies (sub-chart keys). The rebuilt 2.0.0+ key sets are also compared with these tags.
// - falcosecurity/falco (HELMVET_FALCO_GIT): for the Falco each chart deploys, the top-level keys of falco.yaml
//   at its tag and the keys its configuration code reads (the keys directly under the chart's `falco:`, which the
//   chart passes through as falco.yaml from 2.0.0 on). From 0.39.0 Falco's own config JSON schema
//   (userspace/falco/config_json_schema.h) is compared with them.
// - src/knowledge/data/falco-charts-after-reference.yaml: versions published after the snapshot, whose values.yaml no
//   source holds. Each is derived from the version it names (its keys plus the keys the merged pull requests add; its
//   templates, sub-charts and Falco configuration keys), and the data says so (`derived`), for the findings to say.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';

const root = new URL('../', import.meta.url);
const reference = new URL(process.env.HELMVET_REFERENCE ?? '../shared/reference/', root);
// Clones (or bare mirrors) of https://github.com/falcosecurity/charts and https://github.com/falcosecurity/falco with
// their tags; read with git, never copied.
const chartsGit = process.env.HELMVET_CHARTS_GIT ?? '/work/.mirror/falcosecurity+charts/repo';
const falcoGit = process.env.HELMVET_FALCO_GIT ?? '/work/.mirror/falcosecurity+falco/repo';
const dataOut = new URL('src/knowledge/data/falco-values-keys.json', root);
const schemaDir = new URL('schemas/values/', root);

const git = (repo, ...args) =>
  execFileSync('git', ['-C', repo, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
const fail = (message) => {
  console.error(`gen-values-schemas: ${message}`);
  process.exit(1);
};

// ---------------------------------------------------------------------------------------------------------------
// Curated facts, each with the reason (checked against the templates below where it can be).

/** Non-empty maps of the defaults that the templates pass on whole: no key below them is the chart's to judge. */
const FREE_FORM = {
  resources: 'Kubernetes ResourceRequirements, rendered with toYaml',
  'daemonset.updateStrategy': '1.x: a Kubernetes DaemonSetUpdateStrategy, rendered with toYaml',
  'controller.daemonset.updateStrategy': 'a Kubernetes DaemonSetUpdateStrategy, rendered with toYaml',
  'falcoctl.config': "falcoctl's own configuration file, rendered with toYaml",
  'collectors.containerEngine.engines':
    "the container plugin's init_config.engines, passed on as is (helper falco.containerPlugin)",
  extra: 'extra args, env and init containers for the pod, passed on as Kubernetes fields',
  global: "Helm's global values, shared with every sub-chart",
};
/** Non-empty maps the templates use whole (toYaml, with, range) but read key by key: they stay closed. */
const CLOSED_WHOLE_USE = {
  falco: '2.x on: Falco configuration, checked one level deep (below)',
  certs: 'with .Values.certs, then explicit keys',
  collectors: 'with .Values.collectors, then explicit keys',
  'collectors.containerEngine': 'with .Values.collectors.containerEngine, then explicit keys',
};
/**
 * Keys directly under `falco` that Falco still reads but the chart took over: a user value there is not what the
 * chart version means any more (see src/knowledge/migrations.ts, which explains each).
 */
const CHART_MANAGED_FALCO_KEYS = {
  'falco.rules_file': '4.7.1', // the chart sets rules_files; Falco 0.38+ refuses to start with both (c:d17eebf)
  'falco.metrics': '7.0.0', // the chart writes Falco's metrics from the top-level metrics.* block (c:faac8bf, c:6317d25)
};

// ---------------------------------------------------------------------------------------------------------------
// Published chart versions and the Falco each deploys.

function readTsv(name) {
  const [header, ...rows] = readFileSync(new URL(name, reference), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => l.split('\t'));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
const chartRows = readTsv('falco-chart-versions.tsv');
const AFTER = parse(readFileSync(new URL('src/knowledge/data/falco-charts-after-reference.yaml', root), 'utf8'));
/** Derived version → the version it is derived from. */
const DERIVED_FROM = new Map(AFTER.map((a) => [a.version, a.derivedFrom]));
const VERSIONS = [...chartRows.map((r) => r.chart_version), ...AFTER.map((a) => a.version)];
const FALCO_OF = new Map([
  ...chartRows.map((r) => [r.chart_version, r.app_version]),
  ...AFTER.map((a) => [a.version, a.falco]),
]);
/** A derived Falco release (no tag to read) → the Falco whose configuration keys it is taken to have. */
const FALCO_DERIVED_FROM = new Map(AFTER.map((a) => [a.falco, FALCO_OF.get(a.derivedFrom)]));
const indexOf = new Map(VERSIONS.map((v, i) => [v, i]));
const major = (v) => Number(v.split('.')[0]);

// ---------------------------------------------------------------------------------------------------------------
// Flattened defaults: lists are one leaf, empty maps are leaves (as falco-chart-values-keydiff.tsv counts them).

const isMap = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function flatten(obj, prefix = [], out = new Map()) {
  for (const [k, v] of Object.entries(obj ?? {})) {
    if (k.includes('.')) fail(`a key with a dot (${[...prefix, k].join('.')}) cannot be written dotted`);
    const p = [...prefix, k];
    if (isMap(v) && Object.keys(v).length > 0) flatten(v, p, out);
    else out.set(p.join('.'), v);
  }
  return out;
}

// 2.0.0 and later, from the reference: 3.0.0 as the anchor, the key diff applied backwards and forwards.
const fullFiles = new Map(
  readdirSync(new URL('falco-chart-values/', reference))
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => [n.slice(0, -5), flatten(parse(readFileSync(new URL(`falco-chart-values/${n}`, reference), 'utf8')))]),
);
const diffRows = readTsv('falco-chart-values-keydiff.tsv').map((r) => ({
  ...r,
  old: r.old_default === '' ? undefined : JSON.parse(r.old_default),
  new: r.new_default === '' ? undefined : JSON.parse(r.new_default),
}));
for (const r of diffRows) {
  if (indexOf.get(r.to_version) !== indexOf.get(r.from_version) + 1)
    fail(`key diff ${r.from_version} → ${r.to_version} is not between consecutive versions`);
}
const defaults = new Map();
const anchor = '3.0.0';
defaults.set(anchor, fullFiles.get(anchor));
for (let i = indexOf.get(anchor); i > indexOf.get('2.0.0'); i--) {
  const to = VERSIONS[i];
  const from = VERSIONS[i - 1];
  const s = new Map(defaults.get(to));
  for (const r of diffRows.filter((r) => r.from_version === from && r.to_version === to)) {
    if (r.change === 'added') s.delete(r.key_path);
    else s.set(r.key_path, r.old);
  }
  defaults.set(from, s);
}
for (let i = indexOf.get(anchor) + 1; i < VERSIONS.length; i++) {
  const from = VERSIONS[i - 1];
  const to = VERSIONS[i];
  const s = new Map(defaults.get(from));
  for (const r of diffRows.filter((r) => r.from_version === from && r.to_version === to)) {
    if (r.change === 'removed') s.delete(r.key_path);
    else s.set(r.key_path, r.new);
  }
  defaults.set(to, s);
}
for (const a of AFTER) {
  if (!defaults.has(a.derivedFrom)) fail(`${a.version}: derivedFrom ${a.derivedFrom} is not a version with defaults`);
  const derived = new Map(defaults.get(a.derivedFrom));
  // Dotted paths to leaves (null, a scalar, a list or {}), as the flattened defaults and the key diff have them.
  for (const [path, value] of Object.entries(a.addedKeys ?? {})) {
    if (isMap(value) && Object.keys(value).length > 0) fail(`${a.version}: added key ${path} must be a leaf`);
    derived.set(path, value);
  }
  defaults.set(a.version, derived);
}
for (const [v, full] of fullFiles) {
  const rebuilt = defaults.get(v);
  const extra = [...rebuilt.keys()].filter((k) => !full.has(k));
  const missing = [...full.keys()].filter((k) => !rebuilt.has(k));
  const changed = [...full.keys()].filter((k) => rebuilt.has(k) && !isDeepStrictEqual(rebuilt.get(k), full.get(k)));
  if (extra.length || missing.length || changed.length)
    fail(`rebuilt ${v} differs from the full values file: +${extra} -${missing} ~${changed}`);
}
console.log(
  `rebuilt ${defaults.size} versions (2.0.0 to ${VERSIONS.at(-1)}) from the key diff; all ${fullFiles.size} full values files match`,
);

// The git tags: 1.x values, templates, Chart.yaml; and a second check of the rebuilt key sets.
const tagOf = (v) =>
  v === '1.1.8'
    ? git(chartsGit, 'log', '--reverse', '--format=%H', '-S', 'version: 1.1.8', '--', 'falco/Chart.yaml').split('\n')[0]
    : `falco-${v}`;
const tags = new Map();
let gitMismatch = 0;
for (const v of VERSIONS.filter((x) => !DERIVED_FROM.has(x))) {
  const tag = tagOf(v);
  const dir = git(chartsGit, 'ls-tree', '-d', '--name-only', tag, 'charts/falco', 'falco')
    .split('\n')
    .filter(Boolean)[0];
  if (!dir) fail(`no chart directory at ${tag}`);
  const values = flatten(parse(git(chartsGit, 'show', `${tag}:${dir}/values.yaml`)));
  if (major(v) < 2) defaults.set(v, values);
  else {
    const rebuilt = defaults.get(v);
    const a = [...values.keys()].filter((k) => !rebuilt.has(k));
    const b = [...rebuilt.keys()].filter((k) => !values.has(k));
    if (a.length || b.length) {
      gitMismatch++;
      console.error(`${v}: tag has ${a}, reference has ${b}`);
    }
  }
  tags.set(v, { tag, dir });
}
if (gitMismatch) fail(`${gitMismatch} versions differ between the reference and the tags`);
// A derived version has no tag: its templates and Chart.yaml are those of the version it is derived from.
for (const [v, from] of DERIVED_FROM) tags.set(v, tags.get(from));
console.log(
  `1.x from ${VERSIONS.filter((v) => major(v) < 2).length} tags; the key sets of all ${defaults.size - VERSIONS.filter((v) => major(v) < 2).length - DERIVED_FROM.size} rebuilt versions match their tags; ${[...DERIVED_FROM.keys()].join(', ')} derived`,
);

// ---------------------------------------------------------------------------------------------------------------
// What the templates read, use whole, and refuse (NOTES.txt only warns, so it does not count).

const stripComments = (t) => t.replace(/\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/g, '');
const templatesOf = new Map();
function templates(v) {
  if (!templatesOf.has(v)) {
    const { tag, dir } = tags.get(v);
    const files = git(chartsGit, 'ls-tree', '-r', '--name-only', tag, `${dir}/templates/`)
      .split('\n')
      .filter((f) => f && !f.endsWith('NOTES.txt'));
    templatesOf.set(v, files.map((f) => stripComments(git(chartsGit, 'show', `${tag}:${f}`))).join('\n'));
  }
  return templatesOf.get(v);
}
const valuesRefs = (text) => [...text.matchAll(/\.Values((?:\.[A-Za-z0-9_]+)+)/g)].map((m) => m[1].slice(1));
const wholeUses = (text) =>
  [
    ...text.matchAll(
      /(?:toYaml|tpl|with|range\s+(?:\$\w+\s*,\s*)?\$\w+\s*:=|dict\s[^}]*?)\s*\(?\s*\$?\.Values((?:\.[A-Za-z0-9_]+)+)\s*\)?\s*(?:\||\}\}|-\}\})/g,
    ),
  ].map((m) => m[1].slice(1));

/** The 9.x guard (helper falco.removedConfigGuard): keys whose mere presence fails the render. */
function renderGuard(v) {
  const t = templates(v);
  if (!t.includes('removedConfigGuard')) return [];
  const list = (name) => {
    const m = new RegExp(`\\$${name}\\s*:=\\s*list((?:\\s+"[^"]+")+)`).exec(t);
    if (!m) fail(`${v}: removedConfigGuard without $${name}`);
    return [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]);
  };
  if (!/hasKey \$\.Values\.driver \$key/.test(t) || !/hasKey \$\.Values\.falco \$key/.test(t))
    fail(`${v}: the guard no longer checks hasKey as expected`);
  return [...list('removedDriverKeys').map((k) => `driver.${k}`), ...list('removedFalcoKeys').map((k) => `falco.${k}`)];
}

/** Sub-chart value keys (dependency alias or name) and their condition keys. */
function dependencies(v) {
  const { tag, dir } = tags.get(v);
  const chart = parse(git(chartsGit, 'show', `${tag}:${dir}/Chart.yaml`));
  return (chart.dependencies ?? []).map((d) => ({ key: d.alias ?? d.name, condition: d.condition }));
}

// ---------------------------------------------------------------------------------------------------------------
// Falco's own configuration keys per Falco version.

const falcoKeysOf = new Map();
function falcoKeys(falcoVersion) {
  if (falcoKeysOf.has(falcoVersion)) return falcoKeysOf.get(falcoVersion);
  if (FALCO_DERIVED_FROM.has(falcoVersion)) return falcoKeys(FALCO_DERIVED_FROM.get(falcoVersion));
  const tag = falcoVersion;
  const yamlText = git(falcoGit, 'show', `${tag}:falco.yaml`);
  const top = Object.keys(parse(yamlText) ?? {});
  const reads = new Set();
  const files = git(falcoGit, 'ls-tree', '-r', '--name-only', tag, 'userspace/')
    .split('\n')
    .filter((f) => /\.(cpp|h)$/.test(f) && !/schema|test/i.test(f));
  const call =
    /\b(?:get_scalar|get_sequence|is_defined|get_node|get_optional)\s*(?:<(?:[^<>]|<[^<>]*>)*>)?\s*\(\s*(?:[A-Za-z_][\w.>-]*\s*,\s*)?(?:std::string\s*\(\s*)?"([^"]+)"/g;
  for (const f of files) {
    const text = git(falcoGit, 'show', `${tag}:${f}`);
    if (!/get_scalar|get_sequence|is_defined|get_node|get_optional/.test(text)) continue;
    for (const m of text.matchAll(call)) reads.add(m[1].split(/[.[]/)[0]);
  }
  let schema;
  try {
    const h = git(falcoGit, 'show', `${tag}:userspace/falco/config_json_schema.h`);
    const body = h.slice(
      h.indexOf('LONG_STRING_CONST(', h.indexOf('config_schema_string')) + 'LONG_STRING_CONST('.length,
      h.lastIndexOf(')'),
    );
    schema = Object.keys(JSON.parse(body).definitions.FalcoConfig.properties);
  } catch {
    schema = undefined;
  }
  // Commented-out top-level keys of falco.yaml (`# rules:`) count when the code reads them or the schema names them.
  const commented = [...yamlText.matchAll(/^# ?([a-z_][a-z0-9_]*):/gm)]
    .map((m) => m[1])
    .filter((k) => reads.has(k) || schema?.includes(k));
  const keys = new Set([...top, ...commented, ...reads]);
  if (schema) {
    const schemaOnly = schema.filter((k) => !keys.has(k));
    const notInSchema = [...keys].filter((k) => !schema.includes(k));
    // rule_files: the schema's spelling of the deprecated rules_file the code reads; container_engines: in the
    // schema from 0.41.0 on, read by no code.
    const expectedSchemaOnly = new Set(['rule_files', 'container_engines']);
    if (schemaOnly.some((k) => !expectedSchemaOnly.has(k)) || notInSchema.some((k) => k !== 'rules_file'))
      fail(`Falco ${tag}: schema only ${schemaOnly}; not in schema ${notInSchema}`);
  }
  falcoKeysOf.set(falcoVersion, keys);
  return keys;
}

// ---------------------------------------------------------------------------------------------------------------
// One tree of accepted keys per chart version.
//
// Node kinds: map (closed: only its children), falco (2.x on: Falco's configuration; its children are checked,
// nothing below them), free (anything below: {} defaults, FREE_FORM), subchart, read (read by the templates, not
// in values.yaml), falco-config (a Falco key the chart does not default), and leaves: list, string, null (anything
// below is tolerated), bool, number (a map there is not a key of the chart: `tty: {enabled: false}`).

const kindOfValue = (v) =>
  v === null
    ? 'null'
    : typeof v === 'boolean'
      ? 'bool'
      : typeof v === 'number'
        ? 'number'
        : typeof v === 'string'
          ? 'string'
          : Array.isArray(v)
            ? 'list'
            : 'free';
const OPEN = new Set(['free', 'subchart', 'read', 'falco-config', 'list', 'string', 'null']);

function buildTree(v) {
  const rootNode = { kind: 'map', children: new Map() };
  const passThrough = major(v) >= 2;
  const node = (path, kind) => {
    let cur = rootNode;
    for (let i = 0; i < path.length; i++) {
      if (cur.kind !== 'map' && cur.kind !== 'falco') return undefined; // below a leaf or an open node
      const key = path[i];
      const last = i === path.length - 1;
      let next = cur.children.get(key);
      if (!next) {
        const prefix = path.slice(0, i + 1).join('.');
        const k = FREE_FORM[prefix] ? 'free' : prefix === 'falco' && passThrough ? 'falco' : last ? kind : 'map';
        // Directly under a 2.x+ falco, every key is Falco's: nothing below it is checked.
        next = { kind: cur.kind === 'falco' && !OPEN.has(k) ? 'free' : k, children: new Map() };
        cur.children.set(key, next);
      } else if (last && next.kind === 'read' && kind !== 'read') next.kind = kind;
      cur = next;
    }
    return cur;
  };
  for (const [path, value] of defaults.get(v)) node(path.split('.'), kindOfValue(value));
  for (const d of dependencies(v)) {
    rootNode.children.set(d.key, { kind: 'subchart', children: new Map() });
    if (d.condition) for (const c of d.condition.split(',')) node(c.trim().split('.'), 'read');
  }
  node(['global'], 'free');
  for (const ref of valuesRefs(templates(v))) {
    const path = ref.split('.');
    node(path[0] === 'falco' && passThrough ? path.slice(0, 2) : path, 'read');
  }
  if (passThrough) {
    const falco = rootNode.children.get('falco') ?? node(['falco'], 'falco');
    for (const key of falcoKeys(FALCO_OF.get(v)))
      if (!falco.children.has(key)) falco.children.set(key, { kind: 'falco-config', children: new Map() });
    for (const [path, since] of Object.entries(CHART_MANAGED_FALCO_KEYS)) {
      const key = path.split('.')[1];
      if (
        indexOf.get(v) >= indexOf.get(since) &&
        !defaults.get(v).has(path) &&
        ![...defaults.get(v).keys()].some((k) => k.startsWith(`${path}.`))
      )
        falco.children.delete(key);
    }
  }
  return rootNode;
}

// Whole uses of non-empty maps must be curated, one way or the other.
for (const v of VERSIONS) {
  const maps = new Set(
    [...defaults.get(v).keys()].flatMap((k) =>
      k
        .split('.')
        .slice(0, -1)
        .map((_, i, a) => a.slice(0, i + 1).join('.')),
    ),
  );
  for (const use of new Set(wholeUses(templates(v)))) {
    if (maps.has(use) && !FREE_FORM[use] && !CLOSED_WHOLE_USE[use])
      fail(`${v}: templates use .Values.${use} whole; add it to FREE_FORM or CLOSED_WHOLE_USE`);
  }
}

const trees = new Map(VERSIONS.map((v) => [v, buildTree(v)]));

// ---------------------------------------------------------------------------------------------------------------
// Key history: per path, the version ranges where it is accepted and how.

const perVersion = new Map();
for (const [v, tree] of trees) {
  const walk = (n, prefix) => {
    for (const [k, child] of n.children) {
      const path = prefix ? `${prefix}.${k}` : k;
      if (!perVersion.has(path)) perVersion.set(path, new Array(VERSIONS.length).fill(undefined));
      perVersion.get(path)[indexOf.get(v)] = child.kind;
      walk(child, path);
    }
  };
  walk(tree, '');
}
const paths = {};
for (const path of [...perVersion.keys()].sort()) {
  const kinds = perVersion.get(path);
  const segments = [];
  kinds.forEach((kind, i) => {
    const last = segments.at(-1);
    if (kind === undefined) return;
    if (last && last[2] === kind && indexOf.get(last[1]) === i - 1) last[1] = VERSIONS[i];
    else segments.push([VERSIONS[i], VERSIONS[i], kind]);
  });
  paths[path] = segments;
}
// Default keys below free-form maps (falcoctl.config.artifact.follow.every): not checked, but "did you mean" knows them.
const hintVersions = new Map();
for (const v of VERSIONS) {
  for (const leaf of defaults.get(v).keys()) {
    const parts = leaf.split('.');
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join('.');
      if (perVersion.get(prefix)?.[indexOf.get(v)] !== undefined) continue;
      if (!hintVersions.has(prefix)) hintVersions.set(prefix, []);
      const list = hintVersions.get(prefix);
      if (list.at(-1) !== indexOf.get(v)) list.push(indexOf.get(v));
    }
  }
}
const hints = {};
for (const path of [...hintVersions.keys()].sort()) {
  const ranges = [];
  for (const i of hintVersions.get(path)) {
    const last = ranges.at(-1);
    if (last && indexOf.get(last[1]) === i - 1) last[1] = VERSIONS[i];
    else ranges.push([VERSIONS[i], VERSIONS[i]]);
  }
  hints[path] = ranges;
}

const guard = {};
for (const v of VERSIONS) {
  for (const path of renderGuard(v)) {
    const list = (guard[path] ??= []);
    const last = list.at(-1);
    if (last && indexOf.get(last[1]) === indexOf.get(v) - 1) last[1] = v;
    else list.push([v, v]);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// JSON Schemas: one per distinct tree, with an index from version to file, and one for "some version".

function schemaOf(n) {
  if (n.kind === 'map' || n.kind === 'falco') {
    const properties = {};
    for (const k of [...n.children.keys()].sort()) properties[k] = schemaOf(n.children.get(k));
    return { type: 'object', properties, additionalProperties: false };
  }
  if (n.kind === 'bool' || n.kind === 'number') return { additionalProperties: false };
  return {};
}
// `type: object` would refuse `collectors: null`, which Helm reads as "delete the default": no types are checked.
const untype = (s) => {
  if (s.properties) for (const k of Object.keys(s.properties)) untype(s.properties[k]);
  delete s.type;
  return s;
};

/** The union of every version's tree: what some version accepts. (Builds new nodes; never changes the trees.) */
function unionTree() {
  const merge = (a, b) => {
    if (!a) return b;
    const open = (n) => OPEN.has(n.kind);
    if (open(a) || open(b)) return { kind: 'free', children: new Map() };
    const closedMap = (n) => n.kind === 'map' || n.kind === 'falco';
    if (!closedMap(a) && !closedMap(b)) return a;
    const out = { kind: 'map', children: new Map(closedMap(a) ? a.children : []) };
    if (closedMap(b)) for (const [k, c] of b.children) out.children.set(k, merge(out.children.get(k), c));
    return out;
  };
  return [...trees.values()].reduce((acc, t) => merge(acc, t), undefined);
}

rmSync(schemaDir, { recursive: true, force: true });
mkdirSync(schemaDir, { recursive: true });
const groups = new Map();
for (const v of VERSIONS) {
  const body = JSON.stringify(untype(schemaOf(trees.get(v))));
  if (!groups.has(body)) groups.set(body, []);
  groups.get(body).push(v);
}
const id = (file) => `https://github.com/helmvet/helmvet/schemas/values/${file}`;
const describeVersions = (list) => {
  const ranges = [];
  for (const v of list) {
    const last = ranges.at(-1);
    if (last && indexOf.get(last[1]) === indexOf.get(v) - 1) last[1] = v;
    else ranges.push([v, v]);
  }
  return ranges.map(([a, b]) => (a === b ? a : `${a} to ${b}`)).join(', ');
};
const byVersion = {};
for (const [body, list] of groups) {
  const file = `falco-${list[0]}.schema.json`;
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: id(file),
    title: `falco chart ${describeVersions(list)} values`,
    description:
      'The keys these versions of the falcosecurity falco chart accept (closed maps refuse other keys), generated by helmvet ' +
      'from the chart defaults, the keys its templates read and, directly under falco, the configuration keys of the Falco it deploys. ' +
      'Values are not type-checked; free-form subtrees (falco config below the first level, sub-charts, Kubernetes structs, {} defaults) accept anything.',
    ...JSON.parse(body),
  };
  writeFileSync(new URL(file, schemaDir), JSON.stringify(schema, null, 1) + '\n');
  for (const v of list) byVersion[v] = file;
}
const anyFile = 'falco-any.schema.json';
writeFileSync(
  new URL(anyFile, schemaDir),
  JSON.stringify(
    {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: id(anyFile),
      title: `falco chart values, any version from ${VERSIONS[0]} to ${VERSIONS.at(-1)}`,
      description:
        'What at least one published version of the falco chart accepts: a key this refuses is a key of no version.',
      ...untype(schemaOf(unionTree())),
    },
    null,
    1,
  ) + '\n',
);
writeFileSync(
  new URL('index.json', schemaDir),
  JSON.stringify(
    {
      $comment: 'Generated by scripts/gen-values-schemas.mjs: the values schema of each falco chart version.',
      any: anyFile,
      versions: byVersion,
    },
    null,
    1,
  ) + '\n',
);

// Falco's own configuration keys per Falco release (0.32.0 on, the Falco of chart 2.0.0 and later), for values that
// pin another Falco image than the chart's (image.tag).
const semverKey = (v) => v.split(/[.-]/).map((p) => (/^\d+$/.test(p) ? p.padStart(6, '0') : p));
const cmpVersion = (a, b) => {
  const x = semverKey(a);
  const y = semverKey(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] === undefined) return 1; // 0.40.0 after 0.40.0-rc1
    if (y[i] === undefined) return -1;
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return 0;
};
const FALCO_VERSIONS = [...git(falcoGit, 'tag', '--list').split('\n'), ...FALCO_DERIVED_FROM.keys()]
  .filter((t) => /^0\.(3[2-9]|[4-9]\d)\.\d+$/.test(t) || [...FALCO_OF.values()].includes(t))
  .filter((t) => cmpVersion(t, '0.32.0') >= 0)
  .filter((t, i, all) => all.indexOf(t) === i)
  .sort(cmpVersion);
const falcoConfig = {};
FALCO_VERSIONS.forEach((fv, i) => {
  for (const key of [...falcoKeys(fv)].sort()) {
    const list = (falcoConfig[key] ??= []);
    const last = list.at(-1);
    if (last && last[1] === FALCO_VERSIONS[i - 1]) last[1] = fv;
    else list.push([fv, fv]);
  }
});
for (const key of Object.keys(falcoConfig).sort()) {
  const v = falcoConfig[key];
  delete falcoConfig[key];
  falcoConfig[key] = v;
}

const data = {
  source:
    'Chart defaults: ../shared/reference falco-chart-values/*.yaml and falco-chart-values-keydiff.tsv (2.0.0 on), values.yaml at the falcosecurity/charts tags falco-1.1.9 to falco-1.19.4 (1.1.8: commit 1b92a16); ' +
    'template reads, sub-charts and the removed-configuration guard: templates/ and Chart.yaml at each falco-<version> tag (master 548458c); ' +
    'Falco configuration keys: falco.yaml and userspace/ at each falcosecurity/falco release tag (HEAD 1307474), cross-checked with config_json_schema.h from 0.39.0',
  snapshot: '2026-09-22',
  versions: VERSIONS,
  kinds: {
    map: 'a closed map: only its children are keys',
    falco: "Falco's configuration, passed through as falco.yaml: its children are checked, nothing below them",
    free: 'anything below ({} default, or passed on whole)',
    subchart: "a sub-chart's values",
    read: 'read by the templates, not in values.yaml',
    'falco-config': 'a Falco configuration key the chart does not default',
    list: 'a list',
    string: 'a string',
    null: 'null by default',
    bool: 'a boolean: a map there has no keys',
    number: 'a number: a map there has no keys',
  },
  paths,
  hints,
  renderGuard: guard,
  falcoVersions: FALCO_VERSIONS,
  falcoConfig,
  derived: Object.fromEntries(
    AFTER.map((a) => [
      a.version,
      {
        from: a.derivedFrom,
        falcoFrom: FALCO_OF.get(a.derivedFrom),
        added: Object.keys(a.addedKeys ?? {}),
        sources: a.sources,
      },
    ]),
  ),
};
writeFileSync(dataOut, JSON.stringify(data, null, 0).replace(/\],"/g, '],\n"') + '\n');
console.log(
  `wrote ${Object.keys(paths).length} key paths (${Object.keys(hints).length} hints below free-form maps), ${groups.size} schemas (+ ${anyFile}), render guard ${Object.keys(guard).join(', ')}`,
);
