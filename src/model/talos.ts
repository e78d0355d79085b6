// Talos as a GitOps repository writes it down: talhelper talconfig.yaml, Image Factory schematics, and Talos machine
// configs and patches, with the Secure Boot images they install. Facts: falco-facts.md §7 (YAML shapes), checked
// against budimanjojo/talhelper pkg/config (config.go, nodeconfigs.go, defaults.go, loader.go) and pkg/talos/nodeconfig.go.
import { basename, dirname, resolve } from 'node:path';
import type { Span } from '../findings.js';
import type { SourceFile } from '../load/source.js';
import { CONTROL_PLANE_LABEL, CONTROL_PLANE_TAINT, type Taint } from '../knowledge/scheduling.js';
import { imageTag, isSecureBootInstaller, parseTalosVersion, type KernelArg } from '../knowledge/talos.js';
import { parseAllDocuments } from 'yaml';
import { child, stringAt, toPlain, valueAt, type VMap, type VNode, type VScalar, type VSeq } from './values.js';

/** An Image Factory schematic: a document of its own, or a talconfig's `schematic:` / `imageSchematic:`. */
export interface Schematic {
  file: SourceFile;
  root: VMap;
  /** `customization.extraKernelArgs` as written (an alias gives the anchored list). */
  kernelArgs: VSeq | undefined;
  /** Its string items. */
  args: KernelArg[];
  /** `customization.secureboot`: options only a Secure Boot image reads (includeWellKnownCertificates). */
  secureBootOptions: VNode | undefined;
}

export interface TalosVersionRef {
  /** As written (`v1.13.7`, `${talosVersion}`); undefined when absent. */
  raw: string | undefined;
  /** The version, when helmvet can tell it. */
  version: string | undefined;
  node: VScalar | undefined;
  /** The talhelper env file (talenv.yaml) a `${var}` was read from. */
  via?: SourceFile;
}

/** A talhelper node with its node group (`controlPlane:` / `worker:`) merged in, as talhelper merges it. */
export interface TalhelperNode {
  hostname: string;
  controlPlane: boolean;
  root: VMap;
  /** `talosImageURL`: an installer repository without a tag; it wins over `schematic` for the installer image. */
  talosImageURL: VScalar | undefined;
  /** `machineSpec.secureboot` of the machineSpec that applies, when it is true. */
  secureboot: VScalar | undefined;
  /** The schematic the installer is built from when there is no talosImageURL. */
  schematic: Schematic | undefined;
  /** Patch references (`@./patches/x.yaml`) and inline patches that apply, node group first. */
  patches: VScalar[];
  /**
   * The labels the node is known to carry (`kubernetes.io/hostname`, the control-plane role, `nodeLabels`); others
   * may be set outside the repository. `absent`: labels it is known not to carry (the control-plane role of a worker).
   */
  labels: Map<string, string>;
  absent: ReadonlySet<string>;
  /** The taints it is known to carry: Talos's control-plane taint, `nodeTaints`, and those its patches set. */
  taints: Taint[];
}

export interface Talconfig {
  file: SourceFile;
  root: VMap;
  /** `clusterName`, when a plain string (talhelper allows `${VAR}`: then undefined). */
  clusterName: string | undefined;
  talosVersion: TalosVersionRef;
  nodes: TalhelperNode[];
  /** Every schematic written in it (nodes, node groups, imageSchematic). */
  schematics: Schematic[];
}

/** A Talos machine config or a patch of one: a document with `machine:` at the top. */
export interface MachineConfig {
  file: SourceFile;
  root: VMap;
  installImage: VScalar | undefined;
  /** `machine.install.extraKernelArgs` as written. */
  installKernelArgs: VSeq | undefined;
  installArgs: KernelArg[];
}

export interface TalosModel {
  talconfigs: Talconfig[];
  /** Schematic documents (top-level `customization:`), not those inside talconfigs. */
  schematics: Schematic[];
  machineConfigs: MachineConfig[];
}

const TALENV_FILES = new Set(['talenv.yaml', 'talenv.yml']);

function stringItems(list: VSeq | undefined): KernelArg[] {
  return (list?.items ?? [])
    .filter((i): i is VScalar => i.kind === 'scalar' && i.value !== null)
    .map((node) => ({ text: String(node.value), node }));
}

function schematicOf(file: SourceFile, node: VNode | undefined): Schematic | undefined {
  if (node?.kind !== 'map') return undefined;
  const list = valueAt(node, ['customization', 'extraKernelArgs']);
  const kernelArgs = list?.kind === 'seq' ? list : undefined;
  return {
    file,
    root: node,
    kernelArgs,
    args: stringItems(kernelArgs),
    secureBootOptions: valueAt(node, ['customization', 'secureboot']),
  };
}

/** A talhelper config: `clusterName` and a `nodes` list of maps with `hostname` (talhelper's required fields). */
function isTalconfig(root: VMap): boolean {
  const nodes = child(root, 'nodes');
  if (!root.entries.has('clusterName') || nodes?.kind !== 'seq') return false;
  const maps = nodes.items.filter((n): n is VMap => n.kind === 'map');
  return maps.length > 0 && maps.every((n) => n.entries.has('hostname'));
}

const isSchematicDoc = (root: VMap) =>
  child(root, 'customization')?.kind === 'map' &&
  !['clusterName', 'nodes', 'machine', 'cluster', 'apiVersion', 'kind'].some((k) => root.entries.has(k));

const isMachineConfig = (root: VMap) => child(root, 'machine')?.kind === 'map' && !root.entries.has('clusterName');

/**
 * talhelper's mergeNodeConfigs: field by field, the node's own value wins when it is not Go's zero value, else the
 * node group's. A machineSpec is zero when none of its fields is set to a non-zero value.
 */
function merged(node: VMap, group: VNode | undefined, key: string): VNode | undefined {
  const own = child(node, key);
  if (own !== undefined && !isZero(own)) return own;
  return child(group, key) ?? own;
}

function isZero(v: VNode): boolean {
  if (v.kind === 'map') return [...v.entries.values()].every((e) => isZero(e.value));
  if (v.kind === 'seq') return v.items.length === 0;
  return v.value === null || v.value === false || v.value === '' || v.value === 0;
}

/** `schematic:` is a pointer in talhelper: any map the node writes replaces the group's. */
function mergedSchematic(node: VMap, group: VNode | undefined): VNode | undefined {
  const own = child(node, 'schematic');
  return own?.kind === 'map' ? own : child(group, 'schematic');
}

function patchList(v: VNode | undefined): VScalar[] {
  return v?.kind === 'seq'
    ? v.items.filter((i): i is VScalar => i.kind === 'scalar' && typeof i.value === 'string')
    : [];
}

function talosVersionOf(
  file: SourceFile,
  root: VMap,
  talenv: readonly { file: SourceFile; root: VMap }[],
): TalosVersionRef {
  const entry = root.entries.get('talosVersion');
  const node = entry?.value.kind === 'scalar' ? entry.value : undefined;
  const raw = node && node.value !== null ? String(node.value) : undefined;
  const version = parseTalosVersion(raw);
  if (version || !raw) return { raw, version, node };
  // talhelper substitutes ${VAR} from talenv.yaml (talhelper cmd/genconfig.go --env-file default; the file's values
  // are set as environment variables, so they win over the shell's).
  const name = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(raw.trim())?.[1];
  const env = name
    ? talenv.find((t) => dirname(t.file.absPath) === dirname(file.absPath) && stringAt(t.root, [name]) !== undefined)
    : undefined;
  const fromEnv = env && name ? parseTalosVersion(stringAt(env.root, [name])) : undefined;
  return fromEnv && env ? { raw, version: fromEnv, node, via: env.file } : { raw, version: undefined, node };
}

/** A map of strings (`nodeLabels`), without templated entries talhelper fills in later. */
function stringMap(v: VNode | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (v?.kind !== 'map') return out;
  for (const e of v.entries.values())
    if (e.value.kind === 'scalar' && e.value.value !== null && !/\$\{|\{\{/.test(e.key + String(e.value.value)))
      out.set(e.key, String(e.value.value));
  return out;
}

/** talhelper `nodeTaints` (Talos machine.nodeTaints): `key: value:Effect` or `key: :Effect`; one without an effect is left out. */
function parseTaint(key: string, spec: unknown): Taint | undefined {
  const m = typeof spec === 'string' ? /^(.*):(NoSchedule|NoExecute|PreferNoSchedule)$/.exec(spec) : null;
  return m ? { key, ...(m[1] ? { value: m[1] } : {}), effect: m[2] as Taint['effect'] } : undefined;
}

function taintsOf(v: VNode | undefined): Taint[] {
  return [...stringMap(v)].map(([key, spec]) => parseTaint(key, spec)).filter((x): x is Taint => x !== undefined);
}

function talconfigOf(file: SourceFile, root: VMap, talenv: readonly { file: SourceFile; root: VMap }[]): Talconfig {
  const schematics: Schematic[] = [];
  const keep = (s: Schematic | undefined) => {
    if (s && !schematics.some((k) => k.root === s.root)) schematics.push(s);
    return s;
  };
  const groups = { controlPlane: child(root, 'controlPlane'), worker: child(root, 'worker') };
  for (const g of Object.values(groups)) {
    keep(schematicOf(file, child(g, 'schematic')));
    keep(schematicOf(file, child(g, 'imageSchematic')));
  }
  const global = patchList(child(root, 'patches'));
  const scheduleOnControlPlanes = ['allowSchedulingOnControlPlanes', 'allowSchedulingOnMasters'].some(
    (k) => child(root, k)?.kind === 'scalar' && (child(root, k) as VScalar).value === true,
  );
  const nodes: TalhelperNode[] = [];
  const list = child(root, 'nodes');
  for (const n of list?.kind === 'seq' ? list.items : []) {
    if (n.kind !== 'map') continue;
    const controlPlane =
      child(n, 'controlPlane')?.kind === 'scalar' && (child(n, 'controlPlane') as VScalar).value === true;
    const group = controlPlane ? groups.controlPlane : groups.worker;
    const url = merged(n, group, 'talosImageURL');
    const spec = merged(n, group, 'machineSpec');
    const sb = child(spec, 'secureboot');
    keep(schematicOf(file, child(n, 'imageSchematic')));
    const override =
      child(n, 'overridePatches')?.kind === 'scalar' && (child(n, 'overridePatches') as VScalar).value === true;
    const hostname = stringAt(n, ['hostname']) ?? '';
    const labels = new Map([
      ['kubernetes.io/hostname', hostname],
      ...(controlPlane ? [[CONTROL_PLANE_LABEL, ''] as [string, string]] : []),
      ...stringMap(merged(n, group, 'nodeLabels')),
    ]);
    const taints = [
      ...(controlPlane && !scheduleOnControlPlanes ? [CONTROL_PLANE_TAINT] : []),
      ...taintsOf(merged(n, group, 'nodeTaints')),
    ];
    nodes.push({
      hostname,
      controlPlane,
      root: n,
      talosImageURL: url?.kind === 'scalar' && typeof url.value === 'string' && url.value !== '' ? url : undefined,
      secureboot: sb?.kind === 'scalar' && sb.value === true ? sb : undefined,
      schematic: keep(schematicOf(file, mergedSchematic(n, group))),
      patches: [...global, ...(override ? [] : patchList(child(group, 'patches'))), ...patchList(child(n, 'patches'))],
      labels,
      absent: controlPlane ? new Set() : new Set([CONTROL_PLANE_LABEL]),
      taints,
    });
  }
  const clusterName = stringAt(root, ['clusterName']);
  return {
    file,
    root,
    clusterName: clusterName && !clusterName.includes('$') ? clusterName : undefined,
    talosVersion: talosVersionOf(file, root, talenv),
    nodes,
    schematics,
  };
}

function machineConfigOf(file: SourceFile, root: VMap): MachineConfig {
  const image = valueAt(root, ['machine', 'install', 'image']);
  const list = valueAt(root, ['machine', 'install', 'extraKernelArgs']);
  const installKernelArgs = list?.kind === 'seq' ? list : undefined;
  return {
    file,
    root,
    installImage: image?.kind === 'scalar' && typeof image.value === 'string' ? image : undefined,
    installKernelArgs,
    installArgs: stringItems(installKernelArgs),
  };
}

/** The Talos documents among the plain (kind-less) documents of the repository. */
export function buildTalosModel(plainDocs: readonly { file: SourceFile; root: VMap }[]): TalosModel {
  const talenv = plainDocs.filter((d) => TALENV_FILES.has(basename(d.file.absPath)));
  const model: TalosModel = { talconfigs: [], schematics: [], machineConfigs: [] };
  for (const { file, root } of plainDocs) {
    if (isTalconfig(root)) model.talconfigs.push(talconfigOf(file, root, talenv));
    else if (isSchematicDoc(root)) model.schematics.push(schematicOf(file, root)!);
    else if (isMachineConfig(root)) model.machineConfigs.push(machineConfigOf(file, root));
  }
  for (const t of model.talconfigs) for (const n of t.nodes) applyPatches(t, n, plainDocs);
  return model;
}

/**
 * What a node's patches do to its labels and taints: `machine.nodeLabels`, `machine.nodeTaints` and
 * `cluster.allowSchedulingOnControlPlanes` of patch files (`@./patches/x.yaml`) and inline patches, in order.
 */
function applyPatches(t: Talconfig, n: TalhelperNode, plainDocs: readonly { file: SourceFile; root: VMap }[]) {
  for (const ref of n.patches) {
    const text = String(ref.value).trim();
    let roots: unknown[];
    if (text.startsWith('@')) {
      const abs = resolve(dirname(t.file.absPath), text.slice(1));
      roots = plainDocs.filter((d) => d.file.absPath === abs).map((d) => toPlain(d.root));
    } else {
      try {
        roots = parseAllDocuments(text).map((d) => d.toJS() as unknown);
      } catch {
        continue;
      }
    }
    for (const root of roots) {
      const get = (path: string[]) =>
        path.reduce<unknown>(
          (v, k) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[k] : undefined),
          root,
        );
      if (get(['cluster', 'allowSchedulingOnControlPlanes']) === true)
        n.taints = n.taints.filter((x) => x !== CONTROL_PLANE_TAINT);
      const labels = get(['machine', 'nodeLabels']);
      if (labels && typeof labels === 'object')
        for (const [k, v] of Object.entries(labels)) if (typeof v === 'string') n.labels.set(k, v);
      const taints = get(['machine', 'nodeTaints']);
      if (taints && typeof taints === 'object') {
        for (const [key, spec] of Object.entries(taints)) {
          const taint = parseTaint(key, spec);
          if (taint) n.taints.push(taint);
        }
      }
    }
  }
}

/** Every schematic in the repository: documents and those written in talconfigs. */
export const allSchematics = (talos: TalosModel): Schematic[] => [
  ...talos.schematics,
  ...talos.talconfigs.flatMap((t) => t.schematics),
];

// ---------------------------------------------------------------------------------------------------------------
// Secure Boot images: what the repository installs with Secure Boot, and which kernel args go into each one's UKI.

export interface SecureBootImage {
  /** Where Secure Boot is declared: `secureboot: true`, the installer image, or `customization.secureboot`. */
  declaration: VNode;
  /** How it is declared, for messages. */
  declaredBy: 'machineSpec.secureboot' | 'talosImageURL' | 'machine.install.image' | 'customization.secureboot';
  file: SourceFile;
  /** Hostnames of the talhelper nodes that boot it (empty for a schematic or machine config on its own). */
  nodes: string[];
  /** Those nodes, and the talconfig they belong to. */
  nodeRefs: TalhelperNode[];
  talconfig: Talconfig | undefined;
  version: TalosVersionRef;
  /**
   * The schematic whose extraKernelArgs go on its command line; `undefined` for an installer helmvet cannot link to
   * a schematic (an Image Factory ID in a URL).
   */
  schematic: Schematic | 'empty' | undefined;
  /** The installer image, when written. */
  image: string | undefined;
  /** Where kernel args belong for this image: the extraKernelArgs list, else the declaration. */
  argsAnchor: Span;
}

/** The Secure Boot images of the repository, one per place a finding about its kernel args would point at. */
export function secureBootImages(talos: TalosModel): SecureBootImage[] {
  const out = new Map<string, SecureBootImage>();
  const key = (s: Span) => `${s.file.absPath}\0${s.start}\0${s.end}`;
  const add = (
    img: Omit<SecureBootImage, 'nodes' | 'nodeRefs' | 'talconfig'>,
    talconfig?: Talconfig,
    node?: TalhelperNode,
  ) => {
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
            declaredBy: 'talosImageURL',
            file: t.file,
            version: t.talosVersion,
            schematic: undefined,
            image,
            argsAnchor: n.talosImageURL.span,
          },
          t,
          n,
        );
      } else if (n.secureboot) {
        const s = n.schematic;
        const argsAnchor = s?.kernelArgs?.span ?? n.secureboot.span;
        add(
          {
            declaration: n.secureboot,
            declaredBy: 'machineSpec.secureboot',
            file: t.file,
            version: t.talosVersion,
            schematic: s ?? 'empty',
            image: undefined,
            argsAnchor,
          },
          t,
          n,
        );
      }
    }
  }
  for (const m of talos.machineConfigs) {
    const image = m.installImage ? String(m.installImage.value) : undefined;
    if (!m.installImage || !image || !isSecureBootInstaller(image)) continue;
    const raw = imageTag(image);
    const version: TalosVersionRef = { raw, version: parseTalosVersion(raw), node: m.installImage };
    add({
      declaration: m.installImage,
      declaredBy: 'machine.install.image',
      file: m.file,
      version,
      schematic: undefined,
      image,
      argsAnchor: m.installImage.span,
    });
  }
  for (const s of talos.schematics) {
    if (!s.secureBootOptions) continue;
    add({
      declaration: s.secureBootOptions,
      declaredBy: 'customization.secureboot',
      file: s.file,
      version: { raw: undefined, version: undefined, node: undefined },
      schematic: s,
      image: undefined,
      argsAnchor: s.kernelArgs?.span ?? s.secureBootOptions.span,
    });
  }
  return [...out.values()];
}

/** The talconfig patch files (`@./patches/x.yaml`) that apply to some node, by absolute path, with those nodes. */
export function patchTargets(talos: TalosModel): Map<string, { talconfig: Talconfig; nodes: TalhelperNode[] }[]> {
  const out = new Map<string, { talconfig: Talconfig; nodes: TalhelperNode[] }[]>();
  for (const t of talos.talconfigs) {
    for (const n of t.nodes) {
      for (const p of n.patches) {
        const ref = String(p.value).trim();
        if (!ref.startsWith('@')) continue;
        const abs = resolve(dirname(t.file.absPath), ref.slice(1));
        const list = out.get(abs) ?? [];
        let entry = list.find((e) => e.talconfig === t);
        if (!entry) list.push((entry = { talconfig: t, nodes: [] }));
        if (!entry.nodes.includes(n)) entry.nodes.push(n);
        out.set(abs, list);
      }
    }
  }
  return out;
}
