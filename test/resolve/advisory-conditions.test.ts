// The conditions an advisory's data can set, decided for a release: the driver, the plugins the chart loads, the values
// in effect (with the chart's defaults), the kernel the repository's Talos version ships, and the nodes' names.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { analyse } from '../../src/engine/lint.js';
import { loadAdvisory, loadAdvisories } from '../../src/knowledge/advisories.js';
import { effectiveDriver } from '../../src/resolve/driver.js';
import { advisoryApplies } from '../../src/resolve/advisory-conditions.js';
import { helmRelease, writeRepo, type Files } from '../helpers/repo.js';

const BASE =
  'id: test\ntitle: A test advisory\ncomponent: chart\naffected:\n  - range: "*"\n    effect: breaks in a test\nfixedIn: 99.0.0\nwhy: because a test needs it to\naction: nothing at all\nreferences: [https://example.com/1]\n';
const advisory = (more: string) => loadAdvisory('test.yaml', BASE + more);

/** Whether the advisory applies to the one release of the repository, and the clause it gives. */
function applies(more: string, files: Files, kernelOf?: (talos: string | undefined) => string | undefined) {
  const dir = writeRepo(files);
  const { releases, model } = analyse({ cwd: dir, paths: ['.'], config: defaultConfig(dir) });
  const r = releases[0]!;
  const input = {
    values: r.release.values,
    chart: r.installed,
    driver: effectiveDriver(r.release.values, r.installed)?.kind,
    chartValues: true,
    talos: model.talos,
  };
  return kernelOf ? advisoryApplies(advisory(more), input, kernelOf) : advisoryApplies(advisory(more), input);
}
const release = (values = '') => ({ 'falco.yaml': helmRelease('9.1.0', values) });
const talos = (version: string, hostname = 'cp1') => ({
  'talos/talconfig.yaml': `clusterName: home\ntalosVersion: ${version}\nnodes:\n  - hostname: ${hostname}\n    controlPlane: true\n`,
});

describe('advisoryApplies', () => {
  it('no condition: applies, with nothing to say', () => {
    expect(applies('', release())).toBe('');
  });

  it('drivers: the driver the release loads, its chart default included', () => {
    expect(applies('drivers: [auto]', release())).toBe('');
    expect(applies('drivers: [kmod]', release())).toBeUndefined();
    expect(applies('drivers: [kmod]', release('driver:\n  kind: kmod'))).toBe('');
    expect(applies('drivers: [kmod]', release('driver:\n  enabled: false'))).toBeUndefined();
  });

  it('plugins: the chart loads them with these values', () => {
    expect(applies('plugins: [container]', release())).toBe('');
    expect(
      applies('plugins: [container]', release('collectors:\n  containerEngine:\n    enabled: false')),
    ).toBeUndefined();
    expect(applies('plugins: [k8smeta]', release())).toBeUndefined();
    expect(applies('plugins: [k8smeta]', release('collectors:\n  kubernetes:\n    enabled: true'))).toBe('');
  });

  it('values: a key is a value, its default where the user leaves it; any of several; all of the list', () => {
    const off = 'values:\n  - { key: falcoctl.artifact.install.enabled, is: false, default: true }\n';
    expect(applies(off, release())).toBeUndefined();
    expect(applies(off, release('falcoctl:\n  artifact:\n    install:\n      enabled: false'))).toBe('');
    // null is "unset" to Helm: the default holds.
    expect(applies(off, release('falcoctl:\n  artifact:\n    install:\n      enabled: null'))).toBeUndefined();
    const either =
      'values:\n  - any:\n      - driver: [modern_ebpf]\n      - { key: driver.loader.enabled, is: false, default: true }\n';
    expect(applies(either, release())).toBeUndefined();
    expect(applies(either, release('driver:\n  kind: modern_ebpf'))).toBe('');
    expect(applies(either, release('driver:\n  loader:\n    enabled: false'))).toBe('');
    const both = `${either}  - { key: tty, is: true, default: false }\n`;
    expect(applies(both, release('driver:\n  kind: modern_ebpf'))).toBeUndefined();
    expect(applies(both, release('tty: true\ndriver:\n  kind: modern_ebpf'))).toBe('');
  });

  it('kernel: only where a Talos config tells the kernel, and it is in the range (dormant otherwise)', () => {
    const kernel = 'kernel: ">=7.0.0 <7.3.0"\n';
    expect(applies(kernel, release())).toBeUndefined();
    expect(applies(kernel, { ...release(), ...talos('v1.13.9') })).toBeUndefined();
    // A Talos release that shipped Linux 7.1 (none does yet): the clause names it and where its version is written.
    expect(applies(kernel, { ...release(), ...talos('v1.99.0') }, (v) => (v === '1.99.0' ? '7.1.2' : undefined))).toBe(
      ' on Talos 1.99.0, Linux 7.1.2 (talos/talconfig.yaml:2)',
    );
  });

  it('nodeNames: only where a talconfig names a matching node', () => {
    const numeric = 'nodeNames: "^[0-9]+$"\n';
    expect(applies(numeric, release())).toBeUndefined();
    expect(applies(numeric, { ...release(), ...talos('v1.13.9', 'node-1') })).toBeUndefined();
    expect(applies(numeric, { ...release(), ...talos('v1.13.9', '"7"') })).toBe(' on node 7 (talos/talconfig.yaml:4)');
  });

  it('Falco run from its image: conditions on plugins or values cannot be decided, so the advisory is left out', () => {
    const dir = writeRepo({});
    const { model } = analyse({ cwd: dir, paths: ['.'], config: defaultConfig(dir) });
    const input = { values: undefined, chart: undefined, driver: undefined, chartValues: false, talos: model.talos };
    expect(advisoryApplies(advisory('plugins: [container]\n'), input)).toBeUndefined();
    expect(advisoryApplies(advisory('values:\n  - { key: tty, is: true }\n'), input)).toBeUndefined();
    expect(advisoryApplies(advisory(''), input)).toBe('');
  });

  it('every bundled advisory loads, and a severity other than error is said in its file', () => {
    const all = loadAdvisories();
    expect(all.map((a) => a.id)).toEqual(
      expect.arrayContaining([
        'charts-1052',
        'falco-3984',
        'plugins-1353',
        'plugins-936',
        'plugins-1372',
        'falco-3955',
      ]),
    );
    expect(Object.fromEntries(all.filter((a) => a.severity).map((a) => [a.id, a.severity]))).toEqual({
      'charts-1052': 'info',
      'plugins-1353': 'info',
      'plugins-936': 'info',
    });
  });
});
