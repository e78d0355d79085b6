import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { CHART_VERSIONS } from '../../src/knowledge/charts.js';
import {
  BUNDLED_KEYS,
  KEY_VERSIONS,
  acceptance,
  acceptedAt,
  childKeys,
  keyVersionIndex,
  kindAt,
  knownPaths,
  renderGuardAt,
} from '../../src/knowledge/values-keys.js';
import { valuesSchemaFile, valuesValidator } from '../../src/knowledge/values-schemas.js';

const vi = (v: string) => keyVersionIndex(v)!;
const accepted = (path: string, v: string) => acceptedAt(path.split('.'), vi(v));
const schemaDir = new URL('../../schemas/values/', import.meta.url);

/** A values object that sets every key version `i` knows (maps where it has keys below, a scalar of the right kind elsewhere). */
function everyKey(i: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  const paths = [...knownPaths(i)].sort();
  for (const path of paths) {
    const parts = path.split('.');
    let cur = root;
    for (const key of parts.slice(0, -1)) cur = (cur[key] ??= {}) as Record<string, unknown>;
    const last = parts.at(-1)!;
    const kind = kindAt(path, i)!;
    const hasChildren = paths.some((p) => p.startsWith(`${path}.`));
    if (!(last in cur))
      cur[last] =
        hasChildren || kind === 'map' || kind === 'falco' ? {} : kind === 'bool' ? true : kind === 'number' ? 1 : 'x';
  }
  return root;
}

describe('values key history', () => {
  it('covers exactly the published chart versions of the chart index', () => {
    expect(KEY_VERSIONS).toEqual(CHART_VERSIONS);
  });

  it('agrees with the reference: when keys came and went', () => {
    expect([
      accepted('collectors.docker', '2.0.0'),
      accepted('collectors.docker', '6.4.1'),
      accepted('collectors.docker', '7.0.0'),
    ]).toEqual([true, true, false]);
    expect([
      accepted('collectors.kubernetes.apiAuth', '3.8.7'),
      accepted('collectors.kubernetes.apiAuth', '4.0.0'),
    ]).toEqual([true, false]);
    expect([
      accepted('ebpf.enabled', '1.19.4'),
      accepted('ebpf.enabled', '2.0.0'),
      accepted('containerd.socket', '2.0.0'),
    ]).toEqual([true, false, false]);
    expect([
      accepted('falco.rules_file', '4.7.0'),
      accepted('falco.rules_file', '4.7.1'),
      accepted('falco.rules_files', '4.7.1'),
    ]).toEqual([true, false, true]);
    expect([
      accepted('falco.metrics', '6.4.1'),
      accepted('falco.metrics', '7.0.0'),
      accepted('metrics.outputRule', '4.6.0'),
    ]).toEqual([true, false, true]);
    expect([
      accepted('driver.ebpf', '8.0.5'),
      accepted('driver.ebpf', '9.0.0'),
      accepted('driver.modernEbpf.disableIterators', '9.1.0'),
    ]).toEqual([true, false, true]);
    expect([accepted('tty', '2.0.5'), accepted('tty', '2.0.6')]).toEqual([false, true]);
  });

  it('knows Falco configuration keys per Falco version, directly under falco', () => {
    // Falco 0.36.2 (chart 3.8.5) has no rule selection; Falco 0.38.0 (chart 4.4.0) reads `rules`.
    expect([accepted('falco.rules', '3.8.5'), accepted('falco.rules', '4.4.0')]).toEqual([false, true]);
    expect(kindAt('falco.rules', vi('4.4.0'))).toBe('falco-config');
    // Below its first level, Falco's configuration is not checked.
    expect(accepted('falco.webserver.anything.at.all', '9.1.0')).toBe(true);
    // In chart 1.x, falco.* were the chart's own camelCase keys, all of them closed.
    expect([
      accepted('falco.jsonOutput', '1.19.4'),
      accepted('falco.json_output', '1.19.4'),
      accepted('falco.httpOutput.userAgent', '1.19.4'),
      accepted('falco.httpOutput.nope', '1.19.4'),
    ]).toEqual([true, false, true, false]);
  });

  it('free-form subtrees accept anything; a map under a boolean is refused with the reason', () => {
    for (const path of [
      'customRules.x.y',
      'extra.whatever',
      'falcosidekick.webui.redis',
      'k8s-metacollector.a',
      'falco-talon.b',
      'global.c',
      'resources.claims',
      'podAnnotations.a',
      'falcoctl.config.driver.type',
      'collectors.containerEngine.engines.cri.foo',
      'tolerations.0',
    ]) {
      expect([path, accepted(path, '9.1.0')]).toEqual([path, true]);
    }
    expect(acceptance(['tty', 'enabled'], vi('3.8.5'))).toEqual({
      accepted: false,
      scalar: { path: 'tty', kind: 'bool' },
    });
  });

  it('keys the templates read but values.yaml leaves out are keys', () => {
    expect(kindAt('controller.deployment.revisionHistoryLimit', vi('9.1.0'))).toBe('read');
    expect(kindAt('metrics.service.ipFamilyPolicy', vi('9.1.0'))).toBe('read');
    expect(kindAt('serviceMonitor.namespace', vi('9.1.0'))).toBe('read');
    expect([accepted('priorityClassName', '2.0.6'), accepted('priorityClassName', '2.0.7')]).toEqual([true, false]);
  });

  it('the render guard is 9.x only', () => {
    expect(renderGuardAt(vi('8.0.5'))).toEqual([]);
    expect(renderGuardAt(vi('9.0.0')).sort()).toEqual([
      'driver.ebpf',
      'driver.gvisor',
      'falco.grpc',
      'falco.grpc_output',
    ]);
    expect(renderGuardAt(vi('9.1.0')).sort()).toEqual([
      'driver.ebpf',
      'driver.gvisor',
      'falco.grpc',
      'falco.grpc_output',
    ]);
  });

  it('lists the keys of a map', () => {
    expect(childKeys('controller', vi('3.8.5')).sort()).toEqual(['annotations', 'daemonset', 'deployment', 'kind']);
  });
});

describe('generated values schemas', () => {
  const index = JSON.parse(readFileSync(new URL('index.json', schemaDir), 'utf8')) as {
    any: string;
    versions: Record<string, string>;
  };
  const files = readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json'));

  it('every chart version has one, and every file is used', () => {
    expect(Object.keys(index.versions)).toEqual(CHART_VERSIONS);
    expect(new Set([...Object.values(index.versions), index.any])).toEqual(new Set(files));
    expect(valuesSchemaFile('10.0.0')).toBeUndefined();
  });

  it('are valid draft-07 schemas', () => {
    const ajv = new Ajv({ strictTypes: false });
    for (const f of files)
      expect([f, ajv.validateSchema(JSON.parse(readFileSync(new URL(f, schemaDir), 'utf8')) as object)]).toEqual([
        f,
        true,
      ]);
  });

  it('accept every key the key history says a version knows, and refuse one it does not', () => {
    const first = new Map<string, number>();
    CHART_VERSIONS.forEach((v, i) => {
      if (!first.has(index.versions[v]!)) first.set(index.versions[v]!, i);
    });
    const any = valuesValidator('any')!;
    for (const [file, i] of first) {
      const validate = valuesValidator(CHART_VERSIONS[i]!)!;
      const values = everyKey(i);
      expect([file, validate(values), validate.errors ?? []]).toEqual([file, true, []]);
      expect([file, any(values)]).toEqual([file, true]);
      expect(validate({ ...values, notAKey: 1 })).toBe(false);
      expect(validate.errors).toEqual([
        expect.objectContaining({
          keyword: 'additionalProperties',
          instancePath: '',
          params: { additionalProperty: 'notAKey' },
        }),
      ]);
    }
  });

  it('null where a map is expected is Helm deleting a default, not an error', () => {
    expect(valuesValidator('9.1.0')!({ collectors: null, driver: null, falco: { webserver: null } })).toBe(true);
  });
});

describe('a history with learned versions', () => {
  it('leaves the bundled history as it was', () => {
    const next = KEY_VERSIONS.length;
    const learned = BUNDLED_KEYS.with([{ version: '99.0.0', keys: { fullnameOverride: 'string' } }]);
    expect(learned.kindAt('fullnameOverride', next)).toBe('string');
    // The bundled history ends where it ended: the learned version's segment is the learned history's own.
    expect(BUNDLED_KEYS.kindAt('fullnameOverride', next)).toBeUndefined();
    const other = BUNDLED_KEYS.with([{ version: '99.0.0', keys: {} }]);
    expect(other.kindAt('fullnameOverride', next)).toBeUndefined();
  });
});
