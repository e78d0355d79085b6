// Falco run from its image without the falco chart: a DaemonSet (or Deployment, StatefulSet, Pod) written by hand, or
// the values of a generic chart such as bjw-s app-template (`image: {repository: falcosecurity/falco, tag: 0.41.3}`).
import type { Span } from '../findings.js';
import type { K8sObject, Release } from './types.js';
import { valueAt, type VEntry, type VNode, type VScalar } from './values.js';

/** Every map entry under a node, through maps and lists. */
function* entries(node: VNode | undefined): Generator<VEntry> {
  if (node?.kind === 'map') {
    for (const e of node.entries.values()) {
      yield e;
      yield* entries(e.value);
    }
  } else if (node?.kind === 'seq') for (const i of node.items) yield* entries(i);
}

export interface FalcoImage {
  /** The object that runs it: the workload, or the HelmRelease or Application of the generic chart. */
  object: K8sObject;
  /** For messages: `DaemonSet falco/falco`, `HelmRelease security/falco (chart app-template)`. */
  title: string;
  /** Repository and tag, without a digest: `docker.io/falcosecurity/falco:0.41.3`. */
  image: string;
  /** The tag without a digest (`0.41.3`), when written. */
  tag: string | undefined;
  /** Where findings point: the tag, or the image string. */
  span: Span;
}

/** The repository of a Falco image: `[registry/]falcosecurity/falco`, or `falco-no-driver` (Falco before 0.40). */
const FALCO_REPOSITORY = /^(?:[^/]+\/)*falcosecurity\/falco(?:-no-driver)?$/;

/** `repo:tag@digest` → repository and tag (a registry port is not a tag). */
function splitImage(image: string): { repository: string; tag: string | undefined } {
  const noDigest = image.trim().split('@')[0]!;
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > slash
    ? { repository: noDigest.slice(0, colon), tag: noDigest.slice(colon + 1) }
    : { repository: noDigest, tag: undefined };
}

const str = (n: VNode | undefined): VScalar | undefined =>
  n?.kind === 'scalar' && (typeof n.value === 'string' || typeof n.value === 'number') ? n : undefined;

/** Every Falco image under a node: `image: repo:tag` strings, and `{repository, tag}` maps (with `registry` or not). */
function imagesIn(root: VNode | undefined): { image: string; tag: string | undefined; span: Span }[] {
  const out: { image: string; tag: string | undefined; span: Span }[] = [];
  for (const entry of entries(root)) {
    if (entry.key !== 'image') continue;
    const v = entry.value;
    const text = str(v);
    if (text) {
      const { repository, tag } = splitImage(String(text.value));
      if (FALCO_REPOSITORY.test(repository))
        out.push({ image: `${repository}${tag ? `:${tag}` : ''}`, tag, span: text.span });
      continue;
    }
    const repo = str(valueAt(v, ['repository']));
    if (!repo) continue;
    const registry = str(valueAt(v, ['registry']));
    const repository = `${registry ? `${String(registry.value)}/` : ''}${String(repo.value)}`;
    if (!FALCO_REPOSITORY.test(repository)) continue;
    const tagNode = str(valueAt(v, ['tag']));
    const tag = tagNode ? String(tagNode.value).split('@')[0] : undefined;
    out.push({ image: `${repository}${tag ? `:${tag}` : ''}`, tag, span: (tagNode ?? repo).span });
  }
  return out;
}

const WORKLOAD_KINDS = new Set(['DaemonSet', 'Deployment', 'StatefulSet', 'Pod']);

/**
 * Falco images of workloads, and of `releases` (those of charts other than falco: their values are read when their
 * file names the image).
 */
export function falcoImages(objects: readonly K8sObject[], releases: readonly Release[]): FalcoImage[] {
  const out: FalcoImage[] = [];
  const titleOf = (o: K8sObject) => `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name ?? '(unnamed)'}`;
  for (const o of objects) {
    if (!WORKLOAD_KINDS.has(o.kind)) continue;
    const pod = o.kind === 'Pod' ? valueAt(o.root, ['spec']) : valueAt(o.root, ['spec', 'template', 'spec']);
    for (const field of ['containers', 'initContainers']) {
      for (const i of imagesIn(valueAt(pod, [field]))) out.push({ object: o, title: titleOf(o), ...i });
    }
  }
  for (const r of releases) {
    for (const i of imagesIn(r.values))
      out.push({ object: r.object, title: `${r.title}${r.chart.name ? ` (chart ${r.chart.name})` : ''}`, ...i });
  }
  return out;
}
