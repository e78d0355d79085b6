import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/config.js';
import { lint } from '../../../src/engine/lint.js';
import { loadAdvisory } from '../../../src/knowledge/advisories.js';
import { loadKnowledge, talosVersionsMatter } from '../../../src/knowledge/index.js';
import { positionAt } from '../../../src/load/source.js';
import { expectSameAlone, helmRelease, writeRepo } from '../../helpers/repo.js';
import { findingsOf, testRule } from '../../helpers/rule-tester.js';

const RULE = 'falco/version-advisory';
/** The advisories' own data, as every finding on them carries it. */
const CHARTS_1052 = {
  advisory: 'charts-1052',
  ref: 'charts#1052',
  name: 'Container runtime socket mounted as a file',
  component: 'chart',
  when: 'when containerd, CRI-O or k3s restarts on a node (an upgrade, a crash) and recreates its socket',
  effect:
    "keeps the old socket's inode, so the container plugin loses the runtime and every new container's container.* and k8s.* fields read <NA> until Falco restarts",
  fixedIn: '9.2.0',
  firstFixedChart: null,
  action: 'upgrade the chart to 9.2.0 or newer; until then restart the Falco pods after the container runtime restarts',
};
/** falco#3610 as the plugin versions that panic on the closed channel report it. */
const FALCO_3610_PANIC = {
  advisory: 'falco-3610',
  ref: 'falco#3610',
  name: 'Container plugin breaks on a closed container-event channel',
  component: 'container plugin',
  when: 'when the container runtime does not stream container events (CRI-O without enable_pod_events, or a CRI socket whose GetContainerEvents fails)',
  effect: 'dereferences the nil event it reads from the closed event channel, a Go panic',
  fixedIn: '0.3.4',
  firstFixedChart: '6.2.2',
  action:
    'upgrade the chart, or pin collectors.containerEngine.pluginRef to container:0.3.7 or newer (0.3.4 to 0.3.6 can deadlock at shutdown, plugins#936)',
};
/** falco#3610 as the plugin versions that spin on the closed channel report it. */
const FALCO_3610_BUSY_LOOP = {
  advisory: 'falco-3610',
  ref: 'falco#3610',
  name: 'Container plugin breaks on a closed container-event channel',
  component: 'container plugin',
  when: 'when the container runtime does not stream container events (CRI-O without enable_pod_events, or a CRI socket whose GetContainerEvents fails)',
  effect: 'spins on the closed event channel and pegs a CPU core in each affected Falco pod',
  fixedIn: '0.3.4',
  firstFixedChart: '6.2.2',
  action:
    'upgrade the chart, or pin collectors.containerEngine.pluginRef to container:0.3.7 or newer (0.3.4 to 0.3.6 can deadlock at shutdown, plugins#936)',
};
const FALCO_3643 = {
  advisory: 'falco-3643',
  ref: 'falco#3643',
  name: 'Thread-table memory leak under pod churn',
  component: 'Falco',
  when: "when a child's exit is processed before its parent's clone exit (busy multi-CPU nodes with high pod churn)",
  effect:
    'keeps orphaned thread entries, each with a copy of its file-descriptor table, until the next auto-purge, so memory grows until the pod is OOMKilled',
  fixedIn: '0.44.0',
  firstFixedChart: '9.0.0',
  action:
    'upgrade the chart; until then a shorter falco.falco_libs.thread_table_auto_purging_interval_s (Falco 0.42.0 and newer) removes the orphans sooner',
};
const FALCO_3984 = {
  advisory: 'falco-3984',
  ref: 'falco#3984',
  name: 'Container plugin loaded twice when the driver loader and falcoctl are off',
  component: 'chart',
  when: 'when the driver loader does not run (driver.kind modern_ebpf, or driver.loader.enabled false) and both falcoctl containers are disabled',
  effect:
    'merges the image\'s config.d snippet over the chart\'s falco.yaml, so load_plugins becomes [container, container] and Falco aborts at start with "found another plugin with name container"',
  fixedIn: '9.2.0',
  firstFixedChart: null,
  action: 'upgrade the chart to 9.2.0, or enable falcoctl.artifact.install (or the driver loader) until then',
};
const PLUGINS_1353 = {
  advisory: 'plugins-1353',
  ref: 'plugins#1353',
  name: 'Container plugin panics on containerd 2.3 and newer',
  component: 'container plugin',
  when: 'when the nodes run containerd 2.3 or newer, whose CRI no longer returns the runtime spec',
  effect:
    'dereferences the nil runtime spec containerd returns, a Go panic that puts every Falco pod on the node in CrashLoopBackOff',
  fixedIn: '0.7.1',
  firstFixedChart: '9.0.0',
  action:
    'upgrade the chart to 9.0.0 or newer before the nodes move to containerd 2.3, or pin collectors.containerEngine.pluginRef to container:0.7.1 or newer',
};
const PLUGINS_1372 = {
  advisory: 'plugins-1372',
  ref: 'plugins#1372',
  name: 'k8smeta plugin refuses a purely numeric node name',
  component: 'k8smeta plugin',
  when: "when the node's name is a number",
  effect:
    'refuses its init config, whose nodeName the chart renders as a number, so Falco exits at start and the pod crash-loops',
  fixedIn: '0.4.2',
  firstFixedChart: '9.2.0',
  action: 'upgrade the chart to 9.2.0 or newer, or pin collectors.kubernetes.pluginRef to k8smeta:0.4.2 or newer',
};
const PLUGINS_936 = {
  advisory: 'plugins-936',
  ref: 'plugins#936',
  name: 'Container plugin deadlocks when Falco shuts down',
  component: 'container plugin',
  when: 'when the Falco pod is stopped (a rollout, a node drain) on a node whose runtime the CRI engine serves (containerd, CRI-O)',
  effect:
    "can block Falco's shutdown, so the pod stays Terminating until the kubelet kills it at the end of its grace period",
  fixedIn: '0.3.7',
  firstFixedChart: '7.0.0',
  action:
    'upgrade the chart to 7.0.0 or newer, or pin collectors.containerEngine.pluginRef to container:0.3.7 or newer',
};
const release = (version: string, values = '', extra = '') => ({ 'a.yaml': helmRelease(version, values, extra) });
const refs = (ref: string) =>
  `falcoctl:\n  config:\n    artifact:\n      install:\n        refs: [falco-rules:5, ${ref}]`;
/** A HelmRelease of chart 4.22.0 whose values come from a ConfigMap that sets collectors.enabled. */
const fromConfigMap = (enabled: boolean) => ({
  'hr.yaml': helmRelease('4.22.0', '', '  valuesFrom:\n    - kind: ConfigMap\n      name: falco-values'),
  'cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: falco-values\n  namespace: falco\ndata:\n  values.yaml: |\n    collectors:\n      enabled: ${enabled}\n`,
});
const argoApp =
  'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: falco\nspec:\n  source:\n    repoURL: https://falcosecurity.github.io/charts\n    chart: falco\n    targetRevision: 5.0.3\n';
const kustomization = 'helmCharts:\n- name: falco\n  repo: https://falcosecurity.github.io/charts\n  version: 6.0.1\n';
/** Both falcoctl containers off, with more values before them. */
const FALCOCTL_OFF = (more: string) =>
  `${more ? `${more}\n` : ''}falcoctl:\n  artifact:\n    install:\n      enabled: false\n    follow:\n      enabled: false`;
/** A talhelper config whose one node has this hostname. */
const numericNode = (hostname: string) =>
  `clusterName: home\ntalosVersion: v1.13.9\nnodes:\n  - hostname: ${hostname}\n    ipAddress: 10.0.0.1\n`;
const talconfig = (version: string) =>
  `clusterName: home\ntalosVersion: ${version}\nnodes:\n  - hostname: a\n    ipAddress: 10.0.0.1\n`;

/** Falco run from its image by the bjw-s app-template chart, with a falcoctl sidecar. */
const appTemplate = (tag: string) => `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: falco
  namespace: security
spec:
  chartRef:
    kind: OCIRepository
    name: app-template
  values:
    controllers:
      falco:
        type: daemonset
        containers:
          app:
            image:
              repository: docker.io/falcosecurity/falco
              tag: ${tag}
          sidecar:
            image:
              repository: docker.io/falcosecurity/falcoctl
              tag: 0.11.3
`;
/** A DaemonSet written by hand, with the driver loader as an init container. */
const daemonSet = (image: string) => `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: falco
  namespace: falco
spec:
  template:
    spec:
      initContainers:
        - name: loader
          image: falcosecurity/falco-driver-loader:0.41.3
      containers:
        - name: falco
          image: ${image}
`;

testRule(RULE, {
  valid: [
    { name: 'chart 9.2.0: every advisory is fixed', files: release('9.2.0') },
    // image.tag pins the Falco that runs: a fixed Falco on a chart whose own Falco leaks is no falco#3643.
    {
      name: 'chart 8.0.5 with image.tag 0.44.1 and the container plugin off: its Falco is fixed, nothing is reported',
      files: release('8.0.5', 'image:\n  tag: 0.44.1\ncollectors:\n  containerEngine:\n    enabled: false'),
    },
    { name: 'chart 4.21.3, before the container plugin', files: release('4.21.3') },
    {
      name: 'chart 4.22.0 with every legacy collector off does not load the plugin',
      files: release(
        '4.22.0',
        'collectors:\n  docker:\n    enabled: false\n  containerd:\n    enabled: false\n  crio:\n    enabled: false',
      ),
    },
    { name: 'chart 4.22.0 with collectors.enabled false', files: release('4.22.0', 'collectors:\n  enabled: false') },
    {
      name: 'a floating plugin tag in falcoctl install refs (container:0.2) is not guessed',
      files: release('9.2.0', refs('container:0.2')),
    },
    {
      name: 'container:latest in falcoctl install refs is not guessed',
      files: release('9.2.0', refs('container:latest')),
    },
    { name: 'the values that turn the plugin off can come from a ConfigMap', files: fromConfigMap(false) },
    {
      name: 'open to every major (>=8.0.0): falco/open-version-range speaks for it, the old charts it admits are not repeated',
      files: release('">=8.0.0"'),
    },
    {
      name: 'an unbounded "*" installs the newest chart: no advisory for the old charts it admits',
      files: release('"*"'),
    },
    { name: 'a DaemonSet of a fixed Falco 0.44.1', files: { 'ds.yaml': daemonSet('falcosecurity/falco:0.44.1') } },
    {
      name: 'a DaemonSet of a tag that is no version (latest)',
      files: { 'ds.yaml': daemonSet('falcosecurity/falco:latest') },
    },
    {
      name: 'app-template Falco 0.40.0: the advisories that need the driver or plugins are left out',
      files: { 'hr.yaml': appTemplate('0.40.0') },
    },
  ],
  invalid: [
    // The chart's socket mount (charts#1052) is info on every chart from 4.22.0 to 9.1.0 that loads the container plugin.
    {
      name: 'a container plugin 0.3.7 pinned over chart 4.22.0 clears falco#3610; the socket mount and plugins#1353 (containerd 2.3) stay, as info',
      files: release(
        '4.22.0',
        'collectors:\n  containerEngine:\n    pluginRef: ghcr.io/falcosecurity/plugins/plugin/container:0.3.7',
      ),
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 22,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...CHARTS_1052,
            constraint: '4.22.0',
            pins: true,
            chart: '4.22.0',
            falco: '0.41.0',
            falcoPinned: false,
            version: '4.22.0',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
        {
          file: 'a.yaml',
          line: 26,
          column: 20,
          endLine: 26,
          endColumn: 72,
          severity: 'info',
          messageId: 'pinned',
          data: {
            ...PLUGINS_1353,
            version: '0.3.7',
            condition: '',
          },
        },
      ],
    },
    {
      name: 'the thread-table leak is fixed in chart 9.0.0 (Falco 0.44.0); the socket mount stays (info)',
      files: release('9.0.0'),
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...CHARTS_1052,
            constraint: '9.0.0',
            pins: true,
            chart: '9.0.0',
            falco: '0.44.0',
            falcoPinned: false,
            version: '9.0.0',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
      ],
    },
    // falcosecurity/falco#3984: chart 9.1.0 loads the container plugin twice with the driver loader and falcoctl off.
    {
      name: 'chart 9.1.0, modern_ebpf, both falcoctl containers off: Falco aborts at start',
      files: release('9.1.0', FALCOCTL_OFF('driver:\n  kind: modern_ebpf')),
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'error',
          messageId: 'installed',
          data: {
            ...FALCO_3984,
            constraint: '9.1.0',
            pins: true,
            chart: '9.1.0',
            falco: '0.44.1',
            falcoPinned: false,
            version: '9.1.0',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...CHARTS_1052,
            constraint: '9.1.0',
            pins: true,
            chart: '9.1.0',
            falco: '0.44.1',
            falcoPinned: false,
            version: '9.1.0',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
      ],
    },
    {
      name: 'chart 9.1.0, the driver loader off, both falcoctl containers off: Falco aborts at start',
      files: release('9.1.0', FALCOCTL_OFF('driver:\n  loader:\n    enabled: false')),
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'error',
          messageId: 'installed',
          data: {
            ...FALCO_3984,
            constraint: '9.1.0',
            pins: true,
            chart: '9.1.0',
            falco: '0.44.1',
            falcoPinned: false,
            version: '9.1.0',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...CHARTS_1052,
            constraint: '9.1.0',
            pins: true,
            chart: '9.1.0',
            falco: '0.44.1',
            falcoPinned: false,
            version: '9.1.0',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
      ],
    },
    {
      name: 'chart 9.1.0, modern_ebpf with falcoctl install on: only the socket mount (info)',
      files: release(
        '9.1.0',
        'driver:\n  kind: modern_ebpf\nfalcoctl:\n  artifact:\n    follow:\n      enabled: false',
      ),
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...CHARTS_1052,
            constraint: '9.1.0',
            pins: true,
            chart: '9.1.0',
            falco: '0.44.1',
            falcoPinned: false,
            version: '9.1.0',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
      ],
    },
    {
      name: 'chart 9.1.0, the default driver (auto, loader on), both falcoctl containers off: only the socket mount (info)',
      files: release('9.1.0', FALCOCTL_OFF('')),
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...CHARTS_1052,
            constraint: '9.1.0',
            pins: true,
            chart: '9.1.0',
            falco: '0.44.1',
            falcoPinned: false,
            version: '9.1.0',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
      ],
    },
    // falcosecurity/plugins#1372: k8smeta before 0.4.2 on a node named by a number, as a talconfig names it.
    {
      name: 'k8smeta 0.4.1 (chart 9.1.0) on a node a talconfig names "1"',
      files: {
        ...release('9.1.0', 'collectors:\n  kubernetes:\n    enabled: true'),
        'talos/talconfig.yaml': numericNode('"1"'),
      },
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'error',
          messageId: 'installed',
          data: {
            ...PLUGINS_1372,
            constraint: '9.1.0',
            pins: true,
            chart: '9.1.0',
            falco: '0.44.1',
            falcoPinned: false,
            version: '0.4.1',
            condition: ' on node 1 (talos/talconfig.yaml:4)',
            openAbove: false,
            newest: '9.2.0',
          },
        },
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...CHARTS_1052,
            constraint: '9.1.0',
            pins: true,
            chart: '9.1.0',
            falco: '0.44.1',
            falcoPinned: false,
            version: '9.1.0',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
      ],
    },
    {
      name: 'k8smeta 0.4.1 pinned by hand on a node a talconfig names 42',
      files: {
        ...release(
          '9.2.0',
          'collectors:\n  kubernetes:\n    enabled: true\n    pluginRef: ghcr.io/falcosecurity/plugins/plugin/k8smeta:0.4.1',
        ),
        'talos/talconfig.yaml': numericNode('42'),
      },
      errors: [
        {
          file: 'a.yaml',
          line: 27,
          column: 20,
          endLine: 27,
          endColumn: 70,
          severity: 'error',
          messageId: 'pinned',
          data: {
            ...PLUGINS_1372,
            version: '0.4.1',
            condition: ' on node 42 (talos/talconfig.yaml:4)',
          },
        },
      ],
    },
    {
      name: 'k8smeta 0.4.1 with named nodes, or with k8smeta off: only the socket mount (info)',
      files: {
        ...release('9.1.0', 'collectors:\n  kubernetes:\n    enabled: true'),
        'talos/talconfig.yaml': numericNode('node-1'),
      },
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...CHARTS_1052,
            constraint: '9.1.0',
            pins: true,
            chart: '9.1.0',
            falco: '0.44.1',
            falcoPinned: false,
            version: '9.1.0',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
      ],
    },
    // image.tag pins an affected Falco on a chart whose own Falco is fixed: at the pin.
    {
      name: 'chart 9.1.0 with image.tag 0.43.1-debian: the pinned Falco leaks, reported at the pin',
      files: release('9.1.0', 'image:\n  tag: 0.43.1-debian\ncollectors:\n  containerEngine:\n    enabled: false'),
      errors: [
        {
          file: 'a.yaml',
          line: 25,
          column: 12,
          endLine: 25,
          endColumn: 25,
          severity: 'error',
          messageId: 'imageTag',
          data: {
            ...FALCO_3643,
            chart: '9.1.0',
            chartFalco: '0.44.1',
            falco: '0.43.1',
            condition: '',
          },
        },
      ],
    },
    // falco#3610: the container plugin on a closed event channel.
    {
      name: 'the incident: a 4.x range resolves to chart 4.22.0, Falco 0.41.0, container plugin 0.2.4',
      files: { 'falco.yaml': helmRelease('">=4.0.0 <5.0.0"') },
      errors: [
        {
          file: 'falco.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 32,
          severity: 'error',
          messageId: 'installed',
          data: {
            ...FALCO_3610_PANIC,
            constraint: '>=4.0.0 <5.0.0',
            pins: false,
            chart: '4.22.0',
            falco: '0.41.0',
            falcoPinned: false,
            version: '0.2.4',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
        {
          file: 'falco.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 32,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...CHARTS_1052,
            constraint: '>=4.0.0 <5.0.0',
            pins: false,
            chart: '4.22.0',
            falco: '0.41.0',
            falcoPinned: false,
            version: '4.22.0',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
      ],
    },
    {
      name: 'an exact pin of a chart whose plugin spins is an error at the pin',
      files: { 'falco.yaml': helmRelease('6.0.1') },
      errors: [
        {
          file: 'falco.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'error',
          messageId: 'installed',
          data: {
            ...FALCO_3610_BUSY_LOOP,
            constraint: '6.0.1',
            pins: true,
            chart: '6.0.1',
            falco: '0.41.2',
            falcoPinned: false,
            version: '0.3.0',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
        {
          file: 'falco.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...CHARTS_1052,
            constraint: '6.0.1',
            pins: true,
            chart: '6.0.1',
            falco: '0.41.2',
            falcoPinned: false,
            version: '6.0.1',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
      ],
    },
    {
      name: 'a range that admits affected charts but installs a fixed one today is info (its Falco 0.41.3 leaks)',
      files: { 'falco.yaml': helmRelease('">=6.0.0 <7.0.0"') },
      errors: [
        {
          file: 'falco.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 32,
          severity: 'error',
          messageId: 'installed',
          data: {
            ...FALCO_3643,
            constraint: '>=6.0.0 <7.0.0',
            pins: false,
            chart: '6.4.1',
            falco: '0.41.3',
            falcoPinned: false,
            version: '0.41.3',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
        {
          file: 'falco.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 32,
          severity: 'info',
          messageId: 'admitted',
          data: {
            ...FALCO_3610_BUSY_LOOP,
            constraint: '>=6.0.0 <7.0.0',
            installed: '6.4.1',
            affected: '6.0.0 to 6.2.1',
            count: 6,
          },
        },
        {
          file: 'falco.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 32,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...CHARTS_1052,
            constraint: '>=6.0.0 <7.0.0',
            pins: false,
            chart: '6.4.1',
            falco: '0.41.3',
            falcoPinned: false,
            version: '6.4.1',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
        {
          file: 'falco.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 32,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...PLUGINS_936,
            constraint: '>=6.0.0 <7.0.0',
            pins: false,
            chart: '6.4.1',
            falco: '0.41.3',
            falcoPinned: false,
            version: '0.3.6',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
      ],
    },
    {
      name: 'chart 6.2.2: the container plugin is fixed, its Falco 0.41.3 has the thread-table leak',
      files: release('6.2.2'),
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'error',
          messageId: 'installed',
          data: {
            ...FALCO_3643,
            constraint: '6.2.2',
            pins: true,
            chart: '6.2.2',
            falco: '0.41.3',
            falcoPinned: false,
            version: '0.41.3',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...CHARTS_1052,
            constraint: '6.2.2',
            pins: true,
            chart: '6.2.2',
            falco: '0.41.3',
            falcoPinned: false,
            version: '6.2.2',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...PLUGINS_936,
            constraint: '6.2.2',
            pins: true,
            chart: '6.2.2',
            falco: '0.41.3',
            falcoPinned: false,
            version: '0.3.5',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
      ],
    },
    {
      name: 'chart 6.2.0 with collectors.containerEngine disabled: no plugin advisory, only the Falco 0.41.3 leak',
      files: release('6.2.0', 'collectors:\n  containerEngine:\n    enabled: false'),
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'error',
          messageId: 'installed',
          data: {
            ...FALCO_3643,
            constraint: '6.2.0',
            pins: true,
            chart: '6.2.0',
            falco: '0.41.3',
            falcoPinned: false,
            version: '0.41.3',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
      ],
    },
    {
      name: 'an affected container plugin 0.3.3 pinned on chart 9.1.0 is an error at the ref',
      files: release(
        '9.1.0',
        'collectors:\n  containerEngine:\n    pluginRef: ghcr.io/falcosecurity/plugins/plugin/container:0.3.3',
      ),
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...CHARTS_1052,
            constraint: '9.1.0',
            pins: true,
            chart: '9.1.0',
            falco: '0.44.1',
            falcoPinned: false,
            version: '9.1.0',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
        {
          file: 'a.yaml',
          line: 26,
          column: 20,
          endLine: 26,
          endColumn: 72,
          severity: 'error',
          messageId: 'pinned',
          data: {
            ...FALCO_3610_BUSY_LOOP,
            version: '0.3.3',
            condition: '',
          },
        },
      ],
    },
    {
      name: 'an affected plugin in falcoctl install refs is an error at the ref',
      files: release('9.1.0', refs('container:0.2.6')),
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...CHARTS_1052,
            constraint: '9.1.0',
            pins: true,
            chart: '9.1.0',
            falco: '0.44.1',
            falcoPinned: false,
            version: '9.1.0',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
        {
          file: 'a.yaml',
          line: 28,
          column: 35,
          endLine: 28,
          endColumn: 50,
          severity: 'error',
          messageId: 'pinned',
          data: {
            ...FALCO_3610_BUSY_LOOP,
            version: '0.2.6',
            condition: '',
          },
        },
      ],
    },
    {
      name: 'a range open above what helmvet knows is a warning, not an error',
      files: release('">=4.22.0 <5.0.0 || >=9.2.1"'),
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 44,
          severity: 'warning',
          messageId: 'installed',
          data: {
            ...FALCO_3610_PANIC,
            constraint: '>=4.22.0 <5.0.0 || >=9.2.1',
            pins: false,
            chart: '4.22.0',
            falco: '0.41.0',
            falcoPinned: false,
            version: '0.2.4',
            condition: '',
            openAbove: true,
            newest: '9.2.0',
          },
        },
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 44,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...CHARTS_1052,
            constraint: '>=4.22.0 <5.0.0 || >=9.2.1',
            pins: false,
            chart: '4.22.0',
            falco: '0.41.0',
            falcoPinned: false,
            version: '4.22.0',
            condition: '',
            openAbove: true,
            newest: '9.2.0',
          },
        },
      ],
    },
    {
      name: 'a range open above what helmvet knows, installing 6.0.2, is a warning for each advisory',
      files: release('"~6.0.0 || >=9.2.1"'),
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 35,
          severity: 'warning',
          messageId: 'installed',
          data: {
            ...FALCO_3643,
            constraint: '~6.0.0 || >=9.2.1',
            pins: false,
            chart: '6.0.2',
            falco: '0.41.3',
            falcoPinned: false,
            version: '0.41.3',
            condition: '',
            openAbove: true,
            newest: '9.2.0',
          },
        },
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 35,
          severity: 'warning',
          messageId: 'installed',
          data: {
            ...FALCO_3610_BUSY_LOOP,
            constraint: '~6.0.0 || >=9.2.1',
            pins: false,
            chart: '6.0.2',
            falco: '0.41.3',
            falcoPinned: false,
            version: '0.3.1',
            condition: '',
            openAbove: true,
            newest: '9.2.0',
          },
        },
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 35,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...CHARTS_1052,
            constraint: '~6.0.0 || >=9.2.1',
            pins: false,
            chart: '6.0.2',
            falco: '0.41.3',
            falcoPinned: false,
            version: '6.0.2',
            condition: '',
            openAbove: true,
            newest: '9.2.0',
          },
        },
      ],
    },
    {
      name: 'the values that load the plugin can come from a ConfigMap; the finding stays at the version',
      files: fromConfigMap(true),
      errors: [
        {
          file: 'hr.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 22,
          severity: 'error',
          messageId: 'installed',
          data: {
            ...FALCO_3610_PANIC,
            constraint: '4.22.0',
            pins: true,
            chart: '4.22.0',
            falco: '0.41.0',
            falcoPinned: false,
            version: '0.2.4',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
        {
          file: 'hr.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 22,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...CHARTS_1052,
            constraint: '4.22.0',
            pins: true,
            chart: '4.22.0',
            falco: '0.41.0',
            falcoPinned: false,
            version: '4.22.0',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
      ],
    },
    {
      name: 'an Argo CD Application of chart 5.0.3',
      files: { 'app.yaml': argoApp },
      errors: [
        {
          file: 'app.yaml',
          line: 9,
          column: 21,
          endLine: 9,
          endColumn: 26,
          severity: 'error',
          messageId: 'installed',
          data: {
            ...FALCO_3610_BUSY_LOOP,
            constraint: '5.0.3',
            pins: true,
            chart: '5.0.3',
            falco: '0.41.1',
            falcoPinned: false,
            version: '0.2.6',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
        {
          file: 'app.yaml',
          line: 9,
          column: 21,
          endLine: 9,
          endColumn: 26,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...CHARTS_1052,
            constraint: '5.0.3',
            pins: true,
            chart: '5.0.3',
            falco: '0.41.1',
            falcoPinned: false,
            version: '5.0.3',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
      ],
    },
    {
      name: 'a kustomize helmCharts entry of chart 6.0.1',
      files: { 'kustomization.yaml': kustomization },
      errors: [
        {
          file: 'kustomization.yaml',
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 17,
          severity: 'error',
          messageId: 'installed',
          data: {
            ...FALCO_3610_BUSY_LOOP,
            constraint: '6.0.1',
            pins: true,
            chart: '6.0.1',
            falco: '0.41.2',
            falcoPinned: false,
            version: '0.3.0',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
        {
          file: 'kustomization.yaml',
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 17,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...CHARTS_1052,
            constraint: '6.0.1',
            pins: true,
            chart: '6.0.1',
            falco: '0.41.2',
            falcoPinned: false,
            version: '6.0.1',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
      ],
    },
    // falco#3643: the thread-table leak, Falco 0.41.3 to 0.43.1, fixed in 0.44.0 (chart 9.0.0).
    {
      name: 'the thread-table leak: chart 8.0.5, Falco 0.43.1',
      files: release('8.0.5'),
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'error',
          messageId: 'installed',
          data: {
            ...FALCO_3643,
            constraint: '8.0.5',
            pins: true,
            chart: '8.0.5',
            falco: '0.43.1',
            falcoPinned: false,
            version: '0.43.1',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...CHARTS_1052,
            constraint: '8.0.5',
            pins: true,
            chart: '8.0.5',
            falco: '0.43.1',
            falcoPinned: false,
            version: '8.0.5',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...PLUGINS_1353,
            constraint: '8.0.5',
            pins: true,
            chart: '8.0.5',
            falco: '0.43.1',
            falcoPinned: false,
            version: '0.6.3',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
      ],
    },
    {
      name: 'the thread-table leak: >=8.0.0 <9.0.0 installs 8.0.5',
      files: release('">=8.0.0 <9.0.0"'),
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 32,
          severity: 'error',
          messageId: 'installed',
          data: {
            ...FALCO_3643,
            constraint: '>=8.0.0 <9.0.0',
            pins: false,
            chart: '8.0.5',
            falco: '0.43.1',
            falcoPinned: false,
            version: '0.43.1',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 32,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...CHARTS_1052,
            constraint: '>=8.0.0 <9.0.0',
            pins: false,
            chart: '8.0.5',
            falco: '0.43.1',
            falcoPinned: false,
            version: '8.0.5',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 32,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...PLUGINS_1353,
            constraint: '>=8.0.0 <9.0.0',
            pins: false,
            chart: '8.0.5',
            falco: '0.43.1',
            falcoPinned: false,
            version: '0.6.3',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
      ],
    },
    {
      name: 'the thread-table leak: >=8.0.0 <10.0.0 installs 9.2.0 and admits 8.x',
      files: release('">=8.0.0 <10.0.0"'),
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 33,
          severity: 'info',
          messageId: 'admitted',
          data: {
            ...FALCO_3643,
            constraint: '>=8.0.0 <10.0.0',
            installed: '9.2.0',
            affected: '8.0.0 to 8.0.5',
            count: 6,
          },
        },
      ],
    },
    {
      name: 'falco#3829 needs Linux 6.19, which no Talos release helmvet knows ships: on Talos v1.13.9, chart 8.0.5 has only the leak',
      files: { 'hr.yaml': helmRelease('8.0.5'), 'talconfig.yaml': talconfig('v1.13.9') },
      errors: [
        {
          file: 'hr.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'error',
          messageId: 'installed',
          data: {
            ...FALCO_3643,
            constraint: '8.0.5',
            pins: true,
            chart: '8.0.5',
            falco: '0.43.1',
            falcoPinned: false,
            version: '0.43.1',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
        {
          file: 'hr.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...CHARTS_1052,
            constraint: '8.0.5',
            pins: true,
            chart: '8.0.5',
            falco: '0.43.1',
            falcoPinned: false,
            version: '8.0.5',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
        {
          file: 'hr.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'info',
          messageId: 'installed',
          data: {
            ...PLUGINS_1353,
            constraint: '8.0.5',
            pins: true,
            chart: '8.0.5',
            falco: '0.43.1',
            falcoPinned: false,
            version: '0.6.3',
            condition: '',
            openAbove: false,
            newest: '9.2.0',
          },
        },
      ],
    },
    // Falco run from its image, without the falco chart.
    {
      name: 'the bjw-s app-template chart: the advisory at the image tag, the digest ignored',
      files: {
        'hr.yaml': appTemplate('0.41.3@sha256:5f6f325327c970430b1a73704160b2fd5b2c1396f2dc0b343b2544638b6b569c'),
      },
      errors: [
        {
          file: 'hr.yaml',
          line: 18,
          column: 20,
          endLine: 18,
          endColumn: 98,
          severity: 'error',
          messageId: 'image',
          data: {
            ...FALCO_3643,
            workload: 'HelmRelease security/falco',
            falco: '0.41.3',
            image: 'docker.io/falcosecurity/falco:0.41.3',
            condition: '',
          },
        },
      ],
    },
    {
      name: 'a DaemonSet written by hand, an image flavour suffix; the driver loader and falcoctl images are not Falco',
      files: { 'ds.yaml': daemonSet('ghcr.io/falcosecurity/falco:0.43.1-debian') },
      errors: [
        {
          file: 'ds.yaml',
          line: 14,
          column: 18,
          endLine: 14,
          endColumn: 59,
          severity: 'error',
          messageId: 'image',
          data: {
            ...FALCO_3643,
            workload: 'DaemonSet falco/falco',
            falco: '0.43.1',
            image: 'ghcr.io/falcosecurity/falco:0.43.1-debian',
            condition: '',
          },
        },
      ],
    },
  ],
});

describe(`${RULE}: an advisory that needs a kernel`, () => {
  // falco-3829 needs Linux 6.19, which no Talos release helmvet knows ships; the same mechanism with a 6.18 range.
  const base = loadKnowledge();
  const text = readFileSync(
    new URL('../../../src/knowledge/advisories/falco-3829-bpf-verifier-kernel-6-19.yaml', import.meta.url),
    'utf8',
  );
  const knowledge = {
    ...base,
    advisories: [loadAdvisory('test', text.replace('kernel: ">=6.19.0"', 'kernel: ">=6.18.0"'))],
  };
  const run = (files: Record<string, string>, paths = ['.']) => {
    const dir = writeRepo(files);
    return lint({ cwd: dir, paths, config: defaultConfig(dir), knowledge })
      .findings.filter((f) => f.ruleId === RULE)
      .map((f) => ({
        file: f.span.file.path,
        line: positionAt(f.span.file, f.span.start).line,
        severity: f.severity,
        messageId: f.messageId,
        advisory: f.data.advisory,
        condition: f.data.condition,
      }));
  };

  it('applies only where a talconfig tells that kernel, and names the talconfig', () => {
    expect(run({ 'hr.yaml': helmRelease('8.0.5'), 'talconfig.yaml': talconfig('v1.13.7') })).toEqual([
      {
        file: 'hr.yaml',
        line: 18,
        severity: 'error',
        messageId: 'installed',
        advisory: 'falco-3829',
        condition: ' on Talos 1.13.7, Linux 6.18.39 (talconfig.yaml:2)',
      },
    ]);
    expect(run({ 'hr.yaml': helmRelease('8.0.5'), 'talconfig.yaml': talconfig('v1.11.5') })).toEqual([]);
    expect(run({ 'hr.yaml': helmRelease('8.0.5') })).toEqual([]);
  });

  it('applies only with a driver it needs', () => {
    expect(
      run({ 'hr.yaml': helmRelease('8.0.5', 'driver:\n  kind: kmod'), 'talconfig.yaml': talconfig('v1.13.7') }),
    ).toEqual([]);
  });

  it('named alone (pre-commit), the release still meets the talconfig: its Talos version now matters', () => {
    expect(talosVersionsMatter(knowledge)).toBe(true);
    expect(
      run({ 'apps/hr.yaml': helmRelease('8.0.5'), 'talos/talconfig.yaml': talconfig('v1.13.7') }, ['apps/hr.yaml']).map(
        (f) => [f.file, f.line, f.advisory],
      ),
    ).toEqual([['apps/hr.yaml', 18, 'falco-3829']]);
  });

  it('with the real advisory, no Talos release helmvet knows ships 6.19', () => {
    expect(talosVersionsMatter(base)).toBe(false);
  });
});

describe(RULE, () => {
  it('an unbounded "*" is left to falco/open-version-range', () => {
    expect(findingsOf('falco/open-version-range', release('"*"')).map((f) => [f.found.severity, f.found.line])).toEqual(
      [['warning', 18]],
    );
  });

  it('each file linted alone gets what the whole repository gives it (Falco run from its image)', () => {
    const dir = writeRepo({ 'hr.yaml': appTemplate('0.41.3'), 'ds.yaml': daemonSet('falcosecurity/falco:0.42.0') });
    expectSameAlone(dir, ['hr.yaml', 'ds.yaml']);
  });
});
