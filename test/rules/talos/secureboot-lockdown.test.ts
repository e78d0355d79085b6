import { describe, expect, it } from 'vitest';
import { helmRelease, located, lintRepo } from '../../helpers/repo.js';

const RULE = 'talos/secureboot-lockdown';
const lintRule = (files: Record<string, string>) => located(lintRepo(files), RULE);

const MODERN = helmRelease('9.1.0', 'driver:\n  kind: modern_ebpf');
const MECHANISM =
  'Confidentiality lockdown withholds the bpf_probe_read helpers from eBPF programs, so HelmRelease falco/falco (falco.yaml:25, driver.kind: modern_ebpf) cannot load the modern eBPF probe and Falco exits with "Initialization issues during scap_init".';
const INTEGRITY = "(integrity lockdown keeps the kernel's integrity protections and allows eBPF tracing).";

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

describe(RULE, () => {
  it('an aliased Secure Boot installer URL with no schematic in the repository removing lockdown: one error at the anchor', () => {
    expect(lintRule({ 'talos/talconfig.yaml': installerTalconfig(), 'falco.yaml': MODERN })).toEqual([
      {
        ruleId: RULE,
        severity: 'error',
        file: 'talos/talconfig.yaml',
        line: 7,
        column: 24,
        endLine: 7,
        endColumn: 127,
        message: `Secure Boot on Talos 1.13.7 adds lockdown=confidentiality to the kernel command line of nodes saga, eir, skuld, installed from this Secure Boot installer, and no schematic in this repository removes it (helmvet cannot see what schematic 56d936e2c791… holds). ${MECHANISM} Build the installer from a schematic with customization.extraKernelArgs: ["-lockdown", "lockdown=integrity"] and use its ID here ${INTEGRITY}`,
      },
    ]);
  });

  it('Secure Boot on node groups with the chart default driver (auto): an error at each secureboot: true', () => {
    const found = lintRule({ 'talos/talconfig.yaml': groupTalconfig(), 'falco.yaml': helmRelease('5.0.3') });
    const auto =
      'Confidentiality lockdown withholds the bpf_probe_read helpers from eBPF programs, so HelmRelease falco/falco (falco.yaml:18, driver.kind auto, the default of chart 5.0.3) cannot load the modern eBPF probe (falcoctl picks it first) and Falco exits with "Initialization issues during scap_init".';
    expect(found).toEqual([
      {
        ruleId: RULE,
        severity: 'error',
        file: 'talos/talconfig.yaml',
        line: 5,
        column: 17,
        endLine: 5,
        endColumn: 21,
        message: `Secure Boot on Talos 1.13.9 adds lockdown=confidentiality to the kernel command line of nodes aviendha, min, and their schematics have no extraKernelArgs that remove it. ${auto} Give these nodes schematic.customization.extraKernelArgs: ["-lockdown", "lockdown=integrity"] ${INTEGRITY}`,
      },
      {
        ruleId: RULE,
        severity: 'error',
        file: 'talos/talconfig.yaml',
        line: 9,
        column: 17,
        endLine: 9,
        endColumn: 21,
        message: `Secure Boot on Talos 1.13.9 adds lockdown=confidentiality to the kernel command line of node mat, and its schematic has no extraKernelArgs that remove it. ${auto} Give this node schematic.customization.extraKernelArgs: ["-lockdown", "lockdown=integrity"] ${INTEGRITY}`,
      },
    ]);
  });

  it('an extraKernelArgs list that does not remove confidentiality: the error is at the list', () => {
    const files = { 'talos/talconfig.yaml': groupTalconfig('\n        extraKernelArgs: [lockdown=integrity]'), 'falco.yaml': MODERN };
    const found = lintRule(files);
    expect(found.map((f) => f.line)).toEqual([5, 9, 15]);
    expect(found[2]).toEqual({
      ruleId: RULE,
      severity: 'error',
      file: 'talos/talconfig.yaml',
      line: 15,
      column: 26,
      endLine: 15,
      endColumn: 46,
      message: `Secure Boot on Talos 1.13.9 adds lockdown=confidentiality to the kernel command line of node aviendha, and this extraKernelArgs list does not remove it. ${MECHANISM} Add "-lockdown" and then "lockdown=integrity" to this list: extraKernelArgs: ["-lockdown", "lockdown=integrity"] ${INTEGRITY}`,
    });
  });

  it('a list that removes the default and sets confidentiality again says so', () => {
    const files = { 'talos/talconfig.yaml': groupTalconfig('\n        extraKernelArgs: [-lockdown, lockdown=confidentiality]'), 'falco.yaml': MODERN };
    expect(lintRule(files).find((f) => f.line === 15)?.message).toMatch(/^Secure Boot on Talos 1\.13\.9 adds lockdown=confidentiality to the kernel command line of node aviendha, and this extraKernelArgs list sets lockdown=confidentiality again after removing it\. /);
  });

  it('a Secure Boot schematic, and a machine config installing a Secure Boot image, are checked too', () => {
    const schematic = 'customization:\n  extraKernelArgs:\n    - -lockdown=integrity\n  secureboot:\n    includeWellKnownCertificates: true\n';
    expect(lintRule({ 'schematic.yaml': schematic, 'falco.yaml': MODERN })).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 3,
        column: 5,
        message: `Secure Boot on Talos before 1.14 adds lockdown=confidentiality to the kernel command line of images built from this schematic (its customization.secureboot options are for Secure Boot images), and its extraKernelArgs do not remove it. ${MECHANISM} Add to the schematic's customization: extraKernelArgs: ["-lockdown", "lockdown=integrity"] ${INTEGRITY} (a schematic does not say which Talos it is built for; Talos 1.14 and newer no longer add lockdown=confidentiality.)`,
      }),
    ]);
    const machine = 'machine:\n  install:\n    image: factory.talos.dev/metal-installer-secureboot/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef:v1.11.5\n';
    expect(lintRule({ 'controlplane.yaml': machine, 'falco.yaml': MODERN })).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 3,
        column: 12,
        message: expect.stringMatching(/^Secure Boot on Talos 1\.11\.5 adds lockdown=confidentiality to the kernel command line of this Secure Boot installer, and no schematic in this repository removes it \(helmvet cannot see what schematic 0123456789ab… holds\)\./),
      }),
    ]);
  });

  it('a Talos version helmvet cannot read is a warning that says so; a talenv.yaml beside the talconfig gives it', () => {
    const [f] = lintRule({ 'talos/talconfig.yaml': installerTalconfig('"${talosVersion}"'), 'falco.yaml': MODERN });
    expect(f).toEqual(expect.objectContaining({ severity: 'warning', line: 7 }));
    expect(f!.message).toMatch(/^Secure Boot on Talos before 1\.14 adds lockdown=confidentiality/);
    expect(f!.message).toMatch(/\(talosVersion "\$\{talosVersion\}" is not a version helmvet can read; Talos 1\.14 and newer no longer add lockdown=confidentiality\.\)$/);
    const files = { 'talos/talconfig.yaml': installerTalconfig('"${talosVersion}"'), 'talos/talenv.yaml': 'talosVersion: v1.12.4\n', 'falco.yaml': MODERN };
    expect(lintRule(files)).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringMatching(/^Secure Boot on Talos 1\.12\.4 \(talosVersion from talos\/talenv\.yaml\) adds lockdown=confidentiality /) })]);
    expect(lintRule({ ...files, 'talos/talenv.yaml': 'talosVersion: v1.14.0\n' })).toEqual([]);
  });

  it('names every Falco release that loads an eBPF probe, and only those', () => {
    const argo =
      'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: falco\n  namespace: argocd\nspec:\n  source:\n    repoURL: https://falcosecurity.github.io/charts\n    chart: falco\n    targetRevision: 8.0.5\n    helm:\n      valuesObject:\n        driver:\n          kind: ebpf\n';
    const kmod = helmRelease('9.1.0', 'driver:\n  kind: kmod').replace('name: falco\n  namespace: falco', 'name: falco-kmod\n  namespace: falco');
    const [f] = lintRule({ 'talos/talconfig.yaml': installerTalconfig(), 'a/falco.yaml': MODERN, 'b/app.yaml': argo, 'c/kmod.yaml': kmod });
    expect(f!.message).toContain(
      'so HelmRelease falco/falco (a/falco.yaml:25, driver.kind: modern_ebpf) and Application argocd/falco (b/app.yaml:14, driver.kind: ebpf) cannot load their eBPF probes and Falco exits',
    );
  });

  it('passes: the override in place (through an alias too), Talos 1.14, no eBPF Falco, no Secure Boot', () => {
    const fixed = groupTalconfig('\n        extraKernelArgs: &args\n          - mitigations=off\n          - -lockdown\n          - lockdown=integrity').replace(
      '  - hostname: min\n    controlPlane: true\n',
      '  - hostname: min\n    controlPlane: true\n    schematic:\n      customization:\n        extraKernelArgs: *args\n',
    );
    expect(lintRule({ 'talos/talconfig.yaml': fixed.replace('  - hostname: mat\n    controlPlane: false\n', ''), 'falco.yaml': MODERN })).toEqual([]);
    expect(lintRule({ 'talos/talconfig.yaml': groupTalconfig().replace('v1.13.9', 'v1.14.0'), 'falco.yaml': MODERN })).toEqual([]);
    expect(lintRule({ 'talos/talconfig.yaml': groupTalconfig() })).toEqual([]);
    expect(lintRule({ 'talos/talconfig.yaml': groupTalconfig(), 'falco.yaml': helmRelease('9.1.0', 'driver:\n  kind: kmod') })).toEqual([]);
    expect(lintRule({ 'talos/talconfig.yaml': groupTalconfig(), 'falco.yaml': helmRelease('9.1.0', 'driver:\n  enabled: false') })).toEqual([]);
    expect(lintRule({ 'talos/talconfig.yaml': groupTalconfig().replaceAll('secureboot: true', 'secureboot: false'), 'falco.yaml': MODERN })).toEqual([]);
    // A Secure Boot installer named by ID: when a schematic of the repository removes confidentiality, helmvet cannot tell it is not that one.
    const schematic = 'customization:\n  extraKernelArgs:\n    - -lockdown\n    - lockdown=integrity\n';
    expect(lintRule({ 'talos/talconfig.yaml': installerTalconfig(), 'talos/schematic.yaml': schematic, 'falco.yaml': MODERN })).toEqual([]);
  });
});
