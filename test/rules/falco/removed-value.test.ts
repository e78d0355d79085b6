import { describe, expect, it } from 'vitest';
import { helmRelease, located, lintRepo } from '../../helpers/repo.js';

const RULE = 'falco/removed-value';
const lintRule = (files: Record<string, string>) => located(lintRepo(files), RULE);
/** Values start on line 24 of helmRelease(), indented by 4. */
const V = 23;

const LEGACY = 'the container plugin runs with the collectors.containerEngine defaults, not with this engine setting';

describe(RULE, () => {
  it('legacy collectors on 7.0.0 and later: at the key, with the engine they move to', () => {
    const values = 'collectors:\n  containerd:\n    enabled: true\n    socket: /run/k3s/containerd/containerd.sock\n  crio:\n    enabled: false';
    expect(lintRule({ 'falco.yaml': helmRelease('9.1.0', values) })).toEqual([
      {
        ruleId: RULE,
        severity: 'warning',
        file: 'falco.yaml',
        line: V + 2,
        column: 7,
        endLine: V + 2,
        endColumn: 17,
        message: `\`collectors.containerd\` was removed in chart 7.0.0: chart 9.1.0 silently ignores it, so ${LEGACY}. Move it to \`collectors.containerEngine.engines.containerd\`: \`enabled\` → \`collectors.containerEngine.engines.containerd.enabled\`, \`socket\` → \`collectors.containerEngine.engines.containerd.sockets\` (a list). \`helmvet migrate\` rewrites it.`,
      },
      {
        ruleId: RULE,
        severity: 'warning',
        file: 'falco.yaml',
        line: V + 5,
        column: 7,
        endLine: V + 5,
        endColumn: 11,
        message: `\`collectors.crio\` was removed in chart 7.0.0: chart 9.1.0 silently ignores it, so ${LEGACY}. Move it to \`collectors.containerEngine.engines.cri\`: \`enabled\` → \`collectors.containerEngine.engines.cri.enabled\`. \`helmvet migrate\` rewrites it.`,
      },
    ]);
  });

  it('the same keys are valid up to 6.4.1, and containerEngine is valid on 9.1.0', () => {
    const legacy = 'collectors:\n  docker:\n    enabled: false\n    socket: /var/run/docker.sock';
    expect(lintRule({ 'a.yaml': helmRelease('6.4.1', legacy) })).toEqual([]);
    expect(lintRule({ 'a.yaml': helmRelease('2.0.0', legacy) })).toEqual([]);
    const engine = 'collectors:\n  containerEngine:\n    enabled: true\n    engines:\n      containerd:\n        enabled: true\n        sockets: [/run/k3s/containerd/containerd.sock]';
    expect(lintRule({ 'a.yaml': helmRelease('9.1.0', engine) })).toEqual([]);
  });

  it('chart 1.x keys on 2.x: top-level collectors, ebpf.enabled, camelCase falco keys', () => {
    const values = 'timezone: Europe/Berlin\ncontainerd:\n  socket: /run/k3s/containerd/containerd.sock\nebpf:\n  enabled: true\nfalco:\n  jsonOutput: true\n  httpOutput:\n    enabled: true\n    url: http://sidekick:2801';
    expect(lintRule({ 'a.yaml': helmRelease('2.1.0', values) })).toEqual([
      expect.objectContaining({
        line: V + 1,
        column: 5,
        endColumn: 13,
        message:
          '`timezone` is a chart 1.x key (removed in chart 2.0.0): chart 2.1.0 silently ignores it. Set the TZ variable in extra.env instead (chart 2.0.0 moved such settings to extra.env). `helmvet migrate` cannot rewrite it; change it by hand.',
      }),
      expect.objectContaining({
        line: V + 2,
        column: 5,
        endColumn: 15,
        message: '`containerd` is a chart 1.x key (removed in chart 2.0.0): chart 2.1.0 silently ignores it. Move it to `collectors.containerd`: `socket` → `collectors.containerd.socket`. `helmvet migrate` rewrites it.',
      }),
      expect.objectContaining({
        line: V + 4,
        message: '`ebpf` is a chart 1.x key (removed in chart 2.0.0): chart 2.1.0 silently ignores it. Move it to `driver`: `enabled` → `driver.kind: ebpf`. `helmvet migrate` rewrites it.',
      }),
      expect.objectContaining({
        line: V + 7,
        column: 7,
        endColumn: 17,
        message:
          '`falco.jsonOutput` is a chart 1.x key (removed in chart 2.0.0): chart 2.1.0 writes it into falco.yaml, where Falco 0.33.0 does not read it. Use `falco.json_output` instead. `helmvet migrate` rewrites it.',
      }),
      expect.objectContaining({
        line: V + 8,
        message:
          '`falco.httpOutput` is a chart 1.x key (removed in chart 2.0.0): chart 2.1.0 writes it into falco.yaml, where Falco 0.33.0 does not read it. Use `falco.http_output` (keys below in snake_case) instead. `helmvet migrate` rewrites it.',
      }),
    ]);
    // The same values on the chart version that had them.
    expect(lintRule({ 'a.yaml': helmRelease('1.19.4', values) })).toEqual([]);
  });

  it('a chain of renames ends at the key the version in use has', () => {
    // 1.x docker.socket → 2.x collectors.docker.socket → 7.x collectors.containerEngine.engines.docker.sockets
    expect(lintRule({ 'a.yaml': helmRelease('9.1.0', 'docker:\n  socket: /var/run/docker.sock') })).toEqual([
      expect.objectContaining({
        line: V + 1,
        message:
          '`docker` is a chart 1.x key (removed in chart 2.0.0): chart 9.1.0 silently ignores it. Move it to `collectors.containerEngine.engines.docker`: `socket` → `collectors.containerEngine.engines.docker.sockets` (a list). `helmvet migrate` rewrites it.',
      }),
    ]);
    // 1.x grpcOutput → 2.x grpc_output, which chart 9.0.0 removed with gRPC itself.
    expect(lintRule({ 'a.yaml': helmRelease('9.1.0', 'falco:\n  grpcOutput:\n    enabled: false') })).toEqual([
      expect.objectContaining({
        message:
          '`falco.grpcOutput` is a chart 1.x key (removed in chart 2.0.0): chart 9.1.0 writes it into falco.yaml, where Falco 0.44.1 does not read it. Delete it: gRPC output and server are gone from Falco 0.44.0: move consumers to http_output, file_output, stdout_output or falcosidekick. `helmvet migrate` rewrites it.',
      }),
    ]);
  });

  it('falco.rules_file on 4.7.1 and later is an error: Falco refuses to start with both keys', () => {
    const values = 'falco:\n  rules_file:\n    - /etc/falco/falco_rules.yaml';
    expect(lintRule({ 'a.yaml': helmRelease('4.7.1', values) })).toEqual([
      {
        ruleId: RULE,
        severity: 'error',
        file: 'a.yaml',
        line: V + 2,
        column: 7,
        endLine: V + 2,
        endColumn: 17,
        message:
          '`falco.rules_file` was removed in chart 4.7.1: chart 4.7.1 also sets `falco.rules_files`, and Falco 0.38.1 refuses to start when both keys are set ("both \'rules_files\' and \'rules_file\' keys set"). Use `falco.rules_files` instead. `helmvet migrate` rewrites it.',
      },
    ]);
    expect(lintRule({ 'a.yaml': helmRelease('4.7.0', values) })).toEqual([]);
    // Deleting the chart's rules_files default leaves the old key alone, which Falco still reads.
    expect(lintRule({ 'a.yaml': helmRelease('9.1.0', `${values}\n  rules_files: null`) })).toEqual([]);
    // A Falco older than 0.38.0, pinned by image.tag, reads only rules_file.
    expect(lintRule({ 'a.yaml': helmRelease('9.1.0', `image:\n  tag: 0.37.1\n${values}`) })).toEqual([]);
    expect(lintRule({ 'a.yaml': helmRelease('4.7.1', 'falco:\n  rules_files:\n    - /etc/falco/falco_rules.yaml') })).toEqual([]);
  });

  it('falco.metrics on 7.0.0 and later: the top-level metrics block, camelCase; unmapped keys stay', () => {
    const values = 'falco:\n  metrics:\n    enabled: true\n    output_rule: true\n    output_file: /tmp/stats.json';
    expect(lintRule({ 'a.yaml': helmRelease('7.0.0', values) })).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: V + 2,
        message:
          "`falco.metrics` was removed in chart 7.0.0: chart 7.0.0 writes Falco's metrics settings from the top-level `metrics` block: `falco.metrics` passes through only while `metrics.enabled` is false, and is overwritten once it is true. Move it to `metrics` (set metrics.enabled: true; the chart then sets the webserver and Prometheus endpoint itself): `enabled` → `metrics.enabled`, `output_rule` → `metrics.outputRule`, keep `output_file` (no metrics key maps to it; it still passes through under falco.metrics). `helmvet migrate` cannot rewrite it; change it by hand.",
      }),
    ]);
    expect(lintRule({ 'a.yaml': helmRelease('6.4.1', values) })).toEqual([]);
  });

  it('every layer that writes the key is a place to fix; null is Helm for "delete the default"', () => {
    const files = {
      'hr.yaml': helmRelease('9.1.0', 'collectors:\n  docker:\n    enabled: false', '  valuesFrom:\n    - kind: ConfigMap\n      name: falco-values'),
      'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: falco-values\n  namespace: falco\ndata:\n  values.yaml: |\n    collectors:\n      docker:\n        socket: /var/run/docker.sock\n',
    };
    expect(lintRule(files).map((f) => [f.file, f.line, f.column])).toEqual([
      ['cm.yaml', 9, 7],
      ['hr.yaml', V + 5, 7],
    ]);
    expect(lintRule({ 'a.yaml': helmRelease('9.1.0', 'collectors:\n  docker: null') })).toEqual([]);
  });

  it('stays silent without a known chart version: removed keys are valid in some version', () => {
    const values = 'collectors:\n  docker:\n    enabled: true\nfalco:\n  jsonOutput: true';
    expect(lintRule({ 'a.yaml': helmRelease('${FALCO_VERSION}', values) })).toEqual([]);
    expect(lintRule({ 'a.yaml': helmRelease('10.0.0', values) })).toEqual([]);
    expect(lintRule({ 'values.yaml': `driver:\n  kind: kmod\n${values}\n` })).toEqual([]);
  });

  it('an Argo CD Application on the chart git repository follows the branch head, or the tag', () => {
    const app = (revision: string) =>
      `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: falco\nspec:\n  source:\n    repoURL: https://github.com/falcosecurity/charts.git\n    path: charts/falco\n${revision}    helm:\n      valuesObject:\n        collectors:\n          docker:\n            enabled: true\n`;
    expect(lintRule({ 'app.yaml': app('') })).toEqual([
      expect.objectContaining({ line: 12, column: 11, endColumn: 17, message: expect.stringContaining('chart 9.1.0 (the newest helmvet knows; the git source follows the default branch) silently ignores it') }),
    ]);
    expect(lintRule({ 'app.yaml': app('    targetRevision: falco-6.4.1\n') })).toEqual([]);
    expect(lintRule({ 'app.yaml': app('    targetRevision: falco-7.0.0\n') })).toEqual([expect.objectContaining({ message: expect.stringContaining('chart 7.0.0 (git tag falco-7.0.0) silently ignores it') })]);
    expect(lintRule({ 'app.yaml': app('    targetRevision: 2d2c4b1\n') })).toEqual([]);
  });
});
