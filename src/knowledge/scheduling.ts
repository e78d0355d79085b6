// Where Falco pods may run: the chart's default tolerations, and the labels and taints Talos gives its nodes.
import semver from 'semver';

export interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
}

export interface Taint {
  key: string;
  value?: string;
  effect: 'NoSchedule' | 'NoExecute' | 'PreferNoSchedule';
}

/** The label Kubernetes (and Talos, pkg/machinery/constants LabelNodeRoleControlPlane) puts on control-plane nodes. */
export const CONTROL_PLANE_LABEL = 'node-role.kubernetes.io/control-plane';

/**
 * Talos taints control-plane nodes `node-role.kubernetes.io/control-plane:NoSchedule` unless
 * `cluster.allowSchedulingOnControlPlanes: true` (talhelper: `allowSchedulingOnControlPlanes` or
 * `allowSchedulingOnMasters`, pkg/talos/input.go generate.WithAllowSchedulingOnControlPlanes).
 * [siderolabs/talos website talos-guides/howto/workers-on-controlplane.md: "By default, Talos Linux taints control
 * plane nodes so that workloads are not schedulable on them"; budimanjojo/talhelper pkg/config/config.go]
 */
export const CONTROL_PLANE_TAINT: Taint = { key: CONTROL_PLANE_LABEL, effect: 'NoSchedule' };

/**
 * The falco chart's default `tolerations` (nodeSelector and affinity default to `{}` in every version).
 * [../shared/reference/falco-chart-values-keydiff.tsv: 2.4.1 → 2.4.2 changed tolerations from the master toleration
 * alone to master and control-plane; falco-chart-values/<3.0.0 … 9.1.0>.yaml hold both. The diff starts at 2.0.0.]
 */
const MASTER: Toleration = { effect: 'NoSchedule', key: 'node-role.kubernetes.io/master' };
const CONTROL_PLANE: Toleration = { effect: 'NoSchedule', key: CONTROL_PLANE_LABEL };
export const CONTROL_PLANE_TOLERATION_SINCE = '2.4.2';
export const TOLERATIONS_KNOWN_SINCE = '2.0.0';

/** The default tolerations of a chart version; undefined where the reference does not reach (1.x). */
export function defaultTolerations(chartVersion: string | undefined): Toleration[] | undefined {
  if (!chartVersion || !semver.valid(chartVersion) || semver.lt(chartVersion, TOLERATIONS_KNOWN_SINCE))
    return undefined;
  return semver.gte(chartVersion, CONTROL_PLANE_TOLERATION_SINCE) ? [MASTER, CONTROL_PLANE] : [MASTER];
}

/**
 * Taints a DaemonSet's pods tolerate without asking (kubernetes pkg/controller/daemon/util/daemonset_util.go
 * AddOrUpdateDaemonPodTolerations): not-ready and unreachable (NoExecute), disk-, memory- and pid-pressure and
 * unschedulable (NoSchedule); network-unavailable only with hostNetwork, which Falco's pods do not use.
 */
export const DAEMONSET_TOLERATED_KEYS: ReadonlySet<string> = new Set([
  'node.kubernetes.io/not-ready',
  'node.kubernetes.io/unreachable',
  'node.kubernetes.io/disk-pressure',
  'node.kubernetes.io/memory-pressure',
  'node.kubernetes.io/pid-pressure',
  'node.kubernetes.io/unschedulable',
]);
