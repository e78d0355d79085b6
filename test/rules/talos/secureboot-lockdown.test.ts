import { describe, it } from 'vitest';
import { expectSameAlone, helmRelease, writeRepo } from '../../helpers/repo.js';
import { testRule } from '../../helpers/rule-tester.js';

const MODERN = helmRelease('9.1.0', 'driver:\n  kind: modern_ebpf');

/** A talhelper config: Secure Boot installers on three control planes through an alias, a plain one on a worker. */
const installerTalconfig = (version = 'v1.13.7', extra = '') => `talosVersion: ${version}
clusterName: main
endpoint: https://10.10.0.20:6443
nodes:
  - hostname: saga
    controlPlane: true
    talosImageURL: &sb factory.talos.dev/installer-secureboot/56d936e2c7919954cf5e13b2b9c06859ac5475ded8b9878bc63dc0e4bebbf854
  - hostname: eir
    controlPlane: true
    talosImageURL: *sb
  - hostname: skuld
    controlPlane: true
    talosImageURL: *sb
  - hostname: alfheim
    controlPlane: false
    talosImageURL: factory.talos.dev/installer/59fbb820a54701d6aacf45e8f65adeba13a0ee2009cbca30e5b1ae6f4155e581
${extra}`;

/** Secure Boot set on the node groups, schematics without extraKernelArgs on the nodes. */
const groupTalconfig = (args = '') => `clusterName: HomeProd
talosVersion: v1.13.9
controlPlane:
  machineSpec:
    secureboot: true
    useUKI: true
worker:
  machineSpec:
    secureboot: true
nodes:
  - hostname: aviendha
    controlPlane: true
    schematic:
      customization:${args}
        systemExtensions:
          officialExtensions: [siderolabs/i915]
  - hostname: min
    controlPlane: true
  - hostname: mat
    controlPlane: false
`;

const fixedGroups = groupTalconfig(
  '\n        extraKernelArgs: &args\n          - mitigations=off\n          - -lockdown\n          - lockdown=integrity',
)
  .replace(
    '  - hostname: min\n    controlPlane: true\n',
    '  - hostname: min\n    controlPlane: true\n    schematic:\n      customization:\n        extraKernelArgs: *args\n',
  )
  .replace('  - hostname: mat\n    controlPlane: false\n', '');
const argoEbpf =
  'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: falco\n  namespace: argocd\nspec:\n  source:\n    repoURL: https://falcosecurity.github.io/charts\n    chart: falco\n    targetRevision: 8.0.5\n    helm:\n      valuesObject:\n        driver:\n          kind: ebpf\n';
const renamed = (text: string, name: string) =>
  text.replace('name: falco\n  namespace: falco', `name: ${name}\n  namespace: falco`);

// Which Secure Boot nodes a Falco release meets: its nodeSelector, required node affinity and tolerations against the
// labels and taints the Talos config gives its nodes, and which of several clusters it is applied to.

/** Secure Boot on the control planes only (a node group), a plain worker. */
const cpTalconfig = (more = '', cluster = 'main', cpExtra = '', workerExtra = '') => `clusterName: ${cluster}
talosVersion: v1.13.9
endpoint: https://10.0.0.1:6443
${more}controlPlane:
  machineSpec:
    secureboot: true
nodes:
  - hostname: cp1
    controlPlane: true
${cpExtra}  - hostname: w1
    controlPlane: false
${workerExtra}`;
const falco = (values = '') => helmRelease('9.1.0', `driver:\n  kind: modern_ebpf\n${values}`);
const notOnControlPlanes =
  'affinity:\n  nodeAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n      nodeSelectorTerms:\n        - matchExpressions:\n            - key: node-role.kubernetes.io/control-plane\n              operator: DoesNotExist';
const tainted = '    nodeTaints:\n      dedicated: gpu:NoSchedule\n';
const labelled = '    nodeLabels:\n      zone: a\n';
const bothGroups = `clusterName: main
talosVersion: v1.13.9
worker:
  machineSpec:
    secureboot: true
controlPlane:
  machineSpec:
    secureboot: true
nodes:
  - hostname: cp1
    controlPlane: true
  - hostname: w1
    controlPlane: false
  - hostname: w2
    controlPlane: false
`;
const prod = cpTalconfig('', 'prod');
const lab = cpTalconfig('', 'lab');

testRule('talos/secureboot-lockdown', {
  valid: [
    {
      name: 'the override in place on every Secure Boot node, through an alias too',
      files: { 'talos/talconfig.yaml': fixedGroups, 'falco.yaml': MODERN },
    },
    {
      name: 'Talos 1.14, which no longer adds lockdown=confidentiality',
      files: { 'talos/talconfig.yaml': groupTalconfig().replace('v1.13.9', 'v1.14.0'), 'falco.yaml': MODERN },
    },
    { name: 'no Falco release', files: { 'talos/talconfig.yaml': groupTalconfig() } },
    {
      name: 'a Falco release on the kernel module (talos/secureboot-kmod says so)',
      files: { 'talos/talconfig.yaml': groupTalconfig(), 'falco.yaml': helmRelease('9.1.0', 'driver:\n  kind: kmod') },
    },
    {
      name: 'a Falco release with the driver disabled',
      files: {
        'talos/talconfig.yaml': groupTalconfig(),
        'falco.yaml': helmRelease('9.1.0', 'driver:\n  enabled: false'),
      },
    },
    {
      name: 'no Secure Boot',
      files: {
        'talos/talconfig.yaml': groupTalconfig().replaceAll('secureboot: true', 'secureboot: false'),
        'falco.yaml': MODERN,
      },
    },
    {
      // helmvet cannot tell that the installer is not built from that schematic.
      name: 'a Secure Boot installer named by ID, and a schematic of the repository that removes confidentiality',
      files: {
        'talos/talconfig.yaml': installerTalconfig(),
        'talos/schematic.yaml': 'customization:\n  extraKernelArgs:\n    - -lockdown\n    - lockdown=integrity\n',
        'falco.yaml': MODERN,
      },
    },
    {
      name: 'a talenv.yaml beside the talconfig gives Talos 1.14.0',
      files: {
        'talos/talconfig.yaml': installerTalconfig('"${talosVersion}"'),
        'talos/talenv.yaml': 'talosVersion: v1.14.0\n',
        'falco.yaml': MODERN,
      },
    },
    // Scheduling: the release's pods never reach the Secure Boot nodes.
    {
      name: 'a required node affinity that keeps Falco off the Secure Boot control planes',
      files: { 'talos/talconfig.yaml': cpTalconfig(), 'falco.yaml': falco(notOnControlPlanes) },
    },
    {
      name: 'tolerations that replace the default do not tolerate the control-plane taint',
      files: { 'talos/talconfig.yaml': cpTalconfig(), 'falco.yaml': falco('tolerations: []') },
    },
    {
      name: 'a taint set in talhelper nodeTaints that Falco does not tolerate',
      files: { 'talos/talconfig.yaml': cpTalconfig('', 'main', tainted), 'falco.yaml': falco() },
    },
    {
      name: 'a taint set by a patch that Falco does not tolerate',
      files: {
        'talos/talconfig.yaml': cpTalconfig('', 'main', '    patches:\n      - "@./patches/taint.yaml"\n'),
        'talos/patches/taint.yaml': 'machine:\n  nodeTaints:\n    dedicated: gpu:NoExecute\n',
        'falco.yaml': falco(),
      },
    },
    {
      name: 'a nodeSelector on the hostname of the plain worker',
      files: {
        'talos/talconfig.yaml': cpTalconfig(),
        'falco.yaml': falco('nodeSelector:\n  kubernetes.io/hostname: w1'),
      },
    },
    {
      name: 'a nodeSelector on a label the node carries with another value',
      files: {
        'talos/talconfig.yaml': cpTalconfig('', 'main', labelled),
        'falco.yaml': falco('nodeSelector:\n  zone: b'),
      },
    },
  ],
  invalid: [
    {
      name: 'an aliased Secure Boot installer URL, no schematic in the repository removing lockdown: one error at the anchor',
      files: { 'talos/talconfig.yaml': installerTalconfig(), 'falco.yaml': MODERN },
      errors: [
        {
          file: 'talos/talconfig.yaml',
          line: 7,
          column: 24,
          endLine: 7,
          endColumn: 127,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.13.7',
            via: null,
            raw: 'v1.13.7',
            declaredBy: 'talosImageURL',
            nodes: ['saga', 'eir', 'skuld'],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
            ],
            known: true,
            setByList: false,
            negationKept: false,
            installerId: '56d936e2c791',
            hasArgsList: false,
          },
        },
      ],
    },
    {
      name: 'Secure Boot on node groups, the chart default driver (auto): an error at each secureboot: true',
      files: { 'talos/talconfig.yaml': groupTalconfig(), 'falco.yaml': helmRelease('5.0.3') },
      errors: [
        {
          file: 'talos/talconfig.yaml',
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 21,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['aviendha', 'min'],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'falco.yaml:18',
                field: 'driver.kind',
                value: 'auto',
                defaultOf: '5.0.3',
                driver: 'auto',
              },
            ],
            known: true,
            setByList: false,
            negationKept: false,
            installerId: null,
            hasArgsList: false,
          },
        },
        {
          file: 'talos/talconfig.yaml',
          line: 9,
          column: 17,
          endLine: 9,
          endColumn: 21,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['mat'],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'falco.yaml:18',
                field: 'driver.kind',
                value: 'auto',
                defaultOf: '5.0.3',
                driver: 'auto',
              },
            ],
            known: true,
            setByList: false,
            negationKept: false,
            installerId: null,
            hasArgsList: false,
          },
        },
      ],
    },
    {
      name: 'an extraKernelArgs list that does not remove confidentiality: the error of that node is at the list',
      files: {
        'talos/talconfig.yaml': groupTalconfig('\n        extraKernelArgs: [lockdown=integrity]'),
        'falco.yaml': MODERN,
      },
      errors: [
        {
          file: 'talos/talconfig.yaml',
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 21,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['min'],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
            ],
            known: true,
            setByList: false,
            negationKept: false,
            installerId: null,
            hasArgsList: false,
          },
        },
        {
          file: 'talos/talconfig.yaml',
          line: 9,
          column: 17,
          endLine: 9,
          endColumn: 21,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['mat'],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
            ],
            known: true,
            setByList: false,
            negationKept: false,
            installerId: null,
            hasArgsList: false,
          },
        },
        {
          file: 'talos/talconfig.yaml',
          line: 15,
          column: 26,
          endLine: 15,
          endColumn: 46,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['aviendha'],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
            ],
            known: true,
            setByList: false,
            negationKept: false,
            installerId: null,
            hasArgsList: true,
          },
        },
      ],
    },
    {
      name: 'a list that removes the default and sets confidentiality again',
      files: {
        'talos/talconfig.yaml': groupTalconfig('\n        extraKernelArgs: [-lockdown, lockdown=confidentiality]'),
        'falco.yaml': MODERN,
      },
      errors: [
        {
          file: 'talos/talconfig.yaml',
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 21,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['min'],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
            ],
            known: true,
            setByList: false,
            negationKept: false,
            installerId: null,
            hasArgsList: false,
          },
        },
        {
          file: 'talos/talconfig.yaml',
          line: 9,
          column: 17,
          endLine: 9,
          endColumn: 21,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['mat'],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
            ],
            known: true,
            setByList: false,
            negationKept: false,
            installerId: null,
            hasArgsList: false,
          },
        },
        {
          file: 'talos/talconfig.yaml',
          line: 15,
          column: 26,
          endLine: 15,
          endColumn: 63,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['aviendha'],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
            ],
            known: true,
            setByList: true,
            negationKept: false,
            installerId: null,
            hasArgsList: true,
          },
        },
      ],
    },
    {
      name: 'a Secure Boot schematic whose args do not remove confidentiality: a warning, its Talos unknown',
      files: {
        'schematic.yaml':
          'customization:\n  extraKernelArgs:\n    - -lockdown=integrity\n  secureboot:\n    includeWellKnownCertificates: true\n',
        'falco.yaml': MODERN,
      },
      errors: [
        {
          file: 'schematic.yaml',
          line: 3,
          column: 5,
          endLine: 4,
          endColumn: 1,
          severity: 'warning',
          messageId: 'confidentiality',
          data: {
            talos: null,
            via: null,
            raw: null,
            declaredBy: 'customization.secureboot',
            nodes: [],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
            ],
            known: false,
            setByList: false,
            negationKept: false,
            installerId: null,
            hasArgsList: true,
          },
        },
      ],
    },
    {
      name: 'a machine config installing a Secure Boot installer',
      files: {
        'controlplane.yaml':
          'machine:\n  install:\n    image: factory.talos.dev/metal-installer-secureboot/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef:v1.11.5\n',
        'falco.yaml': MODERN,
      },
      errors: [
        {
          file: 'controlplane.yaml',
          line: 3,
          column: 12,
          endLine: 3,
          endColumn: 129,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.11.5',
            via: null,
            raw: 'v1.11.5',
            declaredBy: 'machine.install.image',
            nodes: [],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
            ],
            known: true,
            setByList: false,
            negationKept: false,
            installerId: '0123456789ab',
            hasArgsList: false,
          },
        },
      ],
    },
    {
      name: 'a Talos version helmvet cannot read: a warning that says so',
      files: { 'talos/talconfig.yaml': installerTalconfig('"${talosVersion}"'), 'falco.yaml': MODERN },
      errors: [
        {
          file: 'talos/talconfig.yaml',
          line: 7,
          column: 24,
          endLine: 7,
          endColumn: 127,
          severity: 'warning',
          messageId: 'confidentiality',
          data: {
            talos: null,
            via: null,
            raw: '${talosVersion}',
            declaredBy: 'talosImageURL',
            nodes: ['saga', 'eir', 'skuld'],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
            ],
            known: false,
            setByList: false,
            negationKept: false,
            installerId: '56d936e2c791',
            hasArgsList: false,
          },
        },
      ],
    },
    {
      name: 'a talenv.yaml beside the talconfig gives Talos 1.12.4: an error that names it',
      files: {
        'talos/talconfig.yaml': installerTalconfig('"${talosVersion}"'),
        'talos/talenv.yaml': 'talosVersion: v1.12.4\n',
        'falco.yaml': MODERN,
      },
      errors: [
        {
          file: 'talos/talconfig.yaml',
          line: 7,
          column: 24,
          endLine: 7,
          endColumn: 127,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.12.4',
            via: 'talos/talenv.yaml',
            raw: '${talosVersion}',
            declaredBy: 'talosImageURL',
            nodes: ['saga', 'eir', 'skuld'],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
            ],
            known: true,
            setByList: false,
            negationKept: false,
            installerId: '56d936e2c791',
            hasArgsList: false,
          },
        },
      ],
    },
    {
      name: 'every Falco release that loads an eBPF probe is named, and only those',
      files: {
        'talos/talconfig.yaml': installerTalconfig(),
        'a/falco.yaml': MODERN,
        'b/app.yaml': argoEbpf,
        'c/kmod.yaml': renamed(helmRelease('9.1.0', 'driver:\n  kind: kmod'), 'falco-kmod'),
      },
      errors: [
        {
          file: 'talos/talconfig.yaml',
          line: 7,
          column: 24,
          endLine: 7,
          endColumn: 127,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.13.7',
            via: null,
            raw: 'v1.13.7',
            declaredBy: 'talosImageURL',
            nodes: ['saga', 'eir', 'skuld'],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'a/falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
              {
                release: 'Application argocd/falco',
                at: 'b/app.yaml:14',
                field: 'driver.kind',
                value: 'ebpf',
                defaultOf: null,
                driver: 'ebpf',
              },
            ],
            known: true,
            setByList: false,
            negationKept: false,
            installerId: '56d936e2c791',
            hasArgsList: false,
          },
        },
      ],
    },
    {
      name: 'Talos before 1.6 keeps a "-" argument as written: the list does not remove it',
      files: {
        'talos/talconfig.yaml': groupTalconfig('\n        extraKernelArgs: [-lockdown, lockdown=integrity]').replace(
          'v1.13.9',
          'v1.5.5',
        ),
        'falco.yaml': MODERN,
      },
      errors: [
        {
          file: 'talos/talconfig.yaml',
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 21,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.5.5',
            via: null,
            raw: 'v1.5.5',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['min'],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
            ],
            known: true,
            setByList: false,
            negationKept: true,
            installerId: null,
            hasArgsList: false,
          },
        },
        {
          file: 'talos/talconfig.yaml',
          line: 9,
          column: 17,
          endLine: 9,
          endColumn: 21,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.5.5',
            via: null,
            raw: 'v1.5.5',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['mat'],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
            ],
            known: true,
            setByList: false,
            negationKept: true,
            installerId: null,
            hasArgsList: false,
          },
        },
        {
          file: 'talos/talconfig.yaml',
          line: 15,
          column: 26,
          endLine: 15,
          endColumn: 57,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.5.5',
            via: null,
            raw: 'v1.5.5',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['aviendha'],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
            ],
            known: true,
            setByList: false,
            negationKept: true,
            installerId: null,
            hasArgsList: true,
          },
        },
      ],
    },
    // Scheduling: the Secure Boot nodes the release's pods can be scheduled on.
    {
      name: 'the chart default tolerates the control-plane taint: the Secure Boot control plane is met',
      files: { 'talos/talconfig.yaml': cpTalconfig(), 'falco.yaml': falco() },
      errors: [
        {
          file: 'talos/talconfig.yaml',
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 21,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['cp1'],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
            ],
            known: true,
            setByList: false,
            negationKept: false,
            installerId: null,
            hasArgsList: false,
          },
        },
      ],
    },
    {
      name: 'tolerations that replace the default, on a cluster that allows scheduling on control planes',
      files: {
        'talos/talconfig.yaml': cpTalconfig('allowSchedulingOnControlPlanes: true\n'),
        'falco.yaml': falco('tolerations: []'),
      },
      errors: [
        {
          file: 'talos/talconfig.yaml',
          line: 7,
          column: 17,
          endLine: 7,
          endColumn: 21,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['cp1'],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
            ],
            known: true,
            setByList: false,
            negationKept: false,
            installerId: null,
            hasArgsList: false,
          },
        },
      ],
    },
    {
      name: 'a node taint that Falco tolerates',
      files: {
        'talos/talconfig.yaml': cpTalconfig('', 'main', tainted),
        'falco.yaml': falco('tolerations:\n  - operator: Exists'),
      },
      errors: [
        {
          file: 'talos/talconfig.yaml',
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 21,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['cp1'],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
            ],
            known: true,
            setByList: false,
            negationKept: false,
            installerId: null,
            hasArgsList: false,
          },
        },
      ],
    },
    {
      name: 'a nodeSelector on a label the node carries with that value',
      files: {
        'talos/talconfig.yaml': cpTalconfig('', 'main', labelled),
        'falco.yaml': falco('nodeSelector:\n  zone: a'),
      },
      errors: [
        {
          file: 'talos/talconfig.yaml',
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 21,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['cp1'],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
            ],
            known: true,
            setByList: false,
            negationKept: false,
            installerId: null,
            hasArgsList: false,
          },
        },
      ],
    },
    {
      // node-feature-discovery or kubectl may set it on the cluster: the node may match.
      name: 'a nodeSelector on a label helmvet does not see',
      files: {
        'talos/talconfig.yaml': cpTalconfig(),
        'falco.yaml': falco('nodeSelector:\n  feature.node.kubernetes.io/cpu: "true"'),
      },
      errors: [
        {
          file: 'talos/talconfig.yaml',
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 21,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['cp1'],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
            ],
            known: true,
            setByList: false,
            negationKept: false,
            installerId: null,
            hasArgsList: false,
          },
        },
      ],
    },
    {
      name: 'Secure Boot on the workers as well: only the nodes the release can run on are named',
      files: { 'talos/talconfig.yaml': bothGroups, 'falco.yaml': falco(notOnControlPlanes) },
      errors: [
        {
          file: 'talos/talconfig.yaml',
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 21,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['w1', 'w2'],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
            ],
            known: true,
            setByList: false,
            negationKept: false,
            installerId: null,
            hasArgsList: false,
          },
        },
      ],
    },
    // Several clusters in one repository.
    {
      name: 'a release is paired with the cluster its path names, not with the other',
      files: {
        'talos/prod/talconfig.yaml': prod,
        'talos/lab/talconfig.yaml': lab,
        'clusters/prod/apps/falco.yaml': falco(),
      },
      errors: [
        {
          file: 'talos/prod/talconfig.yaml',
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 21,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['cp1'],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'clusters/prod/apps/falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
            ],
            known: true,
            setByList: false,
            negationKept: false,
            installerId: null,
            hasArgsList: false,
          },
        },
      ],
    },
    {
      name: "the lab release keeps off the control planes: lab's Secure Boot nodes are met by nothing",
      files: {
        'talos/prod/talconfig.yaml': prod,
        'talos/lab/talconfig.yaml': lab,
        'clusters/prod/apps/falco.yaml': falco(),
        'clusters/lab/apps/falco.yaml': renamed(falco(notOnControlPlanes), 'falco-lab'),
      },
      errors: [
        {
          file: 'talos/prod/talconfig.yaml',
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 21,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['cp1'],
            unsure: [],
            clusters: [],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'clusters/prod/apps/falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
            ],
            known: true,
            setByList: false,
            negationKept: false,
            installerId: null,
            hasArgsList: false,
          },
        },
      ],
    },
    {
      name: 'where the repository does not tell the cluster, each is paired and the finding says so',
      files: { 'talos/prod/talconfig.yaml': prod, 'talos/lab/talconfig.yaml': lab, 'apps/falco.yaml': falco() },
      errors: [
        {
          file: 'talos/lab/talconfig.yaml',
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 21,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['cp1'],
            unsure: ['HelmRelease falco/falco'],
            clusters: ['lab', 'prod'],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'apps/falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
            ],
            known: true,
            setByList: false,
            negationKept: false,
            installerId: null,
            hasArgsList: false,
          },
        },
        {
          file: 'talos/prod/talconfig.yaml',
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 21,
          severity: 'error',
          messageId: 'confidentiality',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['cp1'],
            unsure: ['HelmRelease falco/falco'],
            clusters: ['lab', 'prod'],
            releases: [
              {
                release: 'HelmRelease falco/falco',
                at: 'apps/falco.yaml:25',
                field: 'driver.kind',
                value: 'modern_ebpf',
                defaultOf: null,
                driver: 'modern_ebpf',
              },
            ],
            known: true,
            setByList: false,
            negationKept: false,
            installerId: null,
            hasArgsList: false,
          },
        },
      ],
    },
  ],
});

describe('talos/secureboot-lockdown: each file linted alone gets what the whole repository gives it', () => {
  it('nodes met or not by their taints and the release affinity', () => {
    const dir = writeRepo({
      'talos/talconfig.yaml': cpTalconfig('', 'main', tainted),
      'falco.yaml': falco(),
      'other/falco.yaml': renamed(falco(notOnControlPlanes), 'falco2'),
    });
    expectSameAlone(dir, ['talos/talconfig.yaml', 'falco.yaml', 'other/falco.yaml']);
  });

  it('several clusters, a release the path pairs and one it does not', () => {
    const dir = writeRepo({
      'talos/prod/talconfig.yaml': prod,
      'talos/lab/talconfig.yaml': lab,
      'clusters/prod/apps/falco.yaml': falco(),
      'apps/falco.yaml': renamed(falco(), 'x'),
    });
    expectSameAlone(dir, [
      'talos/prod/talconfig.yaml',
      'talos/lab/talconfig.yaml',
      'clusters/prod/apps/falco.yaml',
      'apps/falco.yaml',
    ]);
  });
});
