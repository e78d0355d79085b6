import { describe, expect, it } from 'vitest';
import { lintRepo } from '../../helpers/repo.js';
import { testRule } from '../../helpers/rule-tester.js';
import { secureBootNode, secureBootTalconfig } from '../../helpers/talos.js';

const node = secureBootNode;

testRule('talos/lockdown-no-effect', {
  valid: [
    { name: 'the override: "-lockdown" then lockdown=integrity', files: node(['-lockdown', 'lockdown=integrity']) },
    { name: 'Talos 1.14, which adds no lockdown to lower', files: node(['lockdown=integrity'], 'v1.14.0') },
    { name: 'args that are not about lockdown', files: node(['apparmor=0', '-selinux']) },
    {
      name: 'a node without Secure Boot',
      files: {
        'talconfig.yaml': secureBootTalconfig(['lockdown=integrity']).replace('secureboot: true', 'secureboot: false'),
      },
    },
    // A schematic on its own is not known to be for Secure Boot: lockdown=integrity raises a non-Secure Boot kernel to integrity.
    {
      name: 'a schematic on its own, not known to be for Secure Boot',
      files: { 'schematic.yaml': 'customization:\n  extraKernelArgs: [lockdown=integrity]\n' },
    },
    // These remove all lockdown: talos/lockdown-removed says so, not this rule.
    { name: '"-lockdown" with nothing after it', files: node(['-lockdown']) },
    {
      name: 'the falco#3416 list: "-lockdown" and a "-lockdown=integrity" grouped under it',
      files: node(['-lockdown', '-lockdown=integrity']),
    },
  ],
  invalid: [
    {
      name: 'lockdown=integrity without "-lockdown" before it: confidentiality stays',
      files: node(['apparmor=0', 'lockdown=integrity']),
      errors: [
        {
          file: 'talconfig.yaml',
          line: 12,
          column: 13,
          endLine: 12,
          endColumn: 31,
          severity: 'warning',
          messageId: 'appended',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['cp1'],
            arg: 'lockdown=integrity',
            into: null,
            negatedSince: '1.6.0',
          },
        },
      ],
    },
    {
      name: '"-lockdown=integrity" alone deletes nothing',
      files: node(['-lockdown=integrity']),
      errors: [
        {
          file: 'talconfig.yaml',
          line: 11,
          column: 13,
          endLine: 11,
          endColumn: 32,
          severity: 'warning',
          messageId: 'deleted-nothing',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['cp1'],
            arg: '-lockdown=integrity',
            into: null,
            negatedSince: '1.6.0',
          },
        },
      ],
    },
    {
      name: 'a "-lockdown" after "-lockdown=integrity" joins its group and deletes nothing either',
      files: node(['-lockdown=integrity', '-lockdown']),
      errors: [
        {
          file: 'talconfig.yaml',
          line: 11,
          column: 13,
          endLine: 11,
          endColumn: 32,
          severity: 'warning',
          messageId: 'deleted-nothing',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['cp1'],
            arg: '-lockdown=integrity',
            into: null,
            negatedSince: '1.6.0',
          },
        },
        {
          file: 'talconfig.yaml',
          line: 12,
          column: 13,
          endLine: 12,
          endColumn: 22,
          severity: 'warning',
          messageId: 'folded',
          data: {
            talos: '1.13.9',
            via: null,
            raw: 'v1.13.9',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['cp1'],
            arg: '-lockdown',
            into: '-lockdown=integrity',
            negatedSince: '1.6.0',
          },
        },
      ],
    },
    {
      name: 'before Talos 1.6 a "-" argument is kept as written',
      files: node(['-lockdown', 'lockdown=integrity'], 'v1.5.5'),
      errors: [
        {
          file: 'talconfig.yaml',
          line: 11,
          column: 13,
          endLine: 11,
          endColumn: 22,
          severity: 'warning',
          messageId: 'literal',
          data: {
            talos: '1.5.5',
            via: null,
            raw: 'v1.5.5',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['cp1'],
            arg: '-lockdown',
            into: null,
            negatedSince: '1.6.0',
          },
        },
        {
          file: 'talconfig.yaml',
          line: 12,
          column: 13,
          endLine: 12,
          endColumn: 31,
          severity: 'warning',
          messageId: 'appended',
          data: {
            talos: '1.5.5',
            via: null,
            raw: 'v1.5.5',
            declaredBy: 'machineSpec.secureboot',
            nodes: ['cp1'],
            arg: 'lockdown=integrity',
            into: null,
            negatedSince: '1.6.0',
          },
        },
      ],
    },
    {
      name: 'a Secure Boot schematic, whose Talos version is unknown: the caveat is said',
      files: {
        'schematic.yaml':
          'customization:\n  extraKernelArgs:\n    - lockdown=integrity\n  secureboot:\n    includeWellKnownCertificates: true\n',
      },
      errors: [
        {
          file: 'schematic.yaml',
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 25,
          severity: 'warning',
          messageId: 'appended',
          data: {
            talos: null,
            via: null,
            raw: null,
            declaredBy: 'customization.secureboot',
            nodes: [],
            arg: 'lockdown=integrity',
            into: null,
            negatedSince: '1.6.0',
          },
        },
      ],
    },
  ],
});

describe('talos/lockdown-no-effect: a schematic on its own', () => {
  it('no talos/ rule reports lockdown=integrity in a schematic not known to be for Secure Boot', () => {
    const r = lintRepo({ 'schematic.yaml': 'customization:\n  extraKernelArgs: [lockdown=integrity]\n' });
    expect(r.findings.filter((f) => f.ruleId.startsWith('talos/')).map((f) => f.ruleId)).toEqual([]);
  });
});
