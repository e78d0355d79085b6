import { testRule } from '../../helpers/rule-tester.js';
import { secureBootNode } from '../../helpers/talos.js';

const node = secureBootNode;

testRule('talos/lockdown-removed', {
  valid: [
    { name: '"-lockdown" followed by lockdown=integrity', files: node(['-lockdown', 'lockdown=integrity']) },
    {
      name: 'a second "-lockdown" after lockdown=integrity is grouped under the first',
      files: node(['-lockdown', 'lockdown=integrity', '-lockdown']),
    },
    { name: 'Talos 1.14, which adds no lockdown to remove', files: node(['-lockdown'], 'v1.14.1') },
    // These leave confidentiality in place: talos/lockdown-no-effect says so, not this rule.
    { name: 'lockdown=integrity without "-lockdown"', files: node(['apparmor=0', 'lockdown=integrity']) },
    { name: '"-lockdown=integrity" alone, which deletes nothing', files: node(['-lockdown=integrity']) },
    { name: 'before Talos 1.6, where "-lockdown" is kept as written', files: node(['-lockdown'], 'v1.5.5') },
  ],
  invalid: [
    {
      name: '"-lockdown" with nothing after it: a Secure Boot node without lockdown',
      files: node(['-lockdown']),
      errors: [
        {
          file: 'talconfig.yaml',
          line: 11,
          column: 13,
          endLine: 11,
          endColumn: 22,
          severity: 'warning',
          messageId: 'noLockdown',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['cp1'],
            arg: '-lockdown',
            foldedAfter: [],
            removedBefore: [],
          },
        },
      ],
    },
    {
      name: 'the falco#3416 list: the "-lockdown=integrity" after "-lockdown" removes nothing',
      files: node(['-lockdown', '-lockdown=integrity']),
      errors: [
        {
          file: 'talconfig.yaml',
          line: 11,
          column: 13,
          endLine: 11,
          endColumn: 22,
          severity: 'warning',
          messageId: 'noLockdown',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['cp1'],
            arg: '-lockdown',
            foldedAfter: ['-lockdown=integrity'],
            removedBefore: [],
          },
        },
      ],
    },
    {
      name: 'lockdown=integrity written before "-lockdown" is removed by it',
      files: node(['lockdown=integrity', '-lockdown']),
      errors: [
        {
          file: 'talconfig.yaml',
          line: 12,
          column: 13,
          endLine: 12,
          endColumn: 22,
          severity: 'warning',
          messageId: 'noLockdown',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['cp1'],
            arg: '-lockdown',
            foldedAfter: [],
            removedBefore: ['lockdown=integrity'],
          },
        },
      ],
    },
    {
      name: '"-lockdown=confidentiality" removes the default too; an unknown Talos version says so',
      files: node(['-lockdown=confidentiality'], '"${TALOS_VERSION}"'),
      errors: [
        {
          file: 'talconfig.yaml',
          line: 11,
          column: 13,
          endLine: 11,
          endColumn: 38,
          severity: 'warning',
          messageId: 'noLockdown',
          data: {
            talos: null,
            via: null,
            raw: '${TALOS_VERSION}',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['cp1'],
            arg: '-lockdown=confidentiality',
            foldedAfter: [],
            removedBefore: [],
          },
        },
      ],
    },
    {
      name: 'a Secure Boot schematic names no nodes',
      files: {
        'schematic.yaml':
          'customization:\n  extraKernelArgs:\n    - -lockdown\n  secureboot:\n    includeWellKnownCertificates: true\n',
      },
      errors: [
        {
          file: 'schematic.yaml',
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 16,
          severity: 'warning',
          messageId: 'noLockdown',
          data: {
            talos: null,
            via: null,
            raw: null,
            declaredBy: 'customization.secureboot',
            nodes: [],
            arg: '-lockdown',
            foldedAfter: [],
            removedBefore: [],
          },
        },
      ],
    },
  ],
});
