import { describe, expect, it } from 'vitest';
import { helmRelease, located, lintRepo } from '../../helpers/repo.js';

const RULE = 'talos/secureboot-kmod';
const lintRule = (files: Record<string, string>) => located(lintRepo(files), RULE);

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
const WHY =
  'Talos loads only modules signed when Talos was built (module.sig_enforce, which cannot be turned off under Secure Boot, and every kernel lockdown level refuses unsigned modules), so falco.ko is refused and Falco does not start on those nodes. ' +
  'Use driver.kind: modern_ebpf, with extraKernelArgs: ["-lockdown", "lockdown=integrity"] in the nodes\' schematic on Talos before 1.14.';

describe(RULE, () => {
  it('driver.kind kmod with Secure Boot in the repository: an error at the driver, whatever the lockdown args', () => {
    expect(lintRule({ 'talconfig.yaml': TALCONFIG, 'falco.yaml': helmRelease('9.1.0', 'driver:\n  kind: kmod') })).toEqual([
      {
        ruleId: RULE,
        severity: 'error',
        file: 'falco.yaml',
        line: 25,
        column: 13,
        endLine: 25,
        endColumn: 17,
        message: `HelmRelease falco/falco (falco.yaml:25, driver.kind: kmod) loads the Falco kernel module, but this repository boots Talos with Secure Boot (talconfig.yaml:5, node w1): ${WHY}`,
      },
    ]);
  });

  it('the chart default module (3.x) or kmod (4.0.0 to 4.3.1): an error at the version', () => {
    expect(lintRule({ 'talconfig.yaml': TALCONFIG, 'falco.yaml': helmRelease('3.1.2', 'ebpf:\n  enabled: true') })).toEqual([
      expect.objectContaining({
        line: 18,
        column: 16,
        endColumn: 21,
        message: `HelmRelease falco/falco (falco.yaml:18, driver.kind module, the default of chart 3.1.2) loads the Falco kernel module, but this repository boots Talos with Secure Boot (talconfig.yaml:5, node w1): ${WHY}`,
      }),
    ]);
    expect(lintRule({ 'talconfig.yaml': TALCONFIG, 'falco.yaml': helmRelease('4.3.1') })).toEqual([
      expect.objectContaining({ line: 18, message: expect.stringMatching(/^HelmRelease falco\/falco \(falco\.yaml:18, driver\.kind kmod, the default of chart 4\.3\.1\) loads the Falco kernel module/) }),
    ]);
  });

  it('passes: eBPF drivers, the chart default auto, no driver, no Secure Boot', () => {
    for (const values of ['driver:\n  kind: modern_ebpf', 'driver:\n  enabled: false\n  kind: kmod', '']) {
      expect(lintRule({ 'talconfig.yaml': TALCONFIG, 'falco.yaml': helmRelease('9.1.0', values) })).toEqual([]);
    }
    expect(lintRule({ 'talconfig.yaml': TALCONFIG.replace('secureboot: true', 'secureboot: false'), 'falco.yaml': helmRelease('9.1.0', 'driver:\n  kind: kmod') })).toEqual([]);
    expect(lintRule({ 'falco.yaml': helmRelease('4.3.1') })).toEqual([]);
  });
});
