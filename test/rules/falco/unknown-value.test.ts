import { helmRelease } from '../../helpers/repo.js';
import { testRule } from '../../helpers/rule-tester.js';

const RULE = 'falco/unknown-value';
const DERIVED_ADDED = 'serviceAccount:\n  labels:\n    team: sec\ncontroller:\n  daemonset:\n    revisionHistoryLimit: 3';
const LATER_KEYS = 'falco:\n  rules:\n    - disable:\n        rule: Terminal shell in container\nmetrics:\n  enabled: true';
/** Keys under falco, with image.tag pinning the Falco given. */
const pinned = (tag: string) => ({ 'a.yaml': helmRelease('3.8.5', `image:\n  tag: ${tag}\nfalco:\n  rules:\n    - disable: {rule: x}\n  not_a_falco_key: true`) });
const NO_VERSION_HAS = 'driver:\n  epbf: {}\ncollectors:\n  docker:\n    enabled: true\nwebui:\n  enabled: true';
const FREE_FORM = [
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

testRule(RULE, {
  valid: [
    { name: 'driver.ebpf on 4.4.1, spelled right', files: { 'falco.yaml': helmRelease('4.4.1', 'driver:\n  kind: ebpf\n  ebpf:\n    hostNetwork: true') } },
    { name: 'falco.rules and metrics on 4.6.0, which has both', files: { 'a.yaml': helmRelease('4.6.0', LATER_KEYS) } },
    { name: 'free-form subtrees are never judged', files: { 'a.yaml': helmRelease('9.1.0', FREE_FORM) } },
    { name: 'chart 9.2.0 takes the keys its merged pull requests add (serviceAccount.labels, controller.daemonset.revisionHistoryLimit)', files: { 'a.yaml': helmRelease('9.2.0', DERIVED_ADDED) } },
    { name: 'an umbrella chart’s values file, with falco as a dependency, is not judged', files: { 'values.yaml': 'falco:\n  driver:\n    kind: modern_ebpf\n  tty: true\nfalcosidekick:\n  enabled: true\n' } },
  ],
  invalid: [
    { name: 'keys chart 9.2.0 adds, on 9.1.0: they first appear in 9.2.0 (not in its pre-release)', files: { 'a.yaml': helmRelease('9.1.0', DERIVED_ADDED) }, errors: [
      { file: 'a.yaml', line: 25, column: 7, endLine: 25, endColumn: 13, severity: 'warning', messageId: 'later-chart', data: { variant: 'later-chart', path: 'serviceAccount.labels', target: 'chart 9.1.0', firstIn: '9.2.0', suggestions: [], keysDerived: null } },
      { file: 'a.yaml', line: 29, column: 9, endLine: 29, endColumn: 29, severity: 'warning', messageId: 'later-chart', data: { variant: 'later-chart', path: 'controller.daemonset.revisionHistoryLimit', target: 'chart 9.1.0', firstIn: '9.2.0', suggestions: ['controller.deployment.revisionHistoryLimit'], keysDerived: null }, fix: { kind: 'manual', description: 'rename it to controller.deployment.revisionHistoryLimit' } },
    ] },
    { name: 'a typo on chart 9.2.0, whose key list is derived: the finding says so, and how to read the real one', files: { 'a.yaml': helmRelease('9.2.0', 'serviceAccount:\n  lables:\n    team: sec') }, errors: [
      { file: 'a.yaml', line: 25, column: 7, endLine: 25, endColumn: 13, severity: 'warning', messageId: 'unknown-here', data: { variant: 'unknown-here', path: 'serviceAccount.lables', target: 'chart 9.2.0', suggestions: ['serviceAccount.labels'], parent: null, siblings: [], keysDerived: { chart: '9.2.0', from: '9.1.0' } }, fix: { kind: 'manual', description: 'rename it to serviceAccount.labels' } },
    ] },
    { name: 'a typo gets "did you mean" from the keys at that level (driver.epbf, from a real repository)', files: { 'falco.yaml': helmRelease('4.4.1', 'driver:\n  kind: ebpf\n  epbf:\n    hostNetwork: true') }, errors: [
      { file: 'falco.yaml', line: 26, column: 7, endLine: 26, endColumn: 11, severity: 'warning', messageId: 'unknown-here', data: { variant: 'unknown-here', path: 'driver.epbf', target: 'chart 4.4.1', suggestions: ['driver.ebpf'], parent: null, siblings: [], keysDerived: null }, fix: { kind: 'manual', description: 'rename it to driver.ebpf' } },
    ] },
    {
      name: 'snake_case for camelCase, and keys at the wrong level',
      files: { 'a.yaml': helmRelease('9.1.0', 'metrics:\n  enabled: true\n  output_rule: true\nwebserver:\n  enabled: true\nfalcoctl:\n  artifact:\n    follow:\n      every: 24h') },
      errors: [
        { file: 'a.yaml', line: 26, column: 7, endLine: 26, endColumn: 18, severity: 'warning', messageId: 'unknown-here', data: { variant: 'unknown-here', path: 'metrics.output_rule', target: 'chart 9.1.0', suggestions: ['metrics.outputRule'], parent: null, siblings: [], keysDerived: null }, fix: { kind: 'manual', description: 'rename it to metrics.outputRule' } },
        { file: 'a.yaml', line: 27, column: 5, endLine: 27, endColumn: 14, severity: 'warning', messageId: 'unknown-here', data: { variant: 'unknown-here', path: 'webserver', target: 'chart 9.1.0', suggestions: ['falco.webserver'], parent: null, siblings: [], keysDerived: null }, fix: { kind: 'manual', description: 'rename it to falco.webserver' } },
        { file: 'a.yaml', line: 32, column: 11, endLine: 32, endColumn: 16, severity: 'warning', messageId: 'unknown-here', data: { variant: 'unknown-here', path: 'falcoctl.artifact.follow.every', target: 'chart 9.1.0', suggestions: ['falcoctl.config.artifact.follow.every'], parent: null, siblings: [], keysDerived: null }, fix: { kind: 'manual', description: 'rename it to falcoctl.config.artifact.follow.every' } },
      ],
    },
    { name: 'a key of later charts only, and a Falco key the deployed Falco does not read yet (chart 3.8.5)', files: { 'a.yaml': helmRelease('3.8.5', LATER_KEYS) }, errors: [
      { file: 'a.yaml', line: 25, column: 7, endLine: 25, endColumn: 12, severity: 'warning', messageId: 'falco-reads-later', data: { variant: 'falco-reads-later', path: 'falco.rules', falco: { version: '0.36.2', pinned: false, tag: null }, chartLabel: 'chart 3.8.5', readsFrom: '0.38.0', chartFrom: '4.4.0', suggestions: [], keysDerived: null } },
      { file: 'a.yaml', line: 28, column: 5, endLine: 28, endColumn: 12, severity: 'warning', messageId: 'later-chart', data: { variant: 'later-chart', path: 'metrics', target: 'chart 3.8.5', firstIn: '4.6.0', suggestions: ['falco.metrics'], keysDerived: null }, fix: { kind: 'manual', description: 'rename it to falco.metrics' } },
    ] },
    { name: 'image.tag pins Falco 0.38.0, which reads falco.rules: only the key no version has', files: pinned('0.38.0'), errors: [
      { file: 'a.yaml', line: 29, column: 7, endLine: 29, endColumn: 22, severity: 'warning', messageId: 'not-falco-config', data: { variant: 'not-falco-config', path: 'falco.not_a_falco_key', falco: { version: '0.38.0', pinned: true, tag: null }, chartLabel: 'chart 3.8.5', suggestions: [], keysDerived: null } },
    ] },
    { name: 'image.tag pins Falco 0.36.0 with a flavour suffix, which does not read falco.rules yet', files: pinned('0.36.0-debian'), errors: [
      { file: 'a.yaml', line: 27, column: 7, endLine: 27, endColumn: 12, severity: 'warning', messageId: 'falco-reads-later', data: { variant: 'falco-reads-later', path: 'falco.rules', falco: { version: '0.36.0', pinned: true, tag: null }, chartLabel: 'chart 3.8.5', readsFrom: '0.38.0', chartFrom: '4.4.0', suggestions: [], keysDerived: null } },
      { file: 'a.yaml', line: 29, column: 7, endLine: 29, endColumn: 22, severity: 'warning', messageId: 'not-falco-config', data: { variant: 'not-falco-config', path: 'falco.not_a_falco_key', falco: { version: '0.36.0', pinned: true, tag: null }, chartLabel: 'chart 3.8.5', suggestions: [], keysDerived: null } },
    ] },
    { name: 'image.tag pins a Falco helmvet cannot name (latest): only keys no version has', files: pinned('latest'), errors: [
      { file: 'a.yaml', line: 29, column: 7, endLine: 29, endColumn: 22, severity: 'warning', messageId: 'not-falco-config', data: { variant: 'not-falco-config', path: 'falco.not_a_falco_key', falco: { version: null, pinned: true, tag: 'latest' }, chartLabel: 'chart 3.8.5', suggestions: [], keysDerived: null } },
    ] },
    { name: 'image.tag written as the chart’s own Falco 0.36.2 is not a pin', files: pinned('0.36.2'), errors: [
      { file: 'a.yaml', line: 27, column: 7, endLine: 27, endColumn: 12, severity: 'warning', messageId: 'falco-reads-later', data: { variant: 'falco-reads-later', path: 'falco.rules', falco: { version: '0.36.2', pinned: false, tag: null }, chartLabel: 'chart 3.8.5', readsFrom: '0.38.0', chartFrom: '4.4.0', suggestions: [], keysDerived: null } },
      { file: 'a.yaml', line: 29, column: 7, endLine: 29, endColumn: 22, severity: 'warning', messageId: 'not-falco-config', data: { variant: 'not-falco-config', path: 'falco.not_a_falco_key', falco: { version: '0.36.2', pinned: false, tag: null }, chartLabel: 'chart 3.8.5', suggestions: [], keysDerived: null } },
    ] },
    { name: 'a map where the chart takes a boolean', files: { 'a.yaml': helmRelease('3.8.5', 'tty:\n  enabled: false') }, errors: [
      { file: 'a.yaml', line: 25, column: 7, endLine: 25, endColumn: 14, severity: 'warning', messageId: 'scalar-parent', data: { variant: 'scalar-parent', path: 'tty.enabled', target: 'chart 3.8.5', parent: 'tty', type: 'bool', keysDerived: null } },
    ] },
    { name: 'a small map lists its keys when nothing is close', files: { 'a.yaml': helmRelease('8.0.5', 'metrics:\n  service:\n    enabled: true') }, errors: [
      { file: 'a.yaml', line: 26, column: 9, endLine: 26, endColumn: 16, severity: 'warning', messageId: 'unknown-here', data: { variant: 'unknown-here', path: 'metrics.service.enabled', target: 'chart 8.0.5', suggestions: [], parent: 'metrics.service', siblings: ['annotations', 'create', 'ipFamilies', 'ipFamilyPolicy', 'labels', 'ports', 'type'], keysDerived: null } },
    ] },
    { name: 'an unresolved ${FALCO_VERSION}: only keys no version has', files: { 'a.yaml': helmRelease('${FALCO_VERSION}', NO_VERSION_HAS) }, errors: [
      { file: 'a.yaml', line: 25, column: 7, endLine: 25, endColumn: 11, severity: 'warning', messageId: 'unknown-anywhere', data: { variant: 'unknown-anywhere', path: 'driver.epbf', oldest: '1.1.8', newest: '9.2.0', suggestions: ['driver.ebpf'], parent: null, siblings: [], keysDerived: null }, fix: { kind: 'manual', description: 'rename it to driver.ebpf' } },
      { file: 'a.yaml', line: 29, column: 5, endLine: 29, endColumn: 10, severity: 'warning', messageId: 'unknown-anywhere', data: { variant: 'unknown-anywhere', path: 'webui', oldest: '1.1.8', newest: '9.2.0', suggestions: [], parent: null, siblings: [], keysDerived: null } },
    ] },
    { name: 'a range above what helmvet knows (>=10.0.0): only keys no version has', files: { 'a.yaml': helmRelease('">=10.0.0"', NO_VERSION_HAS) }, errors: [
      { file: 'a.yaml', line: 25, column: 7, endLine: 25, endColumn: 11, severity: 'warning', messageId: 'unknown-anywhere', data: { variant: 'unknown-anywhere', path: 'driver.epbf', oldest: '1.1.8', newest: '9.2.0', suggestions: ['driver.ebpf'], parent: null, siblings: [], keysDerived: null }, fix: { kind: 'manual', description: 'rename it to driver.ebpf' } },
      { file: 'a.yaml', line: 29, column: 5, endLine: 29, endColumn: 10, severity: 'warning', messageId: 'unknown-anywhere', data: { variant: 'unknown-anywhere', path: 'webui', oldest: '1.1.8', newest: '9.2.0', suggestions: [], parent: null, siblings: [], keysDerived: null } },
    ] },
    {
      name: 'a values file no release references is checked against every version',
      files: { 'falco-values.yaml': 'driver:\n  kind: modern_ebpf\ncollectors:\n  kubernetes:\n    enabled: true\nfalco:\n  json_output: true\ntty: true\nwebui: {}\n' },
      errors: [
        { file: 'falco-values.yaml', line: 9, column: 1, endLine: 9, endColumn: 6, severity: 'warning', messageId: 'unknown-anywhere', data: { variant: 'unknown-anywhere', path: 'webui', oldest: '1.1.8', newest: '9.2.0', suggestions: [], parent: null, siblings: [], keysDerived: null } },
      ],
    },
    {
      name: 'a chart 1.1.8 Argo CD release with a key of later versions',
      files: {
        'app.yaml':
          'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: falco\nspec:\n  source:\n    repoURL: https://falcosecurity.github.io/charts\n    chart: falco\n    targetRevision: 1.1.8\n    helm:\n      valuesObject:\n        driver:\n          kind: modern_ebpf\n        ebpf:\n          enabled: false\n',
      },
      errors: [
        { file: 'app.yaml', line: 12, column: 9, endLine: 12, endColumn: 15, severity: 'warning', messageId: 'later-chart', data: { variant: 'later-chart', path: 'driver', target: 'chart 1.1.8', firstIn: '2.0.0', suggestions: [], keysDerived: null } },
      ],
    },
    { name: 'a map where the chart takes a number', files: { 'a.yaml': helmRelease('9.1.0', 'controller:\n  deployment:\n    replicas:\n      count: 2') }, errors: [
      { file: 'a.yaml', line: 27, column: 11, endLine: 27, endColumn: 16, severity: 'warning', messageId: 'scalar-parent', data: { variant: 'scalar-parent', path: 'controller.deployment.replicas.count', target: 'chart 9.1.0', parent: 'controller.deployment.replicas', type: 'number', keysDerived: null } },
    ] },
    { name: 'a typo of a Falco configuration key under falco gets "did you mean"', files: { 'a.yaml': helmRelease('9.1.0', 'falco:\n  json_outptu: true') }, errors: [
      { file: 'a.yaml', line: 25, column: 7, endLine: 25, endColumn: 18, severity: 'warning', messageId: 'not-falco-config', data: { variant: 'not-falco-config', path: 'falco.json_outptu', falco: { version: '0.44.1', pinned: false, tag: null }, chartLabel: 'chart 9.1.0', suggestions: ['falco.json_output'], keysDerived: null }, fix: { kind: 'manual', description: 'rename it to falco.json_output' } },
    ] },
    { name: 'a values file no release references: a small map lists its keys of every version', files: { 'falco-values.yaml': 'driver:\n  kind: modern_ebpf\nmetrics:\n  service:\n    enabled: true\n' }, errors: [
      { file: 'falco-values.yaml', line: 5, column: 5, endLine: 5, endColumn: 12, severity: 'warning', messageId: 'unknown-anywhere', data: { variant: 'unknown-anywhere', path: 'metrics.service.enabled', oldest: '1.1.8', newest: '9.2.0', suggestions: [], parent: 'metrics.service', siblings: ['annotations', 'create', 'ipFamilies', 'ipFamilyPolicy', 'labels', 'ports', 'type'], keysDerived: null } },
    ] },
  ],
});
