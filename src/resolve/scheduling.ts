// Which nodes a Falco release's pods can be scheduled on, as the Kubernetes scheduler decides it: nodeSelector,
// required node affinity, and tolerations against taints (k8s.io/component-helpers scheduling/corev1/nodeaffinity,
// pkg/apis/core/v1/helper ToleratesTaint). A node is ruled out only when what the repository says of it rules it out:
// a label helmvet does not see may still be set on the cluster.
import { defaultTolerations, DAEMONSET_TOLERATED_KEYS, type Taint, type Toleration } from '../knowledge/scheduling.js';
import type { TalhelperNode } from '../model/talos.js';
import { toPlain, valueAt, type VNode } from '../model/values.js';

interface Requirement {
  key: string;
  operator: string;
  values: string[];
}

export interface Placement {
  nodeSelector: Record<string, string>;
  /** Required node affinity: any term, each with all its requirements (matchFields `metadata.name` as the hostname). */
  terms: Requirement[][] | undefined;
  /** undefined: the chart's defaults are not known, so every taint counts as tolerated. */
  tolerations: Toleration[] | undefined;
}

const record = (v: unknown): Record<string, unknown> | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x) => typeof x === 'string' || typeof x === 'number').map(String) : [];

function requirements(list: unknown, field = false): Requirement[] {
  return (Array.isArray(list) ? list : []).flatMap((r) => {
    const req = record(r);
    if (!req || typeof req.key !== 'string' || typeof req.operator !== 'string') return [];
    return [
      {
        key: field && req.key === 'metadata.name' ? 'kubernetes.io/hostname' : req.key,
        operator: req.operator,
        values: strings(req.values),
      },
    ];
  });
}

/** The placement of a release's pods: the user's values over the chart's defaults (lists replace, maps merge). */
export function placementOf(values: VNode | undefined, chartVersion: string | undefined): Placement {
  const selector = record(toPlain(valueAt(values, ['nodeSelector']))) ?? {};
  const nodeSelector = Object.fromEntries(
    Object.entries(selector)
      .filter(([, v]) => v !== null && typeof v !== 'object')
      .map(([k, v]) => [k, String(v)]),
  );
  const required = record(
    toPlain(valueAt(values, ['affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution'])),
  );
  const terms = Array.isArray(required?.nodeSelectorTerms)
    ? required.nodeSelectorTerms.map((t) => [
        ...requirements(record(t)?.matchExpressions),
        ...requirements(record(t)?.matchFields, true),
      ])
    : undefined;
  const written = valueAt(values, ['tolerations']);
  const tolerations = written ? (toPlain(written) as unknown[] | null) : undefined;
  return {
    nodeSelector,
    terms,
    tolerations: written
      ? (Array.isArray(tolerations) ? tolerations : [])
          .map(record)
          .filter((t): t is Record<string, unknown> => !!t)
          .map((t) => t as Toleration)
      : defaultTolerations(chartVersion),
  };
}

/** Does a requirement rule the node out? Only on what is known of it. */
function rulesOut(req: Requirement, node: TalhelperNode): boolean {
  const value = node.labels.get(req.key);
  const present = value !== undefined;
  const absent = node.absent.has(req.key);
  switch (req.operator) {
    case 'In':
      return absent || (present && !req.values.includes(value));
    case 'NotIn':
      return present && req.values.includes(value);
    case 'Exists':
      return absent;
    case 'DoesNotExist':
      return present;
    case 'Gt':
    case 'Lt': {
      if (absent) return true;
      if (!present || req.values.length !== 1 || !/^-?\d+$/.test(value) || !/^-?\d+$/.test(req.values[0]!))
        return false;
      return req.operator === 'Gt'
        ? !(Number(value) > Number(req.values[0]))
        : !(Number(value) < Number(req.values[0]));
    }
    default:
      return false;
  }
}

/** kubernetes ToleratesTaint: the key matches (or an empty key with Exists), the effect matches (or is empty), and the value for Equal. */
function tolerates(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  if (!t.key && t.operator !== 'Exists') return false;
  return t.operator === 'Exists' || (t.value ?? '') === (taint.value ?? '');
}

/** Can the release's pods run on the node? False only when the repository rules it out. */
export function canRunOn(p: Placement, node: TalhelperNode): boolean {
  for (const [key, value] of Object.entries(p.nodeSelector)) {
    if (rulesOut({ key, operator: 'In', values: [value] }, node)) return false;
  }
  if (p.terms && !p.terms.some((term) => !term.some((req) => rulesOut(req, node)))) return false;
  if (p.tolerations) {
    for (const taint of node.taints) {
      if (taint.effect === 'PreferNoSchedule' || DAEMONSET_TOLERATED_KEYS.has(taint.key)) continue;
      if (!p.tolerations.some((t) => tolerates(t, taint))) return false;
    }
  }
  return true;
}
