// Files named on the command line are linted with the repository around them, and only they are reported on.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { lint } from '../../src/engine/lint.js';
import { helmRelease, located, writeRepo } from '../helpers/repo.js';

const CONFIGMAP = (enabled: boolean) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: falco-values\n  namespace: falco\ndata:\n  values.yaml: |\n    collectors:\n      enabled: ${enabled}\n`;
const HR = helmRelease('4.22.0', '', '  valuesFrom:\n    - kind: ConfigMap\n      name: falco-values');
const run = (dir: string, ...paths: string[]) => lint({ cwd: dir, paths, config: defaultConfig(dir) });

describe('lint of named files', () => {
  it('a staged HelmRelease finds its ConfigMap elsewhere in the repository', () => {
    const dir = writeRepo({ 'apps/falco/hr.yaml': HR, 'apps/falco/values/cm.yaml': CONFIGMAP(false), 'apps/other/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n' });
    // collectors.enabled: false in the ConfigMap: the container plugin does not run, no busy-loop finding.
    const result = run(dir, 'apps/falco/hr.yaml');
    expect(located(result).filter((f) => f.severity !== 'info')).toEqual([]);
    expect(result.files).toBe(1);
    const on = writeRepo({ 'apps/falco/hr.yaml': HR, 'apps/falco/values/cm.yaml': CONFIGMAP(true) });
    expect(located(run(on, 'apps/falco/hr.yaml'), 'falco/version-advisory').map((f) => [f.file, f.line])).toEqual([['apps/falco/hr.yaml', 18]]);
  });

  it('a staged values file is checked for the release that uses it, and findings stay on the named files', () => {
    const dir = writeRepo({
      'falco/hr.yaml': helmRelease('9.1.0', '', '  valuesFrom:\n    - kind: ConfigMap\n      name: falco-values'),
      'falco/kustomization.yaml': 'configMapGenerator:\n  - name: falco-values\n    namespace: falco\n    files:\n      - values.yaml\n',
      'falco/values.yaml': 'collectors:\n  containerd:\n    enabled: true\n',
      'other/broken.yaml': 'a: [1\n',
    });
    // On chart 9.1.0 (known only through the release), collectors.containerd is a removed key.
    const result = run(dir, join('falco', 'values.yaml'));
    expect(located(result).filter((f) => f.severity !== 'info').map((f) => [f.ruleId, f.file, f.line])).toEqual([['falco/removed-value', 'falco/values.yaml', 2]]);
    expect(result.releases.map((r) => r.title)).toEqual(['HelmRelease falco/falco']);
  });

  it('a staged talconfig meets the Falco release it breaks', () => {
    const talconfig = 'clusterName: home\ntalosVersion: v1.13.7\nnodes:\n  - hostname: a\n    ipAddress: 10.0.0.1\n    machineSpec:\n      secureboot: true\n';
    const dir = writeRepo({ 'talos/talconfig.yaml': talconfig, 'apps/falco.yaml': helmRelease('9.1.0', 'driver:\n  kind: modern_ebpf') });
    expect(located(run(dir, 'talos/talconfig.yaml'), 'talos/secureboot-lockdown').map((f) => f.file)).toEqual(['talos/talconfig.yaml']);
  });
});
