import { testRule } from '../../helpers/rule-tester.js';

const patch = (image = '') => `machine:
  install:${image ? `\n    image: ${image}` : ''}
    extraKernelArgs:
      - net.ifnames=0
      - -lockdown
      - lockdown=integrity
`;
const talconfig = (secureboot: boolean) => `clusterName: home
talosVersion: v1.13.9
nodes:
  - hostname: cp1
    controlPlane: true
    machineSpec:
      secureboot: ${secureboot}
worker:
  patches:
    - "@./patches/install.yaml"
controlPlane:
  patches:
    - "@./patches/install.yaml"
`;
const unpatched = talconfig(true).replace(
  /\n(worker|controlPlane):\n {2}patches:\n {4}- "@.\/patches\/install.yaml"/g,
  '',
);

testRule('talos/install-kernel-args-ignored', {
  valid: [
    {
      name: 'a patch a talconfig applies to a node without Secure Boot',
      files: { 'talos/talconfig.yaml': talconfig(false), 'talos/patches/install.yaml': patch() },
    },
    {
      name: 'a machine config installing an installer without Secure Boot',
      files: { 'cp.yaml': patch('factory.talos.dev/metal-installer/abc:v1.13.9') },
    },
    {
      name: 'args that are not about lockdown',
      files: {
        'cp.yaml':
          'machine:\n  install:\n    image: factory.talos.dev/installer-secureboot/abc:v1.9.0\n    extraKernelArgs: [net.ifnames=0, mitigations=off]\n',
      },
    },
    {
      name: 'lockdown=integrity alone in a patch nothing applies',
      files: {
        'talos/talconfig.yaml': talconfig(true),
        'other/install.yaml': 'machine:\n  install:\n    extraKernelArgs: [lockdown=integrity]\n',
      },
    },
  ],
  invalid: [
    {
      name: 'a machine config that installs a Secure Boot installer: a warning at the first lockdown arg',
      files: { 'cp.yaml': patch('factory.talos.dev/metal-installer-secureboot/abc:v1.13.9') },
      errors: [
        {
          file: 'cp.yaml',
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 18,
          severity: 'warning',
          messageId: 'ignored',
          data: {
            args: ['-lockdown', 'lockdown=integrity'],
            reason:
              'this config installs the Secure Boot installer factory.talos.dev/metal-installer-secureboot/abc:v1.13.9',
            ignoredSince: '1.10',
            deprecatedSince: '1.12',
          },
        },
      ],
    },
    {
      name: 'a patch a talconfig applies to a Secure Boot node',
      files: { 'talos/talconfig.yaml': talconfig(true), 'talos/patches/install.yaml': patch() },
      errors: [
        {
          file: 'talos/patches/install.yaml',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 18,
          severity: 'warning',
          messageId: 'ignored',
          data: {
            args: ['-lockdown', 'lockdown=integrity'],
            reason: 'talos/talconfig.yaml applies this patch to Secure Boot node cp1',
            ignoredSince: '1.10',
            deprecatedSince: '1.12',
          },
        },
      ],
    },
    {
      name: 'a "-lockdown" in a patch nothing references, in a repository that installs Talos with Secure Boot',
      files: {
        'talos/talconfig.yaml': unpatched,
        'talos/old/install.yaml': 'machine:\n  install:\n    extraKernelArgs: ["-lockdown"]\n',
      },
      errors: [
        {
          file: 'talos/old/install.yaml',
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 34,
          severity: 'warning',
          messageId: 'ignored',
          data: {
            args: ['-lockdown'],
            reason:
              'this repository installs Talos with Secure Boot (talos/talconfig.yaml:7), the only kernel where "-lockdown" matters',
            ignoredSince: '1.10',
            deprecatedSince: '1.12',
          },
        },
      ],
    },
    {
      name: 'a patch a talconfig applies to two Secure Boot nodes',
      files: {
        'talos/talconfig.yaml': talconfig(true).replace(
          'nodes:\n',
          'nodes:\n  - hostname: cp2\n    controlPlane: true\n    machineSpec:\n      secureboot: true\n',
        ),
        'talos/patches/install.yaml': patch(),
      },
      errors: [
        {
          file: 'talos/patches/install.yaml',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 18,
          severity: 'warning',
          messageId: 'ignored',
          data: {
            args: ['-lockdown', 'lockdown=integrity'],
            reason: 'talos/talconfig.yaml applies this patch to Secure Boot nodes cp2, cp1',
            ignoredSince: '1.10',
            deprecatedSince: '1.12',
          },
        },
      ],
    },
  ],
});
