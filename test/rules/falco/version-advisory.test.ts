import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/config.js';
import { lint } from '../../../src/engine/lint.js';
import { loadAdvisory } from '../../../src/knowledge/advisories.js';
import { loadKnowledge, talosVersionsMatter } from '../../../src/knowledge/index.js';
import { expectSameAlone, helmRelease, located, lintRepo, writeRepo } from '../../helpers/repo.js';

const RULE = 'falco/version-advisory';
// These cases are about falco#3610; the thread-table leak (falco#3643) has its own case below.
const lintRule = (files: Record<string, string>) => located(lintRepo(files), RULE).filter((f) => !f.message.includes('(falco#3643)'));

const WHEN = 'when the container runtime does not stream container events (CRI-O without enable_pod_events, or a CRI socket whose GetContainerEvents fails)';
const FIX = 'Fixed in container plugin 0.3.4, first in chart 6.2.2: upgrade the chart, or pin collectors.containerEngine.pluginRef to container:0.3.7 or newer (0.3.4 to 0.3.6 can deadlock at shutdown, plugins#936).';

describe(RULE, () => {
  it('the incident: a 4.x range resolves to chart 4.22.0, Falco 0.41.0, container plugin 0.2.4', () => {
    expect(lintRule({ 'falco.yaml': helmRelease('">=4.0.0 <5.0.0"') })).toEqual([
      {
        ruleId: RULE,
        severity: 'error',
        file: 'falco.yaml',
        line: 18,
        column: 16,
        endLine: 18,
        endColumn: 32,
        message: `">=4.0.0 <5.0.0" resolves to chart 4.22.0 (Falco 0.41.0), which runs container plugin 0.2.4: ${WHEN}, it dereferences the nil event it reads from the closed event channel, a Go panic (falco#3610). ${FIX}`,
      },
    ]);
  });

  it('an exact pin of a chart whose plugin spins is an error at the pin', () => {
    expect(lintRule({ 'falco.yaml': helmRelease('6.0.1') })).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 18,
        column: 16,
        endColumn: 21,
        message: `"6.0.1" pins chart 6.0.1 (Falco 0.41.2), which runs container plugin 0.3.0: ${WHEN}, it spins on the closed event channel and pegs a CPU core in each affected Falco pod (falco#3610). ${FIX}`,
      }),
    ]);
  });

  it('a range that admits affected charts but installs a fixed one today is info', () => {
    const [finding, ...rest] = lintRule({ 'falco.yaml': helmRelease('">=6.0.0 <7.0.0"') });
    expect(rest).toEqual([]);
    expect(finding).toEqual(
      expect.objectContaining({
        severity: 'info',
        line: 18,
        column: 16,
        endColumn: 32,
        message:
          '">=6.0.0 <7.0.0" installs chart 6.4.1 today, but also admits chart 6.0.0 to 6.2.1, which have the defect "Container plugin breaks on a closed container-event channel" (falco#3610); a stale or mirrored index would install one of them. Fixed in container plugin 0.3.4, first in chart 6.2.2: raise the lower bound past the affected versions.',
      }),
    );
  });

  it('fixed charts, charts before the container plugin, and a disabled plugin are clean', () => {
    expect(lintRule({ 'a.yaml': helmRelease('6.2.2') })).toEqual([]);
    expect(lintRule({ 'a.yaml': helmRelease('9.1.0') })).toEqual([]);
    expect(lintRule({ 'a.yaml': helmRelease('4.21.3') })).toEqual([]);
    // 4.22.0 loads the plugin through the legacy collectors unless all of them are off.
    const off = 'collectors:\n  docker:\n    enabled: false\n  containerd:\n    enabled: false\n  crio:\n    enabled: false';
    expect(lintRule({ 'a.yaml': helmRelease('4.22.0', off) })).toEqual([]);
    expect(lintRule({ 'a.yaml': helmRelease('4.22.0', 'collectors:\n  enabled: false') })).toEqual([]);
    expect(lintRule({ 'a.yaml': helmRelease('6.2.0', 'collectors:\n  containerEngine:\n    enabled: false') })).toEqual([]);
  });

  it('a fixed plugin pinned over an affected chart clears the chart, an affected pin is an error at the ref', () => {
    expect(lintRule({ 'a.yaml': helmRelease('4.22.0', 'collectors:\n  containerEngine:\n    pluginRef: ghcr.io/falcosecurity/plugins/plugin/container:0.3.7') })).toEqual([]);
    expect(lintRule({ 'a.yaml': helmRelease('9.1.0', 'collectors:\n  containerEngine:\n    pluginRef: ghcr.io/falcosecurity/plugins/plugin/container:0.3.3') })).toEqual([
      expect.objectContaining({ severity: 'error', line: 26, column: 20, endLine: 26, endColumn: 72, message: expect.stringMatching(/^container plugin 0\.3\.3 is pinned here: when the container runtime/) }),
    ]);
  });

  it('an affected plugin in falcoctl install refs is an error at the ref; floating tags are not guessed', () => {
    const refs = (ref: string) => `falcoctl:\n  config:\n    artifact:\n      install:\n        refs: [falco-rules:5, ${ref}]`;
    expect(lintRule({ 'a.yaml': helmRelease('9.1.0', refs('container:0.2.6')) })).toEqual([
      expect.objectContaining({ severity: 'error', line: 28, column: 35, endColumn: 50 }),
    ]);
    expect(lintRule({ 'a.yaml': helmRelease('9.1.0', refs('container:0.2')) })).toEqual([]);
    expect(lintRule({ 'a.yaml': helmRelease('9.1.0', refs('container:latest')) })).toEqual([]);
  });

  it('a range open above what helmvet knows is a warning, not an error', () => {
    expect(lintRule({ 'a.yaml': helmRelease('">=4.22.0 <5.0.0 || >=9.1.1"') })).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('which runs container plugin 0.2.4 as far as helmvet knows (newest known 9.1.0; the range admits newer)') }),
    ]);
    const open = lintRule({ 'a.yaml': helmRelease('"~6.0.0 || >=9.2.0"') });
    expect(open.map((f) => f.severity)).toEqual(['warning']);
  });

  it('the values that load the plugin can come from a ConfigMap; the finding stays at the version', () => {
    const files = {
      'hr.yaml': helmRelease('4.22.0', '', '  valuesFrom:\n    - kind: ConfigMap\n      name: falco-values'),
      'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: falco-values\n  namespace: falco\ndata:\n  values.yaml: |\n    collectors:\n      enabled: false\n',
    };
    expect(lintRule(files)).toEqual([]);
    files['cm.yaml'] = files['cm.yaml'].replace('enabled: false', 'enabled: true');
    expect(lintRule(files).map((f) => [f.file, f.line, f.column])).toEqual([['hr.yaml', 18, 16]]);
  });

  it('Argo CD and kustomize releases are checked the same way', () => {
    const app = 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: falco\nspec:\n  source:\n    repoURL: https://falcosecurity.github.io/charts\n    chart: falco\n    targetRevision: 5.0.3\n';
    expect(lintRule({ 'app.yaml': app }).map((f) => [f.line, f.column, f.endColumn, f.severity])).toEqual([[9, 21, 26, 'error']]);
    const k = 'helmCharts:\n- name: falco\n  repo: https://falcosecurity.github.io/charts\n  version: 6.0.1\n';
    expect(lintRule({ 'kustomization.yaml': k }).map((f) => [f.line, f.column, f.endColumn])).toEqual([[4, 12, 17]]);
  });

  it('the thread-table leak: Falco 0.41.3 to 0.43.1, fixed in 0.44.0 (chart 9.0.0)', () => {
    const leak = (version: string) => located(lintRepo({ 'a.yaml': helmRelease(version) }), RULE).filter((f) => f.message.includes('(falco#3643)'));
    expect(leak('8.0.5')).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 18,
        column: 16,
        endColumn: 21,
        message:
          "\"8.0.5\" pins chart 8.0.5, which deploys Falco 0.43.1: when a child's exit is processed before its parent's clone exit (busy multi-CPU nodes with high pod churn), it keeps orphaned thread entries, each with a copy of its file-descriptor table, until the next auto-purge, so memory grows until the pod is OOMKilled (falco#3643). Fixed in Falco 0.44.0, first in chart 9.0.0: upgrade the chart; until then a shorter falco.falco_libs.thread_table_auto_purging_interval_s (Falco 0.42.0 and newer) removes the orphans sooner.",
      }),
    ]);
    expect(leak('6.2.2').map((f) => f.severity)).toEqual(['error']);
    expect(leak('6.0.1')).toEqual([]); // Falco 0.41.2: no report shows the leak there.
    expect(leak('9.0.0')).toEqual([]);
    // Open to every major: falco/open-version-range speaks for it; the old charts it admits are not repeated here.
    expect(leak('">=8.0.0"')).toEqual([]);
    expect(leak('">=8.0.0 <9.0.0"').map((f) => f.severity)).toEqual(['error']);
    expect(leak('">=8.0.0 <10.0.0"').map((f) => f.severity)).toEqual(['info']);
  });

  it('an unbounded "*" installs the newest chart: no advisory for the old charts it admits, only falco/open-version-range', () => {
    const file = helmRelease('"*"');
    expect(lintRule({ 'a.yaml': file })).toEqual([]);
    expect(located(lintRepo({ 'a.yaml': file }), 'falco/open-version-range').map((f) => [f.severity, f.line])).toEqual([['warning', 18]]);
  });

  it('an advisory that needs a kernel applies only where a talconfig tells that kernel, and a driver it needs', () => {
    // falco-3829 needs Linux 6.19, which no Talos release helmvet knows ships; the same mechanism with a 6.18 range:
    const base = loadKnowledge();
    const text = readFileSync(new URL('../../../src/knowledge/advisories/falco-3829-bpf-verifier-kernel-6-19.yaml', import.meta.url), 'utf8');
    const advisory = loadAdvisory('test', text.replace('kernel: ">=6.19.0"', 'kernel: ">=6.18.0"'));
    const knowledge = { ...base, advisories: [advisory] };
    const run = (files: Record<string, string>) => {
      const dir = writeRepo(files);
      return located(lint({ cwd: dir, paths: ['.'], config: defaultConfig(dir), knowledge }), RULE);
    };
    const talconfig = (version: string) => `clusterName: home\ntalosVersion: ${version}\nnodes:\n  - hostname: a\n    ipAddress: 10.0.0.1\n`;
    expect(run({ 'hr.yaml': helmRelease('8.0.5'), 'talconfig.yaml': talconfig('v1.13.7') }).map((f) => [f.severity, f.message.slice(0, 130)])).toEqual([
      ['error', '"8.0.5" pins chart 8.0.5, which deploys Falco 0.43.1 on Talos 1.13.7, Linux 6.18.39 (talconfig.yaml:2): when the node runs Linux 6'],
    ]);
    // Named alone (pre-commit), the release still meets the talconfig: its Talos version now matters.
    expect(talosVersionsMatter(knowledge)).toBe(true);
    const dir = writeRepo({ 'apps/hr.yaml': helmRelease('8.0.5'), 'talos/talconfig.yaml': talconfig('v1.13.7') });
    expect(located(lint({ cwd: dir, paths: ['apps/hr.yaml'], config: defaultConfig(dir), knowledge }), RULE).map((f) => [f.file, f.line])).toEqual([['apps/hr.yaml', 18]]);
    expect(run({ 'hr.yaml': helmRelease('8.0.5'), 'talconfig.yaml': talconfig('v1.11.5') })).toEqual([]);
    expect(run({ 'hr.yaml': helmRelease('8.0.5') })).toEqual([]);
    expect(run({ 'hr.yaml': helmRelease('8.0.5', 'driver:\n  kind: kmod'), 'talconfig.yaml': talconfig('v1.13.7') })).toEqual([]);
    // The real advisory: no Talos release helmvet knows ships 6.19.
    expect(talosVersionsMatter(base)).toBe(false);
    expect(located(lintRepo({ 'hr.yaml': helmRelease('8.0.5'), 'talconfig.yaml': talconfig('v1.13.9') }), RULE).filter((f) => f.message.includes('falco#3829'))).toEqual([]);
  });
});

describe(`${RULE}: Falco run from its image, without the falco chart`, () => {
  const LEAK =
    "when a child's exit is processed before its parent's clone exit (busy multi-CPU nodes with high pod churn), it keeps orphaned thread entries, each with a copy of its file-descriptor table, until the next auto-purge, so memory grows until the pod is OOMKilled (falco#3643). Fixed in Falco 0.44.0: use a Falco 0.44.0 or newer image tag.";
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

  it('the bjw-s app-template chart: the advisory at the image tag, the digest ignored', () => {
    expect(located(lintRepo({ 'hr.yaml': appTemplate('0.41.3@sha256:5f6f325327c970430b1a73704160b2fd5b2c1396f2dc0b343b2544638b6b569c') }), RULE)).toEqual([
      {
        ruleId: RULE,
        severity: 'error',
        file: 'hr.yaml',
        line: 18,
        column: 20,
        endLine: 18,
        endColumn: 98,
        message: `HelmRelease security/falco runs Falco 0.41.3 from image docker.io/falcosecurity/falco:0.41.3, without the falco chart: ${LEAK}`,
      },
    ]);
  });

  it('a DaemonSet written by hand, an image flavour suffix; the driver loader and falcoctl images are not Falco', () => {
    expect(located(lintRepo({ 'ds.yaml': daemonSet('ghcr.io/falcosecurity/falco:0.43.1-debian') }), RULE).map((f) => [f.line, f.column, f.message.split(':')[0]])).toEqual([
      [14, 18, 'DaemonSet falco/falco runs Falco 0.43.1 from image ghcr.io/falcosecurity/falco'],
    ]);
  });

  it('a fixed Falco, a tag that is no version, and advisories that need the driver or plugins are left out', () => {
    expect(located(lintRepo({ 'ds.yaml': daemonSet('falcosecurity/falco:0.44.1') }), RULE)).toEqual([]);
    expect(located(lintRepo({ 'ds.yaml': daemonSet('falcosecurity/falco:latest') }), RULE)).toEqual([]);
    expect(located(lintRepo({ 'hr.yaml': appTemplate('0.40.0') }), RULE)).toEqual([]);
  });

  it('each file linted alone gets what the whole repository gives it', () => {
    const dir = writeRepo({ 'hr.yaml': appTemplate('0.41.3'), 'ds.yaml': daemonSet('falcosecurity/falco:0.42.0') });
    expectSameAlone(dir, ['hr.yaml', 'ds.yaml']);
  });
});
