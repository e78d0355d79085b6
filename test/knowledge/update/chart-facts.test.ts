// What is learned from Chart.yaml and values.yaml: versions, plugin pins, driver kind, image and the key set.
import { describe, expect, it } from 'vitest';
import { chartFacts, tagOf } from '../../../src/knowledge/update/chart-facts.js';
import { KnowledgeUpdateError } from '../../../src/knowledge/update/errors.js';
import { kindOf, valueKeys } from '../../../src/knowledge/update/value-keys.js';
import { chartYaml, falcoValues } from './helpers.js';

const facts = (values: string, chart = chartYaml({ version: '9.3.0', appVersion: '0.46.0' })) =>
  chartFacts({ chartYaml: chart, valuesYaml: values }, 'falco-9.3.0.tgz');
const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(KnowledgeUpdateError);
    return (e as Error).message;
  }
  throw new Error('expected a refusal');
};

describe('chartFacts', () => {
  it('reads the pins, the driver kind and the image of a falco values.yaml', () => {
    const f = facts(falcoValues({ version: '9.3.0', containerPlugin: '0.8.0', k8smetaPlugin: '0.4.3' }));
    expect({ ...f, keys: undefined }).toEqual({
      version: '9.3.0',
      appVersion: '0.46.0',
      containerPluginRef: 'ghcr.io/falcosecurity/plugins/plugin/container:0.8.0',
      containerPlugin: '0.8.0',
      k8smetaPluginRef: 'ghcr.io/falcosecurity/plugins/plugin/k8smeta:0.4.3',
      k8smetaPlugin: '0.4.3',
      driverKind: 'auto',
      image: 'docker.io/falcosecurity/falco:0.46.0',
      keys: undefined,
    });
  });

  it('records every key path with the kind of its default', () => {
    expect(facts(falcoValues({ version: '9.3.0' })).keys).toEqual({
      image: 'map',
      'image.pullPolicy': 'string',
      'image.registry': 'string',
      'image.repository': 'string',
      'image.tag': 'string',
      podAnnotations: 'free',
      tolerations: 'list',
      driver: 'map',
      'driver.enabled': 'bool',
      'driver.kind': 'string',
      'driver.modernEbpf': 'map',
      'driver.modernEbpf.leastPrivileged': 'bool',
      'driver.modernEbpf.bufSizePreset': 'number',
      collectors: 'map',
      'collectors.enabled': 'bool',
      'collectors.containerEngine': 'map',
      'collectors.containerEngine.enabled': 'bool',
      'collectors.containerEngine.pluginRef': 'string',
      'collectors.containerEngine.engines': 'map',
      'collectors.containerEngine.engines.containerd': 'map',
      'collectors.containerEngine.engines.containerd.enabled': 'bool',
      'collectors.containerEngine.engines.containerd.sockets': 'list',
      'collectors.kubernetes': 'map',
      'collectors.kubernetes.enabled': 'bool',
      'collectors.kubernetes.pluginRef': 'string',
      'collectors.kubernetes.hostProc': 'null',
    });
  });

  it('an image tag is taken as written (0.40, not the number 0.4), and an empty registry leaves no slash', () => {
    expect(facts('image:\n  repository: falcosecurity/falco\n  tag: 0.40\n').image).toBe('falcosecurity/falco:0.40');
    expect(facts('image:\n  registry: ""\n  repository: falcosecurity/falco\n').image).toBe(
      'falcosecurity/falco:0.46.0',
    );
  });

  it('what values.yaml does not say is null', () => {
    expect(facts('')).toMatchObject({
      containerPluginRef: null,
      containerPlugin: null,
      k8smetaPluginRef: null,
      k8smetaPlugin: null,
      driverKind: null,
      image: null,
      keys: {},
    });
    expect(facts('collectors:\n  containerEngine:\n    pluginRef: ""\ndriver:\n  kind: null\n')).toMatchObject({
      containerPluginRef: null,
      containerPlugin: null,
      driverKind: null,
    });
  });

  it('reads YAML merge keys as Helm does', () => {
    expect(facts('base: &b\n  kind: ebpf\ndriver:\n  <<: *b\n').driverKind).toBe('ebpf');
  });

  it('reads Chart.yaml scalars as written', () => {
    expect(facts('', 'name: falco\nversion: 9.10.0\nappVersion: 0.50\n')).toMatchObject({
      version: '9.10.0',
      appVersion: '0.50',
    });
  });

  it.each([
    [
      'name: falcosidekick\nversion: 9.3.0\n',
      '',
      'falco-9.3.0.tgz: falco/Chart.yaml names chart falcosidekick, not falco',
    ],
    ['name: falco\n', '', 'falco-9.3.0.tgz: falco/Chart.yaml has no version'],
    ['- a list\n', '', 'falco-9.3.0.tgz: falco/Chart.yaml is not a map'],
    ['name: falco\nversion: [\n', '', 'falco-9.3.0.tgz: falco/Chart.yaml is not valid YAML'],
    ['name: falco\nversion: 9.3.0\n', 'a: [\n', 'falco-9.3.0.tgz: falco/values.yaml is not valid YAML'],
    ['name: falco\nversion: 9.3.0\n', '- 1\n', 'falco-9.3.0.tgz: falco/values.yaml is not a map'],
  ])('refuses %j with %j', (chart, values, message) => {
    expect(refusal(() => facts(values, chart))).toMatch(
      new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
  });

  it('refuses an alias bomb in values.yaml instead of expanding it', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    expect(refusal(() => facts(levels.join('\n')))).toMatch(
      /^falco-9\.3\.0\.tgz: falco\/values\.yaml is not valid YAML \(.*alias/i,
    );
  });
});

describe('tagOf', () => {
  it.each([
    ['ghcr.io/falcosecurity/plugins/plugin/container:0.7.4', '0.7.4'],
    ['localhost:5000/plugin/container:1.0.0', '1.0.0'],
    ['localhost:5000/plugin/container', null],
    ['ghcr.io/falcosecurity/plugins/plugin/container@sha256:abc', null],
    ['ghcr.io/falcosecurity/plugins/plugin/container:0.7.4@sha256:abc', '0.7.4'],
    ['container:', null],
  ])('%s → %s', (ref, tag) => {
    expect(tagOf(ref)).toBe(tag);
  });
});

describe('valueKeys', () => {
  it('kinds of defaults', () => {
    expect([{ a: 1 }, {}, [], [1], 'x', '', true, 3, 1.5, null].map(kindOf)).toEqual([
      'map',
      'free',
      'list',
      'list',
      'string',
      'string',
      'bool',
      'number',
      'number',
      'null',
    ]);
  });

  it('lists are leaves; a map inside a list is not a key', () => {
    expect(valueKeys({ l: [{ inner: 1 }] })).toEqual({ l: 'list' });
  });

  it('a key named __proto__ is an own entry', () => {
    const keys = valueKeys(JSON.parse('{"__proto__": {"x": 1}}') as Record<string, unknown>);
    expect(Object.keys(keys)).toEqual(['__proto__', '__proto__.x']);
    expect(Object.getPrototypeOf(keys)).toBe(Object.prototype);
  });

  it('walks deep nesting without recursion', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 20_000; i++) deep = deep.k = {};
    const keys = valueKeys(root);
    expect(Object.keys(keys)).toHaveLength(20_000);
    expect(keys[Array(20_000).fill('k').join('.')]).toBe('free');
  });
});
