import { describe, expect, it } from 'vitest';
import { helmRelease, located, lintRepo } from '../../helpers/repo.js';

const RULE = 'falco/unknown-value';
const lintRule = (files: Record<string, string>) => located(lintRepo(files), RULE);
/** Values start on line 24 of helmRelease(), indented by 4. */
const V = 23;

describe(RULE, () => {
  it('a typo gets "did you mean" from the keys at that level (driver.epbf, from a real repository)', () => {
    expect(lintRule({ 'falco.yaml': helmRelease('4.4.1', 'driver:\n  kind: ebpf\n  epbf:\n    hostNetwork: true') })).toEqual([
      {
        ruleId: RULE,
        severity: 'warning',
        file: 'falco.yaml',
        line: V + 3,
        column: 7,
        endLine: V + 3,
        endColumn: 11,
        message: '`driver.epbf` is not a key of chart 4.4.1 nor of any other version, so the chart ignores it. Did you mean `driver.ebpf`?',
      },
    ]);
    expect(lintRule({ 'falco.yaml': helmRelease('4.4.1', 'driver:\n  kind: ebpf\n  ebpf:\n    hostNetwork: true') })).toEqual([]);
  });

  it('snake_case for camelCase, and keys at the wrong level', () => {
    const values = 'metrics:\n  enabled: true\n  output_rule: true\nwebserver:\n  enabled: true\nfalcoctl:\n  artifact:\n    follow:\n      every: 24h';
    expect(lintRule({ 'a.yaml': helmRelease('9.1.0', values) })).toEqual([
      expect.objectContaining({
        line: V + 3,
        column: 7,
        endColumn: 18,
        message: '`metrics.output_rule` is not a key of chart 9.1.0 nor of any other version, so the chart ignores it. Did you mean `metrics.outputRule`?',
      }),
      expect.objectContaining({
        line: V + 4,
        column: 5,
        endColumn: 14,
        message: '`webserver` is not a key of chart 9.1.0 nor of any other version, so the chart ignores it. Did you mean `falco.webserver`?',
      }),
      expect.objectContaining({
        line: V + 9,
        column: 11,
        endColumn: 16,
        message: '`falcoctl.artifact.follow.every` is not a key of chart 9.1.0 nor of any other version, so the chart ignores it. Did you mean `falcoctl.config.artifact.follow.every`?',
      }),
    ]);
  });

  it('a key of later versions only, and a Falco key the deployed Falco does not read yet', () => {
    const values = 'falco:\n  rules:\n    - disable:\n        rule: Terminal shell in container\nmetrics:\n  enabled: true';
    expect(lintRule({ 'a.yaml': helmRelease('3.8.5', values) })).toEqual([
      expect.objectContaining({
        line: V + 2,
        column: 7,
        endColumn: 12,
        message: '`falco.rules` is not a configuration key of Falco 0.36.2, which chart 3.8.5 deploys: Falco reads it from 0.38.0 (chart 4.4.0), so it is ignored here. Upgrade the chart or remove it.',
      }),
      expect.objectContaining({
        line: V + 5,
        column: 5,
        endColumn: 12,
        message: '`metrics` is not a key of chart 3.8.5: it first appears in chart 4.6.0, so chart 3.8.5 ignores it. Upgrade the chart or remove it. For chart 3.8.5, did you mean `falco.metrics`?',
      }),
    ]);
    expect(lintRule({ 'a.yaml': helmRelease('4.6.0', values) })).toEqual([]);
  });

  it('keys under falco are judged by the Falco that image.tag pins, when it pins another', () => {
    const values = (tag: string) => `image:\n  tag: ${tag}\nfalco:\n  rules:\n    - disable: {rule: x}\n  not_a_falco_key: true`;
    const notAKey = (falco: string): unknown =>
      expect.objectContaining({ line: V + 6, message: `\`falco.not_a_falco_key\` is not a configuration key of ${falco}, nor of any other chart or Falco version, so Falco ignores it.` });
    expect(lintRule({ 'a.yaml': helmRelease('3.8.5', values('0.38.0')) })).toEqual([notAKey('Falco 0.38.0, which image.tag pins')]);
    expect(lintRule({ 'a.yaml': helmRelease('3.8.5', values('0.36.0-debian')) })).toEqual([
      expect.objectContaining({
        line: V + 4,
        message: '`falco.rules` is not a configuration key of Falco 0.36.0, which image.tag pins: Falco reads it from 0.38.0, so it is ignored here. Pin a newer Falco or remove it.',
      }),
      notAKey('Falco 0.36.0, which image.tag pins'),
    ]);
    // A Falco helmvet cannot name: only keys no version has.
    expect(lintRule({ 'a.yaml': helmRelease('3.8.5', values('latest')) })).toEqual([notAKey('the Falco of image tag latest, which image.tag pins')]);
    // The chart's own Falco, written out, is not a pin.
    expect(lintRule({ 'a.yaml': helmRelease('3.8.5', values('0.36.2')) })[0]).toEqual(expect.objectContaining({ message: expect.stringContaining('Falco 0.36.2, which chart 3.8.5 deploys') }));
  });

  it('a map where the chart takes a boolean', () => {
    expect(lintRule({ 'a.yaml': helmRelease('3.8.5', 'tty:\n  enabled: false') })).toEqual([
      expect.objectContaining({
        line: V + 2,
        column: 7,
        endColumn: 14,
        message: '`tty.enabled` is not a key of chart 3.8.5: `tty` is a boolean there, not a map, so write `tty: true` or `tty: false`.',
      }),
    ]);
  });

  it('a small map lists its keys when nothing is close', () => {
    expect(lintRule({ 'a.yaml': helmRelease('8.0.5', 'metrics:\n  service:\n    enabled: true') })).toEqual([
      expect.objectContaining({
        message:
          '`metrics.service.enabled` is not a key of chart 8.0.5 nor of any other version, so the chart ignores it. `metrics.service` has `annotations`, `create`, `ipFamilies`, `ipFamilyPolicy`, `labels`, `ports` and `type`.',
      }),
    ]);
  });

  it('free-form subtrees are never judged', () => {
    const values = [
      'falco:',
      '  webserver:',
      '    anything_falco_may_read: 1',
      '  plugins:',
      '    - name: k8saudit',
      '      init_config: {maxEventSize: 1}',
      '  static_fields: {cluster: prod}',
      'customRules:',
      '  my-rules.yaml: "- rule: x"',
      'extra:',
      '  env: [{name: TZ, value: UTC}]',
      '  notAChartKeyButExtraIsFree: true',
      'falcosidekick:',
      '  enabled: true',
      '  webui: {enabled: true, redis: {storageEnabled: false}}',
      'k8s-metacollector:',
      '  service: {ports: {broker-grpc: {port: 45000}}}',
      'falco-talon: {config: {rulesOverride: x}}',
      'global: {imageRegistry: mirror.example.com}',
      'podAnnotations: {a.b/c: d}',
      'resources: {requests: {cpu: 100m}, claims: [{name: gpu}]}',
      'controller:',
      '  daemonset:',
      '    updateStrategy: {type: RollingUpdate, rollingUpdate: {maxUnavailable: 10%}}',
      '  deployment:',
      '    revisionHistoryLimit: 3',
      'collectors:',
      '  containerEngine:',
      '    engines:',
      '      cri: {enabled: true, sockets: [/run/crio/crio.sock]}',
      'falcoctl:',
      '  config:',
      '    indexes: [{name: x, url: https://example.com/index.yaml}]',
      '    driver: {type: [modern_ebpf]}',
      'tolerations: [{operator: Exists}]',
      'metrics:',
      '  service:',
      '    ipFamilyPolicy: PreferDualStack',
      'serviceMonitor:',
      '  namespace: monitoring',
    ].join('\n');
    expect(lintRule({ 'a.yaml': helmRelease('9.1.0', values) })).toEqual([]);
  });

  it('without a known chart version, only keys no version has', () => {
    const values = 'driver:\n  epbf: {}\ncollectors:\n  docker:\n    enabled: true\nwebui:\n  enabled: true';
    const expected = [
      expect.objectContaining({ line: V + 2, message: '`driver.epbf` is not a key of any falco chart version (1.1.8 to 9.1.0), so the chart ignores it. Did you mean `driver.ebpf`?' }),
      expect.objectContaining({ line: V + 6, message: '`webui` is not a key of any falco chart version (1.1.8 to 9.1.0), so the chart ignores it.' }),
    ];
    expect(lintRule({ 'a.yaml': helmRelease('${FALCO_VERSION}', values) })).toEqual(expected);
    expect(lintRule({ 'a.yaml': helmRelease('">=10.0.0"', values) })).toEqual(expected);
  });

  it('a values file no release references is checked against every version, unless it is an umbrella chart’s', () => {
    const standalone = 'driver:\n  kind: modern_ebpf\ncollectors:\n  kubernetes:\n    enabled: true\nfalco:\n  json_output: true\ntty: true\nwebui: {}\n';
    expect(lintRule({ 'falco-values.yaml': standalone })).toEqual([expect.objectContaining({ file: 'falco-values.yaml', line: 9, column: 1, message: expect.stringMatching(/^`webui` is not a key of any falco chart version/) })]);
    const umbrella = 'falco:\n  driver:\n    kind: modern_ebpf\n  tty: true\nfalcosidekick:\n  enabled: true\n';
    expect(lintRule({ 'values.yaml': umbrella })).toEqual([]);
  });

  it('a chart 1.x release with keys of later versions', () => {
    const app =
      'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: falco\nspec:\n  source:\n    repoURL: https://falcosecurity.github.io/charts\n    chart: falco\n    targetRevision: 1.1.8\n    helm:\n      valuesObject:\n        driver:\n          kind: modern_ebpf\n        ebpf:\n          enabled: false\n';
    expect(lintRule({ 'app.yaml': app })).toEqual([
      expect.objectContaining({ line: 12, column: 9, endColumn: 15, message: '`driver` is not a key of chart 1.1.8: it first appears in chart 2.0.0, so chart 1.1.8 ignores it. Upgrade the chart or remove it.' }),
    ]);
  });
});
