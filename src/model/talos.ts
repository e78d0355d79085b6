// Talos as a GitOps repository writes it down: talhelper talconfig.yaml, Image Factory schematics, and Talos machine
// configs and patches, with the Secure Boot images they install. Facts: falco-facts.md §7 (YAML shapes), checked
// against budimanjojo/talhelper pkg/config (config.go, nodeconfigs.go, defaults.go, loader.go) and pkg/talos/nodeconfig.go.
import { basename, dirname, resolve } from 'node:path';
import type { Span } from '../findings.js';
import type { SourceFile } from '../load/source.js';
import { imageTag, isSecureBootInstaller, parseTalosVersion, type KernelArg } from '../knowledge/talos.js';
import { child, stringAt, valueAt, type VMap, type VNode, type VScalar, type VSeq } from './values.js';

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
}

export interface Talconfig {
  file: SourceFile;
  root: VMap;
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
  return (list?.items ?? []).filter((i): i is VScalar => i.kind === 'scalar' && i.value !== null).map((node) => ({ text: String(node.value), node }));
}

function schematicOf(file: SourceFile, node: VNode | undefined): Schematic | undefined {
  if (node?.kind !== 'map') return undefined;
  const list = valueAt(node, ['customization', 'extraKernelArgs']);
  const kernelArgs = list?.kind === 'seq' ? list : undefined;
  return { file, root: node, kernelArgs, args: stringItems(kernelArgs), secureBootOptions: valueAt(node, ['customization', 'secureboot']) };
}

/** A talhelper config: `clusterName` and a `nodes` list of maps with `hostname` (talhelper's required fields). */
function isTalconfig(root: VMap): boolean {
  const nodes = child(root, 'nodes');
  if (!root.entries.has('clusterName') || nodes?.kind !== 'seq') return false;
  const maps = nodes.items.filter((n): n is VMap => n.kind === 'map');
  return maps.length > 0 && maps.every((n) => n.entries.has('hostname'));
}

const isSchematicDoc = (root: VMap) =>
  child(root, 'customization')?.kind === 'map' && !['clusterName', 'nodes', 'machine', 'cluster', 'apiVersion', 'kind'].some((k) => root.entries.has(k));

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
  return v?.kind === 'seq' ? v.items.filter((i): i is VScalar => i.kind === 'scalar' && typeof i.value === 'string') : [];
}

function talosVersionOf(file: SourceFile, root: VMap, talenv: readonly { file: SourceFile; root: VMap }[]): TalosVersionRef {
  const entry = root.entries.get('talosVersion');
  const node = entry?.value.kind === 'scalar' ? entry.value : undefined;
  const raw = node && node.value !== null ? String(node.value) : undefined;
  const version = parseTalosVersion(raw);
  if (version || !raw) return { raw, version, node };
  // talhelper substitutes ${VAR} from talenv.yaml (talhelper cmd/genconfig.go --env-file default; the file's values
  // are set as environment variables, so they win over the shell's).
  const name = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(raw.trim())?.[1];
  const env = name ? talenv.find((t) => dirname(t.file.absPath) === dirname(file.absPath) && stringAt(t.root, [name]) !== undefined) : undefined;
  const fromEnv = env && name ? parseTalosVersion(stringAt(env.root, [name])) : undefined;
  return fromEnv && env ? { raw, version: fromEnv, node, via: env.file } : { raw, version: undefined, node };
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
  const nodes: TalhelperNode[] = [];
  const list = child(root, 'nodes');
  for (const n of list?.kind === 'seq' ? list.items : []) {
    if (n.kind !== 'map') continue;
    const controlPlane = child(n, 'controlPlane')?.kind === 'scalar' && (child(n, 'controlPlane') as VScalar).value === true;
    const group = controlPlane ? groups.controlPlane : groups.worker;
    const url = merged(n, group, 'talosImageURL');
    const spec = merged(n, group, 'machineSpec');
    const sb = child(spec, 'secureboot');
    keep(schematicOf(file, child(n, 'imageSchematic')));
    const override = child(n, 'overridePatches')?.kind === 'scalar' && (child(n, 'overridePatches') as VScalar).value === true;
    nodes.push({
      hostname: stringAt(n, ['hostname']) ?? '',
      controlPlane,
      root: n,
      talosImageURL: url?.kind === 'scalar' && typeof url.value === 'string' && url.value !== '' ? url : undefined,
      secureboot: sb?.kind === 'scalar' && sb.value === true ? sb : undefined,
      schematic: keep(schematicOf(file, mergedSchematic(n, group))),
      patches: [...global, ...(override ? [] : patchList(child(group, 'patches'))), ...patchList(child(n, 'patches'))],
    });
  }
  return { file, root, talosVersion: talosVersionOf(file, root, talenv), nodes, schematics };
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
  return model;
}

/** Every schematic in the repository: documents and those written in talconfigs. */
export const allSchematics = (talos: TalosModel): Schematic[] => [...talos.schematics, ...talos.talconfigs.flatMap((t) => t.schematics)];

// ---------------------------------------------------------------------------------------------------------------
// Secure Boot images: what the repository installs with Secure Boot, and which kernel args go into each one's UKI.

export interface SecureBootImage {
  /** Where Secure Boot is declared: `secureboot: true`, the installer image, or `customization.secureboot`. */
  declaration: VNode;
  /** How it is declared, for messages. */
  declaredBy: 'machineSpec.secureboot' | 'talosImageURL' | 'machine.install.image' | 'customization.secureboot';
  file: SourceFile;
  /** talhelper nodes that boot it (empty for a schematic or machine config on its own). */
  nodes: string[];
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
  const add = (img: Omit<SecureBootImage, 'nodes'>, node?: string) => {
    const k = key(img.argsAnchor);
    const prior = out.get(k);
    if (prior) {
      if (node && !prior.nodes.includes(node)) prior.nodes.push(node);
    } else out.set(k, { ...img, nodes: node ? [node] : [] });
  };
  for (const t of talos.talconfigs) {
    for (const n of t.nodes) {
      if (n.talosImageURL) {
        const image = String(n.talosImageURL.value);
        if (!isSecureBootInstaller(image)) continue;
        add({ declaration: n.talosImageURL, declaredBy: 'talosImageURL', file: t.file, version: t.talosVersion, schematic: undefined, image, argsAnchor: n.talosImageURL.span }, n.hostname);
      } else if (n.secureboot) {
        const s = n.schematic;
        const argsAnchor = s?.kernelArgs?.span ?? n.secureboot.span;
        add({ declaration: n.secureboot, declaredBy: 'machineSpec.secureboot', file: t.file, version: t.talosVersion, schematic: s ?? 'empty', image: undefined, argsAnchor }, n.hostname);
      }
    }
  }
  for (const m of talos.machineConfigs) {
    const image = m.installImage ? String(m.installImage.value) : undefined;
    if (!m.installImage || !image || !isSecureBootInstaller(image)) continue;
    const raw = imageTag(image);
    const version: TalosVersionRef = { raw, version: parseTalosVersion(raw), node: m.installImage };
    add({ declaration: m.installImage, declaredBy: 'machine.install.image', file: m.file, version, schematic: undefined, image, argsAnchor: m.installImage.span });
  }
  for (const s of talos.schematics) {
    if (!s.secureBootOptions) continue;
    add({ declaration: s.secureBootOptions, declaredBy: 'customization.secureboot', file: s.file, version: { raw: undefined, version: undefined, node: undefined }, schematic: s, image: undefined, argsAnchor: s.kernelArgs?.span ?? s.secureBootOptions.span });
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
