// What helmvet learns from one chart version: its Chart.yaml (version, appVersion) and the defaults of its
// values.yaml (the plugins it pins, the driver kind, the image, the key set).
import { isScalar, parse, parseDocument, type Document } from 'yaml';
import { KnowledgeUpdateError, firstLine } from './errors.js';
import type { ChartFiles } from './chart-archive.js';
import { valueKeys, type ValueKind } from './value-keys.js';

/** What a chart's values.yaml says: its plugin pins, driver default, image and every key. */
export interface ValuesFacts {
  containerPluginRef: string | null;
  containerPlugin: string | null;
  k8smetaPluginRef: string | null;
  k8smetaPlugin: string | null;
  driverKind: string | null;
  /** `registry/repository:tag`, the tag defaulting to appVersion as the chart's templates do; null without a repository. */
  image: string | null;
  /** Every key path of values.yaml, dotted, with the kind of its default. */
  keys: Record<string, ValueKind>;
}

export interface ChartFacts extends ValuesFacts {
  version: string;
  /** appVersion: the Falco the chart deploys; null when Chart.yaml has none. */
  appVersion: string | null;
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The value at a dotted path of maps, or undefined. */
function valueAt(values: Record<string, unknown>, path: string[]): unknown {
  let cur: unknown = values;
  for (const key of path) cur = isMap(cur) ? cur[key] : undefined;
  return cur;
}

/**
 * The scalar at a dotted path as written: `tag: 0.40` is the number 0.4 to a YAML reader, but the image tag 0.40 to
 * the chart, so a number is taken from its source text. A value that comes through a merge key (`<<: *base`) has
 * no node of its own at that path: it is taken from the data. Null when absent, empty, null or not a scalar.
 */
function scalarAt(doc: Document, values: Record<string, unknown>, dotted: string): string | null {
  const path = dotted.split('.');
  const node = doc.getIn(path, true);
  const value: unknown = isScalar(node) ? node.value : valueAt(values, path);
  if (typeof value === 'string') return text(value);
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return (isScalar(node) ? node.source : undefined) ?? String(value);
  return null;
}

/** `ghcr.io/falcosecurity/plugins/plugin/container:0.7.4` → `0.7.4`; a ref without a tag (or only a digest) has none. */
export function tagOf(ref: string): string | null {
  const name = ref.split('@')[0]!;
  const colon = name.lastIndexOf(':');
  return colon > name.lastIndexOf('/') ? name.slice(colon + 1) || null : null;
}

// Merge keys as Helm reads them; warnings (unknown tags, …) are not the user's business here.
const YAML_OPTIONS = { merge: true, uniqueKeys: false, logLevel: 'error' } as const;

function invalid(label: string, file: string, e: unknown): KnowledgeUpdateError {
  return new KnowledgeUpdateError(`${label}: ${file} is not valid YAML (${firstLine(e)})`);
}

/** Chart.yaml with the failsafe schema: every scalar as written (`version: 1.10` is not the number 1.1). */
function readChartYaml(source: string, label: string): unknown {
  try {
    return parse(source, { ...YAML_OPTIONS, schema: 'failsafe' });
  } catch (e) {
    throw invalid(label, 'falco/Chart.yaml', e);
  }
}

/** values.yaml as a document (for scalars as written) and as data (for the kinds of the defaults). */
function readValuesYaml(source: string, label: string): { doc: Document; values: Record<string, unknown> } {
  const doc = parseDocument(source, YAML_OPTIONS);
  if (doc.errors.length > 0) throw invalid(label, 'falco/values.yaml', doc.errors[0]);
  let values: unknown;
  try {
    values = doc.toJS({ maxAliasCount: 100 }); // an alias bomb stops here
  } catch (e) {
    throw invalid(label, 'falco/values.yaml', e);
  }
  if (values !== null && values !== undefined && !isMap(values))
    throw new KnowledgeUpdateError(`${label}: falco/values.yaml is not a map`);
  return { doc, values: values ?? {} };
}

export function chartFacts(files: ChartFiles, label: string): ChartFacts {
  const chart = readChartYaml(files.chartYaml, label);
  if (!isMap(chart)) throw new KnowledgeUpdateError(`${label}: falco/Chart.yaml is not a map`);
  if (chart.name !== 'falco')
    throw new KnowledgeUpdateError(`${label}: falco/Chart.yaml names chart ${text(chart.name) ?? '(none)'}, not falco`);
  const version = text(chart.version);
  if (version === null) throw new KnowledgeUpdateError(`${label}: falco/Chart.yaml has no version`);
  const appVersion = text(chart.appVersion);

  const { doc, values } = readValuesYaml(files.valuesYaml, label);
  const containerPluginRef = scalarAt(doc, values, 'collectors.containerEngine.pluginRef');
  const k8smetaPluginRef = scalarAt(doc, values, 'collectors.kubernetes.pluginRef');
  const repository = scalarAt(doc, values, 'image.repository');
  const registry = scalarAt(doc, values, 'image.registry');
  const tag = scalarAt(doc, values, 'image.tag') ?? appVersion;
  const image = repository === null ? null : `${registry ? `${registry}/` : ''}${repository}${tag ? `:${tag}` : ''}`;

  return {
    version,
    appVersion,
    containerPluginRef,
    containerPlugin: containerPluginRef && tagOf(containerPluginRef),
    k8smetaPluginRef,
    k8smetaPlugin: k8smetaPluginRef && tagOf(k8smetaPluginRef),
    driverKind: scalarAt(doc, values, 'driver.kind'),
    image,
    keys: valueKeys(values),
  };
}
