import { helmRelease } from '../../helpers/repo.js';
import { testRule } from '../../helpers/rule-tester.js';

const RULE = 'falco/removed-value';
const LEGACY_DOCKER = 'collectors:\n  docker:\n    enabled: false\n    socket: /var/run/docker.sock';
const ENGINE = 'collectors:\n  containerEngine:\n    enabled: true\n    engines:\n      containerd:\n        enabled: true\n        sockets: [/run/k3s/containerd/containerd.sock]';
const V1_KEYS = 'timezone: Europe/Berlin\ncontainerd:\n  socket: /run/k3s/containerd/containerd.sock\nebpf:\n  enabled: true\nfalco:\n  jsonOutput: true\n  httpOutput:\n    enabled: true\n    url: http://sidekick:2801';
const RULES_FILE = 'falco:\n  rules_file:\n    - /etc/falco/falco_rules.yaml';
const FALCO_METRICS = 'falco:\n  metrics:\n    enabled: true\n    output_rule: true\n    output_file: /tmp/stats.json';
const REMOVED_SOMEWHERE = 'collectors:\n  docker:\n    enabled: true\nfalco:\n  jsonOutput: true';
/** A HelmRelease whose values come from a ConfigMap as well; both write collectors.docker. */
const LAYERS = {
  'hr.yaml': helmRelease('9.1.0', 'collectors:\n  docker:\n    enabled: false', '  valuesFrom:\n    - kind: ConfigMap\n      name: falco-values'),
  'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: falco-values\n  namespace: falco\ndata:\n  values.yaml: |\n    collectors:\n      docker:\n        socket: /var/run/docker.sock\n',
};
/** An Argo CD Application on the chart git repository, at the targetRevision line given (or none). */
const gitApp = (revision: string) => ({
  'app.yaml': `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: falco\nspec:\n  source:\n    repoURL: https://github.com/falcosecurity/charts.git\n    path: charts/falco\n${revision}    helm:\n      valuesObject:\n        collectors:\n          docker:\n            enabled: true\n`,
});

testRule(RULE, {
  valid: [
    { name: 'legacy collectors.docker on 6.4.1, which still has it', files: { 'a.yaml': helmRelease('6.4.1', LEGACY_DOCKER) } },
    { name: 'legacy collectors.docker on 2.0.0, which introduced it', files: { 'a.yaml': helmRelease('2.0.0', LEGACY_DOCKER) } },
    { name: 'collectors.containerEngine on 9.1.0', files: { 'a.yaml': helmRelease('9.1.0', ENGINE) } },
    { name: 'chart 1.x keys on chart 1.19.4, which had them', files: { 'a.yaml': helmRelease('1.19.4', V1_KEYS) } },
    { name: 'falco.rules_file on 4.7.0, before the chart set rules_files', files: { 'a.yaml': helmRelease('4.7.0', RULES_FILE) } },
    { name: 'falco.rules_file with the chart default rules_files deleted (null): the old key alone, which Falco still reads', files: { 'a.yaml': helmRelease('9.1.0', `${RULES_FILE}\n  rules_files: null`) } },
    { name: 'falco.rules_file with image.tag pinning Falco 0.37.1, which reads only rules_file', files: { 'a.yaml': helmRelease('9.1.0', `image:\n  tag: 0.37.1\n${RULES_FILE}`) } },
    { name: 'falco.rules_files on 4.7.1', files: { 'a.yaml': helmRelease('4.7.1', 'falco:\n  rules_files:\n    - /etc/falco/falco_rules.yaml') } },
    { name: 'falco.metrics on 6.4.1, before the top-level metrics block', files: { 'a.yaml': helmRelease('6.4.1', FALCO_METRICS) } },
    { name: 'a removed key set to null is Helm for "delete the default"', files: { 'a.yaml': helmRelease('9.1.0', 'collectors:\n  docker: null') } },
    { name: 'an unresolved ${FALCO_VERSION}: removed keys are valid in some version', files: { 'a.yaml': helmRelease('${FALCO_VERSION}', REMOVED_SOMEWHERE) } },
    { name: 'a chart version newer than helmvet knows (10.0.0)', files: { 'a.yaml': helmRelease('10.0.0', REMOVED_SOMEWHERE) } },
    { name: 'a values file no release references is checked against every version', files: { 'values.yaml': `driver:\n  kind: kmod\n${REMOVED_SOMEWHERE}\n` } },
    { name: 'Argo CD on the chart git repository at tag falco-6.4.1', files: gitApp('    targetRevision: falco-6.4.1\n') },
    { name: 'Argo CD on the chart git repository at a commit: no known version', files: gitApp('    targetRevision: 2d2c4b1\n') },
  ],
  invalid: [
    {
      name: 'legacy collectors on 9.1.0: at the key, with the engine they move to',
      files: { 'falco.yaml': helmRelease('9.1.0', 'collectors:\n  containerd:\n    enabled: true\n    socket: /run/k3s/containerd/containerd.sock\n  crio:\n    enabled: false') },
      errors: [
          {
            file: 'falco.yaml',
            line: 25,
            column: 7,
            endLine: 25,
            endColumn: 17,
            severity: 'warning',
            messageId: 'removed',
            data: {
              variant: 'removed',
              path: 'collectors.containerd',
              removedIn: '7.0.0',
              onlyV1: false,
              backIn: null,
              target: 'chart 9.1.0',
              effect: 'ignored',
              falco: {
                version: '0.44.1',
                pinned: false,
                tag: null
              },
              breaks: 'the container plugin runs with the collectors.containerEngine defaults, not with this engine setting',
              replacement: {
                form: 'move-map',
                to: 'collectors.containerEngine.engines.containerd',
                note: null,
                parts: [
                  {
                    key: 'enabled',
                    to: 'collectors.containerEngine.engines.containerd.enabled',
                    setting: null,
                    shape: null,
                    note: null,
                    drop: false,
                    manual: false
                  },
                  {
                    key: 'socket',
                    to: 'collectors.containerEngine.engines.containerd.sockets',
                    setting: null,
                    shape: 'list',
                    note: null,
                    drop: false,
                    manual: false
                  }
                ]
              },
              suggestions: [],
              mechanical: true
            },
            fix: {
              kind: 'safe',
              description: 'move it to collectors.containerEngine.engines.containerd'
            }
          },
          {
            file: 'falco.yaml',
            line: 28,
            column: 7,
            endLine: 28,
            endColumn: 11,
            severity: 'warning',
            messageId: 'removed',
            data: {
              variant: 'removed',
              path: 'collectors.crio',
              removedIn: '7.0.0',
              onlyV1: false,
              backIn: null,
              target: 'chart 9.1.0',
              effect: 'ignored',
              falco: {
                version: '0.44.1',
                pinned: false,
                tag: null
              },
              breaks: 'the container plugin runs with the collectors.containerEngine defaults, not with this engine setting',
              replacement: {
                form: 'move-map',
                to: 'collectors.containerEngine.engines.cri',
                note: null,
                parts: [
                  {
                    key: 'enabled',
                    to: 'collectors.containerEngine.engines.cri.enabled',
                    setting: null,
                    shape: null,
                    note: null,
                    drop: false,
                    manual: false
                  }
                ]
              },
              suggestions: [],
              mechanical: true
            },
            fix: {
              kind: 'safe',
              description: 'move it to collectors.containerEngine.engines.cri'
            }
          }
        ],
    },
    { name: 'chart 1.x keys on 2.1.0: top-level collectors, ebpf.enabled, camelCase falco keys', files: { 'a.yaml': helmRelease('2.1.0', V1_KEYS) }, errors: [
        {
          file: 'a.yaml',
          line: 24,
          column: 5,
          endLine: 24,
          endColumn: 13,
          severity: 'warning',
          messageId: 'removed',
          data: {
            variant: 'removed',
            path: 'timezone',
            removedIn: '2.0.0',
            onlyV1: true,
            backIn: null,
            target: 'chart 2.1.0',
            effect: 'ignored',
            falco: {
              version: '0.33.0',
              pinned: false,
              tag: null
            },
            breaks: null,
            replacement: {
              form: 'manual',
              note: 'set the TZ variable in extra.env instead (chart 2.0.0 moved such settings to extra.env)'
            },
            suggestions: [],
            mechanical: false
          },
          fix: {
            kind: 'manual',
            description: 'set the TZ variable in extra.env instead (chart 2.0.0 moved such settings to extra.env)'
          }
        },
        {
          file: 'a.yaml',
          line: 25,
          column: 5,
          endLine: 25,
          endColumn: 15,
          severity: 'warning',
          messageId: 'removed',
          data: {
            variant: 'removed',
            path: 'containerd',
            removedIn: '2.0.0',
            onlyV1: true,
            backIn: null,
            target: 'chart 2.1.0',
            effect: 'ignored',
            falco: {
              version: '0.33.0',
              pinned: false,
              tag: null
            },
            breaks: null,
            replacement: {
              form: 'move-map',
              to: 'collectors.containerd',
              note: null,
              parts: [
                {
                  key: 'socket',
                  to: 'collectors.containerd.socket',
                  setting: null,
                  shape: null,
                  note: null,
                  drop: false,
                  manual: false
                }
              ]
            },
            suggestions: [],
            mechanical: true
          },
          fix: {
            kind: 'safe',
            description: 'move it to collectors.containerd'
          }
        },
        {
          file: 'a.yaml',
          line: 27,
          column: 5,
          endLine: 27,
          endColumn: 9,
          severity: 'warning',
          messageId: 'removed',
          data: {
            variant: 'removed',
            path: 'ebpf',
            removedIn: '2.0.0',
            onlyV1: true,
            backIn: null,
            target: 'chart 2.1.0',
            effect: 'ignored',
            falco: {
              version: '0.33.0',
              pinned: false,
              tag: null
            },
            breaks: null,
            replacement: {
              form: 'move-map',
              to: 'driver',
              note: null,
              parts: [
                {
                  key: 'enabled',
                  to: 'driver.kind',
                  setting: 'ebpf',
                  shape: null,
                  note: null,
                  drop: false,
                  manual: false
                }
              ]
            },
            suggestions: [],
            mechanical: true
          },
          fix: {
            kind: 'safe',
            description: 'move it to driver'
          }
        },
        {
          file: 'a.yaml',
          line: 30,
          column: 7,
          endLine: 30,
          endColumn: 17,
          severity: 'warning',
          messageId: 'removed',
          data: {
            variant: 'removed',
            path: 'falco.jsonOutput',
            removedIn: '2.0.0',
            onlyV1: true,
            backIn: null,
            target: 'chart 2.1.0',
            effect: 'falco-config',
            falco: {
              version: '0.33.0',
              pinned: false,
              tag: null
            },
            breaks: null,
            replacement: {
              form: 'use',
              to: 'falco.json_output',
              setting: null,
              shape: null,
              note: null
            },
            suggestions: [],
            mechanical: true
          },
          fix: {
            kind: 'safe',
            description: 'falco.json_output'
          }
        },
        {
          file: 'a.yaml',
          line: 31,
          column: 7,
          endLine: 31,
          endColumn: 17,
          severity: 'warning',
          messageId: 'removed',
          data: {
            variant: 'removed',
            path: 'falco.httpOutput',
            removedIn: '2.0.0',
            onlyV1: true,
            backIn: null,
            target: 'chart 2.1.0',
            effect: 'falco-config',
            falco: {
              version: '0.33.0',
              pinned: false,
              tag: null
            },
            breaks: null,
            replacement: {
              form: 'use',
              to: 'falco.http_output',
              setting: null,
              shape: 'snake-case',
              note: null
            },
            suggestions: [],
            mechanical: true
          },
          fix: {
            kind: 'safe',
            description: 'falco.http_output'
          }
        }
      ] },
    { name: 'a chain of renames ends at the key 9.1.0 has: docker.socket', files: { 'a.yaml': helmRelease('9.1.0', 'docker:\n  socket: /var/run/docker.sock') }, errors: [
        {
          file: 'a.yaml',
          line: 24,
          column: 5,
          endLine: 24,
          endColumn: 11,
          severity: 'warning',
          messageId: 'removed',
          data: {
            variant: 'removed',
            path: 'docker',
            removedIn: '2.0.0',
            onlyV1: true,
            backIn: null,
            target: 'chart 9.1.0',
            effect: 'ignored',
            falco: {
              version: '0.44.1',
              pinned: false,
              tag: null
            },
            breaks: null,
            replacement: {
              form: 'move-map',
              to: 'collectors.containerEngine.engines.docker',
              note: null,
              parts: [
                {
                  key: 'socket',
                  to: 'collectors.containerEngine.engines.docker.sockets',
                  setting: null,
                  shape: 'list',
                  note: null,
                  drop: false,
                  manual: false
                }
              ]
            },
            suggestions: [],
            mechanical: true
          },
          fix: {
            kind: 'safe',
            description: 'move it to collectors.containerEngine.engines.docker'
          }
        }
      ] },
    { name: 'a chain of renames ends at a deletion: falco.grpcOutput, whose grpc_output chart 9.0.0 removed', files: { 'a.yaml': helmRelease('9.1.0', 'falco:\n  grpcOutput:\n    enabled: false') }, errors: [
        {
          file: 'a.yaml',
          line: 25,
          column: 7,
          endLine: 25,
          endColumn: 17,
          severity: 'warning',
          messageId: 'removed',
          data: {
            variant: 'removed',
            path: 'falco.grpcOutput',
            removedIn: '2.0.0',
            onlyV1: true,
            backIn: null,
            target: 'chart 9.1.0',
            effect: 'falco-config',
            falco: {
              version: '0.44.1',
              pinned: false,
              tag: null
            },
            breaks: null,
            replacement: {
              form: 'delete',
              note: 'gRPC output and server are gone from Falco 0.44.0: move consumers to http_output, file_output, stdout_output or falcosidekick'
            },
            suggestions: [],
            mechanical: true
          },
          fix: {
            kind: 'safe',
            description: 'delete falco.grpcOutput'
          }
        }
      ] },
    { name: 'falco.rules_file on 4.7.1 is an error: Falco refuses to start with both keys', files: { 'a.yaml': helmRelease('4.7.1', RULES_FILE) }, errors: [
        {
          file: 'a.yaml',
          line: 25,
          column: 7,
          endLine: 25,
          endColumn: 17,
          severity: 'error',
          messageId: 'removed',
          data: {
            variant: 'removed',
            path: 'falco.rules_file',
            removedIn: '4.7.1',
            onlyV1: false,
            backIn: null,
            target: 'chart 4.7.1',
            effect: 'startup-failure',
            falco: {
              version: '0.38.1',
              pinned: false,
              tag: null
            },
            breaks: null,
            replacement: {
              form: 'use',
              to: 'falco.rules_files',
              setting: null,
              shape: null,
              note: null
            },
            suggestions: [],
            mechanical: true
          },
          fix: {
            kind: 'safe',
            description: 'falco.rules_files'
          }
        }
      ] },
    { name: 'falco.metrics on 7.0.0: the top-level metrics block, camelCase; unmapped keys stay', files: { 'a.yaml': helmRelease('7.0.0', FALCO_METRICS) }, errors: [
        {
          file: 'a.yaml',
          line: 25,
          column: 7,
          endLine: 25,
          endColumn: 14,
          severity: 'warning',
          messageId: 'removed',
          data: {
            variant: 'removed',
            path: 'falco.metrics',
            removedIn: '7.0.0',
            onlyV1: false,
            backIn: null,
            target: 'chart 7.0.0',
            effect: 'overwritten',
            falco: {
              version: '0.42.0',
              pinned: false,
              tag: null
            },
            breaks: null,
            replacement: {
              form: 'move-map',
              to: 'metrics',
              note: 'set metrics.enabled: true; the chart then sets the webserver and Prometheus endpoint itself',
              parts: [
                {
                  key: 'enabled',
                  to: 'metrics.enabled',
                  setting: null,
                  shape: null,
                  note: null,
                  drop: false,
                  manual: false
                },
                {
                  key: 'output_rule',
                  to: 'metrics.outputRule',
                  setting: null,
                  shape: null,
                  note: null,
                  drop: false,
                  manual: false
                },
                {
                  key: 'output_file',
                  to: null,
                  setting: null,
                  shape: null,
                  note: 'no metrics key maps to it; it still passes through under falco.metrics',
                  drop: false,
                  manual: false
                }
              ]
            },
            suggestions: [],
            mechanical: false
          },
          fix: {
            kind: 'manual',
            description: 'move it to metrics'
          }
        }
      ] },
    { name: 'every layer that writes the key is a place to fix', files: LAYERS, errors: [
        {
          file: 'cm.yaml',
          line: 9,
          column: 7,
          endLine: 9,
          endColumn: 13,
          severity: 'warning',
          messageId: 'removed',
          data: {
            variant: 'removed',
            path: 'collectors.docker',
            removedIn: '7.0.0',
            onlyV1: false,
            backIn: null,
            target: 'chart 9.1.0',
            effect: 'ignored',
            falco: {
              version: '0.44.1',
              pinned: false,
              tag: null
            },
            breaks: 'the container plugin runs with the collectors.containerEngine defaults, not with this engine setting',
            replacement: {
              form: 'move-map',
              to: 'collectors.containerEngine.engines.docker',
              note: null,
              parts: [
                {
                  key: 'socket',
                  to: 'collectors.containerEngine.engines.docker.sockets',
                  setting: null,
                  shape: 'list',
                  note: null,
                  drop: false,
                  manual: false
                },
                {
                  key: 'enabled',
                  to: 'collectors.containerEngine.engines.docker.enabled',
                  setting: null,
                  shape: null,
                  note: null,
                  drop: false,
                  manual: false
                }
              ]
            },
            suggestions: [],
            mechanical: true
          },
          fix: {
            kind: 'safe',
            description: 'move it to collectors.containerEngine.engines.docker'
          }
        },
        {
          file: 'hr.yaml',
          line: 28,
          column: 7,
          endLine: 28,
          endColumn: 13,
          severity: 'warning',
          messageId: 'removed',
          data: {
            variant: 'removed',
            path: 'collectors.docker',
            removedIn: '7.0.0',
            onlyV1: false,
            backIn: null,
            target: 'chart 9.1.0',
            effect: 'ignored',
            falco: {
              version: '0.44.1',
              pinned: false,
              tag: null
            },
            breaks: 'the container plugin runs with the collectors.containerEngine defaults, not with this engine setting',
            replacement: {
              form: 'move-map',
              to: 'collectors.containerEngine.engines.docker',
              note: null,
              parts: [
                {
                  key: 'socket',
                  to: 'collectors.containerEngine.engines.docker.sockets',
                  setting: null,
                  shape: 'list',
                  note: null,
                  drop: false,
                  manual: false
                },
                {
                  key: 'enabled',
                  to: 'collectors.containerEngine.engines.docker.enabled',
                  setting: null,
                  shape: null,
                  note: null,
                  drop: false,
                  manual: false
                }
              ]
            },
            suggestions: [],
            mechanical: true
          },
          fix: {
            kind: 'safe',
            description: 'move it to collectors.containerEngine.engines.docker'
          }
        }
      ] },
    { name: 'Argo CD on the chart git repository at the branch head: the newest chart helmvet knows', files: gitApp(''), errors: [
        {
          file: 'app.yaml',
          line: 12,
          column: 11,
          endLine: 12,
          endColumn: 17,
          severity: 'warning',
          messageId: 'removed',
          data: {
            variant: 'removed',
            path: 'collectors.docker',
            removedIn: '7.0.0',
            onlyV1: false,
            backIn: null,
            target: 'chart 9.1.0 (the newest helmvet knows; the git source follows the default branch)',
            effect: 'ignored',
            falco: {
              version: '0.44.1',
              pinned: false,
              tag: null
            },
            breaks: 'the container plugin runs with the collectors.containerEngine defaults, not with this engine setting',
            replacement: {
              form: 'move-map',
              to: 'collectors.containerEngine.engines.docker',
              note: null,
              parts: [
                {
                  key: 'enabled',
                  to: 'collectors.containerEngine.engines.docker.enabled',
                  setting: null,
                  shape: null,
                  note: null,
                  drop: false,
                  manual: false
                }
              ]
            },
            suggestions: [],
            mechanical: true
          },
          fix: {
            kind: 'safe',
            description: 'move it to collectors.containerEngine.engines.docker'
          }
        }
      ] },
    { name: 'Argo CD on the chart git repository at tag falco-7.0.0', files: gitApp('    targetRevision: falco-7.0.0\n'), errors: [
        {
          file: 'app.yaml',
          line: 13,
          column: 11,
          endLine: 13,
          endColumn: 17,
          severity: 'warning',
          messageId: 'removed',
          data: {
            variant: 'removed',
            path: 'collectors.docker',
            removedIn: '7.0.0',
            onlyV1: false,
            backIn: null,
            target: 'chart 7.0.0 (git tag falco-7.0.0)',
            effect: 'ignored',
            falco: {
              version: '0.42.0',
              pinned: false,
              tag: null
            },
            breaks: 'the container plugin runs with the collectors.containerEngine defaults, not with this engine setting',
            replacement: {
              form: 'move-map',
              to: 'collectors.containerEngine.engines.docker',
              note: null,
              parts: [
                {
                  key: 'enabled',
                  to: 'collectors.containerEngine.engines.docker.enabled',
                  setting: null,
                  shape: null,
                  note: null,
                  drop: false,
                  manual: false
                }
              ]
            },
            suggestions: [],
            mechanical: true
          },
          fix: {
            kind: 'safe',
            description: 'move it to collectors.containerEngine.engines.docker'
          }
        }
      ] },
    { name: 'rbac on 4.1.0, removed in 4.0.0 and back in 4.4.0, with no migration', files: { 'a.yaml': helmRelease('4.1.0', 'rbac:\n  create: true') }, errors: [
        {
          file: 'a.yaml',
          line: 24,
          column: 5,
          endLine: 24,
          endColumn: 9,
          severity: 'warning',
          messageId: 'removed',
          data: {
            variant: 'removed',
            path: 'rbac',
            removedIn: '4.0.0',
            onlyV1: false,
            backIn: '4.4.0',
            target: 'chart 4.1.0',
            effect: 'ignored',
            falco: {
              version: '0.37.0',
              pinned: false,
              tag: null
            },
            breaks: null,
            replacement: null,
            suggestions: [],
            mechanical: false
          },
          fix: {
            kind: 'manual',
            description: 'delete rbac'
          }
        }
      ] },
    { name: 'the top-level gvisor map on 4.0.0, which moved it under driver', files: { 'a.yaml': helmRelease('4.0.0', 'gvisor:\n  runsc:\n    path: /home/containerd/usr/local/sbin') }, errors: [
        {
          file: 'a.yaml',
          line: 24,
          column: 5,
          endLine: 24,
          endColumn: 11,
          severity: 'warning',
          messageId: 'removed',
          data: {
            variant: 'removed',
            path: 'gvisor',
            removedIn: '4.0.0',
            onlyV1: false,
            backIn: null,
            target: 'chart 4.0.0',
            effect: 'ignored',
            falco: {
              version: '0.37.0',
              pinned: false,
              tag: null
            },
            breaks: null,
            replacement: {
              form: 'move-map',
              to: 'driver',
              note: null,
              parts: [
                {
                  key: 'runsc',
                  to: 'driver.gvisor.runsc',
                  setting: null,
                  shape: null,
                  note: null,
                  drop: false,
                  manual: false
                }
              ]
            },
            suggestions: [],
            mechanical: true
          },
          fix: {
            kind: 'safe',
            description: 'move it to driver'
          }
        }
      ] },
  ],
});
