// Generates helmvet's chart index from the reference facts in ../shared/reference and, for the versions published
// after its snapshot, src/knowledge/data/falco-charts-after-reference.yaml (run by hand when they change:
// `npm run gen:knowledge`). The program and its tests read only the generated JSON, never ../shared.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const root = new URL('../', import.meta.url);
const reference = new URL(process.env.HELMVET_REFERENCE ?? '../shared/reference/', root);
const out = new URL('src/knowledge/data/', root);

function readTsv(name) {
  const [header, ...rows] = readFileSync(new URL(name, reference), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => l.split('\t'));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const tagOf = (ref) => (ref ? ref.slice(ref.lastIndexOf(':') + 1) : null);
const orNull = (v) => (v === '' ? null : v);

const extended = new Map(readTsv('falco-chart-versions.extended.tsv').map((r) => [r.chart_version, r]));
const charts = readTsv('falco-chart-versions.tsv').map((r) => {
  const x = extended.get(r.chart_version);
  if (!x) throw new Error(`no extended row for ${r.chart_version}`);
  if (orNull(r.container_plugin_version) !== tagOf(orNull(x.container_plugin_ref)))
    throw new Error(`container plugin mismatch at ${r.chart_version}`);
  return {
    version: r.chart_version,
    falco: r.app_version,
    date: r.commit_date,
    containerPluginRef: orNull(x.container_plugin_ref),
    containerPlugin: orNull(r.container_plugin_version),
    k8smetaPluginRef: orNull(x.k8smeta_plugin_ref),
    k8smetaPlugin: orNull(r.k8smeta_plugin_version),
    driverKind: orNull(r.driver_kind_default),
    image: orNull(x.image_default_resolved),
    imageFlavor: orNull(r.image_flavor_default),
    prerelease: false,
    derived: null,
  };
});

// Versions after the snapshot: what their sources state, the rest from `derivedFrom` (and said to be so).
const after = parse(readFileSync(new URL('src/knowledge/data/falco-charts-after-reference.yaml', root), 'utf8'));
for (const a of after) {
  const base = charts.find((c) => c.version === a.derivedFrom);
  if (!base) throw new Error(`${a.version}: derivedFrom ${a.derivedFrom} is not a known version`);
  if (charts.some((c) => c.version === a.version)) throw new Error(`${a.version} is in the reference already`);
  charts.push({
    version: a.version,
    falco: a.falco,
    date: a.date,
    containerPluginRef: a.containerPluginRef,
    containerPlugin: tagOf(a.containerPluginRef),
    k8smetaPluginRef: a.k8smetaPluginRef,
    k8smetaPlugin: tagOf(a.k8smetaPluginRef),
    driverKind: base.driverKind,
    // The chart's image.tag defaults to its appVersion.
    image: base.image.replace(/:[^:/]+$/, `:${a.falco}`),
    imageFlavor: base.imageFlavor,
    prerelease: a.prerelease,
    derived: { from: a.derivedFrom, fields: ['driverKind', 'image', 'imageFlavor', 'keys'], sources: a.sources },
  });
}
const stable = charts.filter((c) => !c.prerelease);

// Top-level keys any published chart version knows: tells a Falco values file from other YAML.
const valuesDir = new URL('falco-chart-values/', reference);
const topLevelKeys = new Set();
for (const name of readdirSync(valuesDir).filter((n) => n.endsWith('.yaml'))) {
  for (const key of Object.keys(parse(readFileSync(new URL(name, valuesDir), 'utf8')) ?? {})) topLevelKeys.add(key);
}
for (const row of readTsv('falco-chart-values-keydiff.tsv')) topLevelKeys.add(row.key_path.split('.')[0]);

const index = {
  source:
    'falcosecurity/charts gh-pages index.yaml and values.yaml at each falco-<version> tag (master 548458c, 2026-07-21), via helmvet reference falco-chart-versions.tsv; ' +
    'later versions from the merged pull requests of falcosecurity/falco and falcosecurity/test-infra (to 2026-09-22), via helmvet reference falco-facts-after-9.1.md',
  snapshot: '2026-09-22',
  newest: stable[stable.length - 1].version,
  charts,
  topLevelKeys: [...topLevelKeys].sort(),
};
writeFileSync(new URL('falco-charts.json', out), JSON.stringify(index, null, 1) + '\n');
console.log(
  `wrote ${charts.length} chart versions (newest ${index.newest}; ${after.length} after the reference snapshot), ${index.topLevelKeys.length} top-level keys`,
);
