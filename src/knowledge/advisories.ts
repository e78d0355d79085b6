// Advisories are data: one YAML file each beside this module, validated by schemas/advisory.schema.json on load.
import { readdirSync, readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { validateAdvisory } from '../generated/validators.js';
import type { ChartVersion } from './charts.js';
import type { FalcoDriver } from './drivers.js';
import { parseConstraint, type Constraint } from './range.js';

export type Component = 'chart' | 'falco' | 'plugin:container' | 'plugin:k8smeta';

/** A condition on the values in effect (schemas/advisory.schema.json, `definitions.condition`). */
export type ValuesCondition =
  | { key: string; is: string | number | boolean | null; default?: string | number | boolean | null }
  | { driver: FalcoDriver[] }
  | { any: ValuesCondition[] };

export interface Advisory {
  id: string;
  title: string;
  component: Component;
  affected: { range: string; effect: string }[];
  fixedIn: string;
  /** The trigger, a clause starting with `when`. */
  when?: string;
  /** The kernels the defect needs; the advisory applies only where the repository tells the kernel. */
  kernel?: string;
  /** The drivers the defect needs (driver.kind values); all when absent. */
  drivers?: FalcoDriver[];
  /** The plugins the chart must load for the defect. */
  plugins?: ('container' | 'k8smeta')[];
  /** Conditions on the values in effect, all of which must hold. */
  values?: ValuesCondition[];
  /** A pattern of node names: the advisory applies only where the repository names such a node. */
  nodeNames?: string;
  /** The severity where the defect applies; error when absent. */
  severity?: 'error' | 'warning' | 'info';
  why: string;
  action: string;
  references: string[];
}

export interface LoadedAdvisory extends Advisory {
  /** The affected ranges, parsed. */
  ranges: { constraint: Constraint; effect: string }[];
  /** The effect in the range that holds this version, or undefined when the version is not affected. */
  affects(version: string): string | undefined;
  /** The kernel range, parsed, when the advisory needs one. */
  kernelRange: Constraint | undefined;
  /** The node name pattern, compiled, when the advisory needs one. */
  nodeNamePattern: RegExp | undefined;
}

export class AdvisoryError extends Error {}

/** schemas/advisory.schema.json, compiled ahead of time (scripts/gen-validators.mjs). */
const validate = validateAdvisory as ValidateFunction<Advisory>;

export function loadAdvisory(name: string, text: string): LoadedAdvisory {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    throw new AdvisoryError(`advisory ${name}: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!validate(data)) {
    const err = validate.errors?.[0];
    throw new AdvisoryError(`advisory ${name}: ${err?.instancePath || '/'} ${err?.message ?? 'is invalid'}`);
  }
  const advisory = data;
  const ranges = advisory.affected.map((a) => {
    try {
      return { constraint: parseConstraint(a.range), effect: a.effect };
    } catch (e) {
      throw new AdvisoryError(`advisory ${name}: range "${a.range}": ${(e as Error).message}`);
    }
  });
  let kernelRange: Constraint | undefined;
  try {
    kernelRange = advisory.kernel ? parseConstraint(advisory.kernel) : undefined;
  } catch (e) {
    throw new AdvisoryError(`advisory ${name}: kernel "${advisory.kernel}": ${(e as Error).message}`);
  }
  let nodeNamePattern: RegExp | undefined;
  try {
    nodeNamePattern = advisory.nodeNames ? new RegExp(advisory.nodeNames) : undefined;
  } catch (e) {
    throw new AdvisoryError(`advisory ${name}: nodeNames "${advisory.nodeNames}": ${(e as Error).message}`);
  }
  // Asked for every release and every chart version helmvet knows (the first fixed chart): remember the answers.
  const effects = new Map<string, string | undefined>();
  const affects = (v: string) => {
    if (!effects.has(v)) effects.set(v, ranges.find((r) => r.constraint.check(v))?.effect);
    return effects.get(v);
  };
  return { ...advisory, ranges, kernelRange, nodeNamePattern, affects };
}

/** Every advisory in a directory (default: the one beside this module, copied into dist/ by the build). */
export function loadAdvisories(dir: URL = new URL('./advisories/', import.meta.url)): LoadedAdvisory[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((n) => loadAdvisory(n, readFileSync(new URL(n, dir), 'utf8')));
}

/** The component version a chart deploys by default. */
export function defaultComponent(advisory: Advisory, chart: ChartVersion): string | null {
  switch (advisory.component) {
    case 'chart':
      return chart.version;
    case 'falco':
      return chart.falco;
    case 'plugin:container':
      return chart.containerPlugin;
    case 'plugin:k8smeta':
      return chart.k8smetaPlugin;
  }
}

/** `https://github.com/falcosecurity/falco/issues/3610` → `falco#3610`. */
export function shortRef(url: string): string {
  const m = /github\.com\/[^/]+\/([^/]+)\/(?:issues|pull)\/(\d+)/.exec(url);
  return m ? `${m[1]}#${m[2]}` : url;
}
