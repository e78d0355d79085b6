import { describe, expect, it } from 'vitest';
import { located, lintRepo } from '../../helpers/repo.js';

const RULE = 'talos/install-kernel-args-ignored';
const lintRule = (files: Record<string, string>) => located(lintRepo(files), RULE);

const WHY =
  'A Secure Boot node boots a signed UKI whose kernel command line is part of the signature, so Talos does not apply install.extraKernelArgs there (from Talos 1.10 they are ignored under systemd-boot, the UEFI default, and from 1.12 the field is deprecated). ' +
  'Put the args in the schematic the installer is built from: customization.extraKernelArgs: ["-lockdown", "lockdown=integrity"].';

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

describe(RULE, () => {
  it('a machine config that installs a Secure Boot installer: a warning at the first lockdown arg', () => {
    expect(lintRule({ 'cp.yaml': patch('factory.talos.dev/metal-installer-secureboot/abc:v1.13.9') })).toEqual([
      {
        ruleId: RULE,
        severity: 'warning',
        file: 'cp.yaml',
        line: 6,
        column: 9,
        endLine: 6,
        endColumn: 18,
        message: `machine.install.extraKernelArgs "-lockdown", "lockdown=integrity" never reach the kernel here: this config installs the Secure Boot installer factory.talos.dev/metal-installer-secureboot/abc:v1.13.9. ${WHY}`,
      },
    ]);
  });

  it('a patch a talconfig applies to a Secure Boot node', () => {
    expect(lintRule({ 'talos/talconfig.yaml': talconfig(true), 'talos/patches/install.yaml': patch() })).toEqual([
      expect.objectContaining({
        file: 'talos/patches/install.yaml',
        line: 5,
        message: `machine.install.extraKernelArgs "-lockdown", "lockdown=integrity" never reach the kernel here: talos/talconfig.yaml applies this patch to Secure Boot node cp1. ${WHY}`,
      }),
    ]);
  });

  it('a "-lockdown" in a repository that installs Talos with Secure Boot, in a patch nothing references', () => {
    const files = { 'talos/talconfig.yaml': talconfig(true).replace(/\n(worker|controlPlane):\n {2}patches:\n {4}- "@.\/patches\/install.yaml"/g, ''), 'talos/old/install.yaml': 'machine:\n  install:\n    extraKernelArgs: ["-lockdown"]\n' };
    expect(lintRule(files)).toEqual([
      expect.objectContaining({
        line: 3,
        column: 23,
        message: `machine.install.extraKernelArgs "-lockdown" never reaches the kernel here: this repository installs Talos with Secure Boot (talos/talconfig.yaml:7), the only kernel where "-lockdown" matters. ${WHY}`,
      }),
    ]);
  });

  it('passes: no Secure Boot, args that are not about lockdown, lockdown=integrity alone in a patch nobody applies', () => {
    expect(lintRule({ 'talos/talconfig.yaml': talconfig(false), 'talos/patches/install.yaml': patch() })).toEqual([]);
    expect(lintRule({ 'cp.yaml': patch('factory.talos.dev/metal-installer/abc:v1.13.9') })).toEqual([]);
    expect(lintRule({ 'cp.yaml': 'machine:\n  install:\n    image: factory.talos.dev/installer-secureboot/abc:v1.9.0\n    extraKernelArgs: [net.ifnames=0, mitigations=off]\n' })).toEqual([]);
    expect(lintRule({ 'talos/talconfig.yaml': talconfig(true), 'other/install.yaml': 'machine:\n  install:\n    extraKernelArgs: [lockdown=integrity]\n' })).toEqual([]);
  });
});
