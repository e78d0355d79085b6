// Exact output of migrations on files written here: comments, CRLF, flow style, anchors, YAML in strings.
import { describe, expect, it } from 'vitest';
import { migrateFiles } from '../helpers/migrate.js';
import { helmRelease } from '../helpers/repo.js';

const INCIDENT_VALUES = `# Falco on the 4.x line
collectors:
  # k3s runs containerd here
  containerd:
    enabled: true   # the only runtime
    socket: /run/containerd/containerd.sock
  kubernetes:
    enabled: false
falco:
  json_output: true
  metrics:
    enabled: true
driver:
  kind: module`;

const keyFindings = (m: ReturnType<typeof migrateFiles>) =>
  m.findings.filter((f) =>
    ['falco/removed-value', 'falco/unknown-value', 'falco/render-blocking-value', 'falco/driver-kind'].includes(
      f.ruleId,
    ),
  );

describe('the incident: a 4.x HelmRelease migrated with --to 8', () => {
  const m = migrateFiles({ 'hr.yaml': helmRelease('">=4.0.0 <5.0.0"', INCIDENT_VALUES) }, '8');

  it('gives the 8.x values, comments in place, version in the same style', () => {
    expect(m.plan.refused).toEqual([]);
    expect(m.after['hr.yaml']).toBe(
      helmRelease(
        '">=8.0.0 <9.0.0"',
        `# Falco on the 4.x line
collectors:
  # k3s runs containerd here
  containerEngine:
    enabled: true
    engines:
      containerd:
        enabled: true   # the only runtime
        sockets: [/run/containerd/containerd.sock]
      podman:
        enabled: false
      lxc:
        enabled: false
      libvirt_lxc:
        enabled: false
      bpm:
        enabled: false
  kubernetes:
    enabled: false
metrics:
  enabled: true
  outputRule: true
falco:
  json_output: true
driver:
  kind: kmod`,
      ),
    );
  });

  it('lints without a key finding for 8.x, and says what it did and why', () => {
    expect(keyFindings(m)).toEqual([]);
    const changes = m.plan.releases[0]!.layers[0]!.log.changes.map((c) => `${c.path}: ${c.what}`);
    expect(changes).toEqual([
      'driver.kind: module became kmod',
      'collectors.containerd.enabled: moved to collectors.containerEngine.engines.containerd.enabled',
      'collectors.containerd.socket: moved to collectors.containerEngine.engines.containerd.sockets as a one-item list',
      'falco.metrics.enabled: moved to metrics.enabled',
      'collectors.containerEngine.enabled: set to true',
      'collectors.containerEngine.engines.podman.enabled: set to false',
      'collectors.containerEngine.engines.lxc.enabled: set to false',
      'collectors.containerEngine.engines.libvirt_lxc.enabled: set to false',
      'collectors.containerEngine.engines.bpm.enabled: set to false',
      'metrics.outputRule: set to true',
    ]);
    expect(m.plan.releases[0]!.version).toEqual({
      text: '>=8.0.0 <9.0.0',
      resolves: '8.0.5',
      note: '">=4.0.0 <5.0.0" becomes ">=8.0.0 <9.0.0", which installs 8.0.5',
    });
  });

  it('a second run changes nothing', () => {
    const again = migrateFiles({ 'hr.yaml': m.after['hr.yaml']! }, '8');
    expect(again.plan.files).toEqual([]);
  });
});

describe('file details survive', () => {
  it('CRLF line endings and a BOM', () => {
    const source = `\uFEFF${helmRelease('4.22.0', INCIDENT_VALUES).replace(/\n/g, '\r\n')}`;
    const m = migrateFiles({ 'hr.yaml': source }, '9');
    const after = m.after['hr.yaml']!;
    expect(after.startsWith('\uFEFF')).toBe(true);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(after).toContain('      version: 9.2.0\r\n');
    expect(after).toContain('        sockets: [/run/containerd/containerd.sock]\r\n');
  });

  it('flow-style maps stay flow style', () => {
    const m = migrateFiles({
      'values.yaml':
        'collectors: {containerd: {enabled: true, socket: /run/x.sock}, kubernetes: {enabled: false}}\nfalco: {grpc: {enabled: false}, json_output: true}\ndriver: {kind: ebpf, ebpf: {leastPrivileged: true, path: /x}}\n',
    });
    expect(m.after['values.yaml']).toBe(
      'collectors: {containerEngine: {enabled: true, engines: {containerd: {enabled: true, sockets: [/run/x.sock]}, podman: {enabled: false}, lxc: {enabled: false}, libvirt_lxc: {enabled: false}, bpm: {enabled: false}}}, kubernetes: {enabled: false}}\nfalco: {json_output: true}\ndriver: {kind: modern_ebpf, modernEbpf: {leastPrivileged: true}}\n',
    );
    expect(m.plan.releases[0]!.layers[0]!.log.manual).toEqual([]);
  });

  it('anchors: an aliased value moves as the anchor it is, the alias stays', () => {
    const values = 'x-sock: &sock /run/k3s/containerd/containerd.sock\ncollectors:\n  containerd:\n    socket: *sock\n';
    const m = migrateFiles({ 'hr.yaml': helmRelease('9.1.0', values) });
    expect(m.after['hr.yaml']).toContain(
      '    collectors:\n      containerEngine:\n        enabled: true\n        engines:\n          containerd:\n            sockets: [*sock]\n',
    );
    expect(m.after['hr.yaml']).toContain('    x-sock: &sock /run/k3s/containerd/containerd.sock\n');
  });

  it('values in a ConfigMap block are edited where they live, at the block indentation', () => {
    const cm =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: v\n  namespace: falco\ndata:\n  values.yaml: |\n    falco:\n      rules_file:\n        - /etc/falco/falco_rules.yaml\n      grpc:\n        enabled: true\n    tty: true\n';
    const m = migrateFiles({
      'hr.yaml': helmRelease('9.1.0', '', '  valuesFrom:\n    - kind: ConfigMap\n      name: v'),
      'cm.yaml': cm,
    });
    expect(m.plan.refused).toEqual([]);
    expect(m.after['cm.yaml']).toBe(
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: v\n  namespace: falco\ndata:\n  values.yaml: |\n    falco:\n      rules_files:\n        - /etc/falco/falco_rules.yaml\n    tty: true\n',
    );
    expect(m.after['hr.yaml']).toBeUndefined();
  });

  it('an Argo CD helm.values string is edited in place', () => {
    const app =
      'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: falco\nspec:\n  source:\n    repoURL: https://falcosecurity.github.io/charts\n    chart: falco\n    targetRevision: "6.2.2"\n    helm:\n      values: |\n        driver:\n          kind: ebpf\n        falco:\n          grpc_output:\n            enabled: false\n';
    const m = migrateFiles({ 'app.yaml': app });
    expect(m.after['app.yaml']).toBe(
      app
        .replace('"6.2.2"', '"9.2.0"')
        .replace('kind: ebpf', 'kind: modern_ebpf')
        .replace('        falco:\n          grpc_output:\n            enabled: false\n', ''),
    );
  });

  it('chart 1.x keys reach their 2.x and later places', () => {
    const m = migrateFiles({
      'hr.yaml': helmRelease(
        '1.19.4',
        'ebpf:\n  enabled: true\nfalco:\n  jsonOutput: true\n  httpOutput:\n    enabled: true\n    url: http://sidekick:2801\ntimezone: Europe/Paris',
      ),
    });
    expect(m.after['hr.yaml']).toBe(
      // driver takes the place of ebpf, the key it replaces.
      helmRelease(
        '9.2.0',
        'driver:\n  kind: modern_ebpf\nfalco:\n  json_output: true\n  http_output:\n    enabled: true\n    url: http://sidekick:2801\ntimezone: Europe/Paris',
      ),
    );
    expect(m.plan.releases[0]!.layers[0]!.log.manual.map((n) => n.path)).toEqual(['timezone']);
  });
});

describe('two releases in one file', () => {
  const app = (name: string, version: string, values: string) =>
    `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${name}\nspec:\n  source:\n    repoURL: https://falcosecurity.github.io/charts\n    chart: falco\n    targetRevision: ${version}\n    helm:\n      values: |\n${values}`;

  it('one newer than the target is left alone, the other migrates (verification names each layer as the plan did)', () => {
    const newer = app('falco-new', '9.0.0', '        driver:\n          kind: modern_ebpf\n');
    const older = app('falco-old', '7.0.0', '        falco:\n          grpc_output:\n            enabled: false\n');
    const m = migrateFiles({ 'apps.yaml': `${newer}---\n${older}` }, '8');
    expect(m.plan.refused).toEqual([]);
    expect(m.after['apps.yaml']).toBe(
      `${newer}---\n${older.replace('targetRevision: 7.0.0', 'targetRevision: 8.0.5')}`,
    );
  });
});

describe('values the migration empties', () => {
  it('a release whose only keys are removed keeps an empty map (an empty `values:` would read as null)', () => {
    const m = migrateFiles({
      'hr.yaml': helmRelease('8.0.5', '# set by the platform team\nfalco:\n  grpc:\n    enabled: true'),
    });
    expect(m.plan.refused).toEqual([]);
    expect(m.after['hr.yaml']).toBe(helmRelease('9.2.0', '# set by the platform team\n{}'));
    expect(m.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a values file whose only keys are removed becomes `{}`', () => {
    const m = migrateFiles({
      'kustomization.yaml':
        'helmCharts:\n  - name: falco\n    repo: https://falcosecurity.github.io/charts\n    version: 8.0.5\n    valuesFile: values.yaml\n',
      'values.yaml': 'falco:\n  grpc_output:\n    enabled: true\n',
    });
    expect(m.plan.refused).toEqual([]);
    expect(m.after['values.yaml']).toBe('{}\n');
  });
});

describe('chart 1.x keys', () => {
  it('integrations, removed within 1.x (1.6.0), is left for a person on the way to 2.0.0 and later', () => {
    const m = migrateFiles({ 'hr.yaml': helmRelease('1.5.0', 'integrations:\n  pubsubOutput:\n    enabled: true') });
    expect(m.plan.releases[0]!.layers[0]!.log.manual.map((n) => n.path)).toEqual(['integrations']);
    expect(m.after['hr.yaml']).toBe(helmRelease('9.2.0', 'integrations:\n  pubsubOutput:\n    enabled: true'));
  });
});
