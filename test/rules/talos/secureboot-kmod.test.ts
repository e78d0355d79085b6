import { helmRelease } from '../../helpers/repo.js';
import { testRule } from '../../helpers/rule-tester.js';

const TALCONFIG = `clusterName: home
talosVersion: v1.13.9
worker:
  machineSpec:
    secureboot: true
nodes:
  - hostname: w1
    controlPlane: false
    schematic:
      customization:
        extraKernelArgs: ["-lockdown", "lockdown=integrity"]
`;
const kmod = helmRelease('9.1.0', 'driver:\n  kind: kmod');

// Which Secure Boot nodes a kernel-module release meets (as for talos/secureboot-lockdown): Secure Boot on the
// control planes only, a plain worker.
const cpTalconfig = (cluster = 'main') => `clusterName: ${cluster}
talosVersion: v1.13.9
endpoint: https://10.0.0.1:6443
controlPlane:
  machineSpec:
    secureboot: true
nodes:
  - hostname: cp1
    controlPlane: true
  - hostname: w1
    controlPlane: false
`;
const notOnControlPlanes =
  'affinity:\n  nodeAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n      nodeSelectorTerms:\n        - matchExpressions:\n            - key: node-role.kubernetes.io/control-plane\n              operator: DoesNotExist';

testRule('talos/secureboot-kmod', {
  valid: [
    {
      name: 'driver.kind modern_ebpf',
      files: { 'talconfig.yaml': TALCONFIG, 'falco.yaml': helmRelease('9.1.0', 'driver:\n  kind: modern_ebpf') },
    },
    {
      name: 'the driver disabled, its kind kmod',
      files: {
        'talconfig.yaml': TALCONFIG,
        'falco.yaml': helmRelease('9.1.0', 'driver:\n  enabled: false\n  kind: kmod'),
      },
    },
    {
      name: 'the chart default auto (9.1.0)',
      files: { 'talconfig.yaml': TALCONFIG, 'falco.yaml': helmRelease('9.1.0') },
    },
    {
      name: 'no Secure Boot',
      files: { 'talconfig.yaml': TALCONFIG.replace('secureboot: true', 'secureboot: false'), 'falco.yaml': kmod },
    },
    { name: 'no Talos config in the repository', files: { 'falco.yaml': helmRelease('4.3.1') } },
    {
      name: 'a kernel-module release kept off the Secure Boot control planes by a required node affinity',
      files: {
        'talos/talconfig.yaml': cpTalconfig(),
        'falco.yaml': helmRelease('9.1.0', `driver:\n  kind: kmod\n${notOnControlPlanes}`),
      },
    },
  ],
  invalid: [
    {
      name: 'driver.kind kmod with Secure Boot in the repository: an error at the driver, whatever the lockdown args',
      files: { 'talconfig.yaml': TALCONFIG, 'falco.yaml': kmod },
      errors: [
        {
          file: 'falco.yaml',
          line: 25,
          column: 13,
          endLine: 25,
          endColumn: 17,
          severity: 'error',
          messageId: 'kmod',
          data: {
            release: 'HelmRelease falco/falco',
            at: 'falco.yaml:25',
            field: 'driver.kind',
            value: 'kmod',
            defaultOf: null,
            driver: 'kmod',
            unsure: [],
            clusters: [],
            secureBootAt: 'talconfig.yaml:5',
            nodes: ['w1'],
            lockdownUntil: '1.14',
          },
        },
      ],
    },
    {
      name: 'the chart default module (3.1.2): an error at the version',
      files: { 'talconfig.yaml': TALCONFIG, 'falco.yaml': helmRelease('3.1.2', 'ebpf:\n  enabled: true') },
      errors: [
        {
          file: 'falco.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'error',
          messageId: 'kmod',
          data: {
            release: 'HelmRelease falco/falco',
            at: 'falco.yaml:18',
            field: 'driver.kind',
            value: 'module',
            defaultOf: '3.1.2',
            driver: 'kmod',
            unsure: [],
            clusters: [],
            secureBootAt: 'talconfig.yaml:5',
            nodes: ['w1'],
            lockdownUntil: '1.14',
          },
        },
      ],
    },
    {
      name: 'the chart default kmod (4.3.1): an error at the version',
      files: { 'talconfig.yaml': TALCONFIG, 'falco.yaml': helmRelease('4.3.1') },
      errors: [
        {
          file: 'falco.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'error',
          messageId: 'kmod',
          data: {
            release: 'HelmRelease falco/falco',
            at: 'falco.yaml:18',
            field: 'driver.kind',
            value: 'kmod',
            defaultOf: '4.3.1',
            driver: 'kmod',
            unsure: [],
            clusters: [],
            secureBootAt: 'talconfig.yaml:5',
            nodes: ['w1'],
            lockdownUntil: '1.14',
          },
        },
      ],
    },
    {
      name: 'the chart default tolerations: the Secure Boot control plane is met',
      files: { 'talos/talconfig.yaml': cpTalconfig(), 'falco.yaml': kmod },
      errors: [
        {
          file: 'falco.yaml',
          line: 25,
          column: 13,
          endLine: 25,
          endColumn: 17,
          severity: 'error',
          messageId: 'kmod',
          data: {
            release: 'HelmRelease falco/falco',
            at: 'falco.yaml:25',
            field: 'driver.kind',
            value: 'kmod',
            defaultOf: null,
            driver: 'kmod',
            unsure: [],
            clusters: [],
            secureBootAt: 'talos/talconfig.yaml:6',
            nodes: ['cp1'],
            lockdownUntil: '1.14',
          },
        },
      ],
    },
    {
      name: 'two clusters and nothing that tells which one the release is applied to: paired with each, and said',
      files: {
        'talos/prod/talconfig.yaml': cpTalconfig('prod'),
        'talos/lab/talconfig.yaml': cpTalconfig('lab'),
        'apps/falco.yaml': kmod,
      },
      errors: [
        {
          file: 'apps/falco.yaml',
          line: 25,
          column: 13,
          endLine: 25,
          endColumn: 17,
          severity: 'error',
          messageId: 'kmod',
          data: {
            release: 'HelmRelease falco/falco',
            at: 'apps/falco.yaml:25',
            field: 'driver.kind',
            value: 'kmod',
            defaultOf: null,
            driver: 'kmod',
            unsure: ['HelmRelease falco/falco'],
            clusters: ['lab', 'prod'],
            secureBootAt: 'talos/lab/talconfig.yaml:6',
            nodes: ['cp1', 'cp1'],
            lockdownUntil: '1.14',
          },
        },
      ],
    },
  ],
});
