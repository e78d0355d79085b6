// The repository as Flux, Argo CD, Kustomize and Talos see it: objects, releases and their values.
import type { Span } from '../findings.js';
import type { SourceFile } from '../load/source.js';
import type { Consumers } from './consumers.js';
import type { FluxPin } from './flux-pins.js';
import type { TalosModel } from './talos.js';
import type { VMap, VNode, VScalar } from './values.js';

/** A Kubernetes-style object: one YAML document with apiVersion and kind. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  name: string | undefined;
  namespace: string | undefined;
  file: SourceFile;
  root: VMap;
  /** Where to point when a finding is about the object as a whole: its `kind` value. */
  anchor: Span;
}

export type ReleaseTool = 'flux' | 'argocd' | 'kustomize';
export type ChartSourceKind = 'helm' | 'oci' | 'git' | 'unknown';

export interface ChartRef {
  /** The chart's name as the source knows it (`falco`), or undefined when helmvet cannot tell. */
  name: string | undefined;
  /** Where the chart is named (or the object, when it is not). */
  span: Span;
  /** Repository URL of the chart source, when the source is in the repository. */
  repoUrl: string | undefined;
  sourceKind: ChartSourceKind;
  /** For git sources: the path of the chart in that repository. */
  path?: string;
}

/** The version constraint that picks the chart: where it is written and what it says. */
export interface VersionRef {
  /** As written; undefined when the field is absent. */
  raw: string | undefined;
  /** The scalar that holds it, when written. */
  node: VScalar | undefined;
  /** Where the field belongs when it is absent. */
  anchor: Span;
  /** The field, for messages: `spec.chart.spec.version`, `spec.ref.semver`, `targetRevision`, `version`. */
  field: string;
  /** Flux/Argo semantics: `constraint` is evaluated as a Masterminds range, `git` is a git revision. */
  kind: 'constraint' | 'git';
}

/** One layer of user values, in the order the tool merges them. */
export interface ValuesLayer {
  /** Where the layer comes from, for messages: `spec.values`, `ConfigMap security/falco-values key values.yaml`. */
  label: string;
  values: VNode;
  file: SourceFile;
}

export interface Release {
  tool: ReleaseTool;
  /** For messages: `HelmRelease security/falco`, `Application argocd/falco`, `helmCharts falco`. */
  title: string;
  apiVersion: string;
  object: K8sObject;
  chart: ChartRef;
  version: VersionRef;
  layers: ValuesLayer[];
  /** The user values merged in the tool's order (chart defaults not included). */
  values: VNode | undefined;
}

/** A values file that no release references, linted on its own when it looks like Falco chart values. */
export interface StandaloneValues {
  file: SourceFile;
  values: VMap;
}

/** Why the model could not follow a reference, as data (helmvet/unresolved-reference words it). */
export type UnresolvedReason =
  | { reason: 'missing-source'; kind: string; name: string; optional: boolean }
  | { reason: 'missing-key'; kind: string; name: string; key: string; optional: boolean }
  | { reason: 'unreadable-entry'; label: string }
  | { reason: 'outside'; path: string }
  | { reason: 'values-file'; path: string; present: boolean }
  | { reason: 'values-template'; path: string; renderedBy: 'helm' | 'text' }
  | { reason: 'in-chart-package'; path: string }
  | { reason: 'assumed-falco-repository'; name: string }
  | { reason: 'chart-unknown'; kind: 'OCIRepository' | 'HelmChart'; name: string }
  | { reason: 'not-falcosecurity'; release: string; url: string | null }
  | { reason: 'not-analysed'; label: string; limit: string }
  | { reason: 'not-yaml'; label: string }
  | { reason: 'not-a-map'; label: string }
  | { reason: 'encrypted'; label: string }
  | { reason: 'plugin'; name: string | null; env: string[] };

/** Something the model could not follow (a ConfigMap not in the repo, an unknown chart source). */
export interface Unresolved {
  span: Span;
  why: UnresolvedReason;
  /** The release object whose reference it is: it matters only when that release deploys Falco. */
  owner?: K8sObject;
  /** About Falco whatever the owner (a release named falco whose chart helmvet cannot tell). */
  falco?: boolean;
}

/** A YAML syntax error inside a string that holds YAML (ConfigMap data, Argo CD helm.values). */
export interface EmbeddedSyntaxError {
  span: Span;
  message: string;
}

export interface RepoModel {
  files: SourceFile[];
  objects: K8sObject[];
  releases: Release[];
  standaloneValues: StandaloneValues[];
  unresolved: Unresolved[];
  embeddedErrors: EmbeddedSyntaxError[];
  /** Talos configs, schematics and machine configs found among the plain documents. */
  talos: TalosModel;
  /** Which tool reads each file, and as what. */
  consumers: Consumers;
  /** Where the repository says which Flux it runs. */
  fluxPins: FluxPin[];
}

export type { VScalar };
