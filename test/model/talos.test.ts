import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { analyse } from '../../src/engine/lint.js';
import type { Span } from '../../src/findings.js';
import { effectiveDriver } from '../../src/resolve/driver.js';
import { loadKnowledge } from '../../src/knowledge/index.js';
import {
  applyKernelArgs,
  imageTag,
  isLockdownArg,
  isSecureBootInstaller,
  lockdownLevel,
  parseTalosVersion,
  secureBootForcesConfidentiality,
  talosKernel,
  type KernelArg,
} from '../../src/knowledge/talos.js';
import { positionAt } from '../../src/load/source.js';
import { secureBootImages } from '../../src/model/talos.js';
import { valueAt, type VNode } from '../../src/model/values.js';
import { helmRelease, writeRepo } from '../helpers/repo.js';

const at = (s: Span | undefined) =>
  s ? { file: s.file.path, ...positionAt(s.file, s.start), text: s.file.text.slice(s.start, s.end) } : undefined;
const model = (files: Record<string, string>) => {
  const dir = writeRepo(files);
  return analyse({ cwd: dir, paths: ['.'], config: defaultConfig(dir) });
};

const TALCONFIG = `# talhelper
talosVersion: v1.13.9
clusterName: &cluster home
endpoint: https://10.0.0.1:6443
controlPlane:
  machineSpec:
    secureboot: true
  schematic:
    customization:
      extraKernelArgs: &args
        - -lockdown
        - lockdown=integrity
worker:
  talosImageURL: factory.talos.dev/installer/abc
nodes:
  - hostname: cp1
    controlPlane: true
  - hostname: cp2
    controlPlane: true
    machineSpec:
      mode: metal
  - hostname: cp3
    controlPlane: true
    machineSpec:
      secureboot: false
    schematic:
      customization:
        extraKernelArgs: [mitigations=off]
  - hostname: w1
    controlPlane: false
    talosImageURL: &sb factory.talos.dev/metal-installer-secureboot/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
  - hostname: w2
    controlPlane: false
    talosImageURL: *sb
  - hostname: w3
    controlPlane: false
patches:
  - "@./patches/global.yaml"
`;

describe('talhelper talconfig', () => {
  it('merges the node group into each node as talhelper does: field by field, a zero field falls back to the group', () => {
    const { model: m } = model({ 'talos/talconfig.yaml': TALCONFIG });
    const [t] = m.talos.talconfigs;
    expect(t!.talosVersion).toMatchObject({ raw: 'v1.13.9', version: '1.13.9' });
    const nodes = t!.nodes.map((n) => ({
      host: n.hostname,
      sb: at(n.secureboot?.span)?.line,
      url: n.talosImageURL?.value,
      args: n.schematic?.args.map((a) => a.text),
      patches: n.patches.map((p) => p.value),
    }));
    expect(nodes).toEqual([
      // The group's machineSpec and schematic.
      {
        host: 'cp1',
        sb: 7,
        url: undefined,
        args: ['-lockdown', 'lockdown=integrity'],
        patches: ['@./patches/global.yaml'],
      },
      // A machineSpec with any field set replaces the group's whole machineSpec.
      {
        host: 'cp2',
        sb: undefined,
        url: undefined,
        args: ['-lockdown', 'lockdown=integrity'],
        patches: ['@./patches/global.yaml'],
      },
      // secureboot: false is Go's zero value: the machineSpec is zero, so the group's applies; a node's schematic replaces the group's.
      { host: 'cp3', sb: 7, url: undefined, args: ['mitigations=off'], patches: ['@./patches/global.yaml'] },
      {
        host: 'w1',
        sb: undefined,
        url: 'factory.talos.dev/metal-installer-secureboot/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
        args: undefined,
        patches: ['@./patches/global.yaml'],
      },
      {
        host: 'w2',
        sb: undefined,
        url: 'factory.talos.dev/metal-installer-secureboot/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
        args: undefined,
        patches: ['@./patches/global.yaml'],
      },
      {
        host: 'w3',
        sb: undefined,
        url: 'factory.talos.dev/installer/abc',
        args: undefined,
        patches: ['@./patches/global.yaml'],
      },
    ]);
  });

  it('gives one Secure Boot image per place its kernel args belong: an aliased URL or args list is its anchor', () => {
    const { model: m } = model({ 'talos/talconfig.yaml': TALCONFIG });
    const images = secureBootImages(m.talos).map((i) => ({
      by: i.declaredBy,
      nodes: i.nodes,
      at: at(i.argsAnchor),
      version: i.version.version,
      schematic: i.schematic === undefined ? 'unknown' : i.schematic === 'empty' ? 'empty' : i.schematic.args.length,
    }));
    expect(images).toEqual([
      {
        by: 'machineSpec.secureboot',
        nodes: ['cp1'],
        at: { file: 'talos/talconfig.yaml', line: 11, column: 9, text: '- -lockdown\n        - lockdown=integrity\n' },
        version: '1.13.9',
        schematic: 2,
      },
      {
        by: 'machineSpec.secureboot',
        nodes: ['cp3'],
        at: { file: 'talos/talconfig.yaml', line: 28, column: 26, text: '[mitigations=off]' },
        version: '1.13.9',
        schematic: 1,
      },
      {
        by: 'talosImageURL',
        nodes: ['w1', 'w2'],
        at: {
          file: 'talos/talconfig.yaml',
          line: 31,
          column: 24,
          text: 'factory.talos.dev/metal-installer-secureboot/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
        },
        version: '1.13.9',
        schematic: 'unknown',
      },
    ]);
  });

  it('follows YAML merge keys and anchors as talhelper (go-yaml) does: a merged machineSpec points at its anchor', () => {
    const cfg = `clusterName: c
talosVersion: v1.12.0
nodes:
  - &defaults
    hostname: a
    controlPlane: true
    machineSpec:
      secureboot: true
    schematic:
      customization:
        extraKernelArgs: [lockdown=integrity]
  - <<: *defaults
    hostname: b
`;
    const { model: m } = model({ 'talconfig.yaml': cfg });
    expect(
      m.talos.talconfigs[0]!.nodes.map((n) => [
        n.hostname,
        at(n.secureboot?.span)?.line,
        n.schematic?.args.map((a) => at(a.node.span)?.line),
      ]),
    ).toEqual([
      ['a', 8, [11]],
      ['b', 8, [11]],
    ]);
    expect(secureBootImages(m.talos).map((i) => [i.nodes, at(i.argsAnchor)?.line])).toEqual([[['a', 'b'], 11]]);
  });

  it('reads a ${var} talosVersion from talenv.yaml beside the talconfig, and leaves it unknown otherwise', () => {
    const cfg = 'clusterName: c\ntalosVersion: "${talosVersion}"\nnodes:\n  - hostname: a\n';
    const withEnv = model({
      'talos/talconfig.yaml': cfg,
      'talos/talenv.yaml': 'talosVersion: v1.12.4\nkubernetesVersion: v1.34.0\n',
    });
    expect(withEnv.model.talos.talconfigs[0]!.talosVersion).toMatchObject({
      raw: '${talosVersion}',
      version: '1.12.4',
    });
    expect(withEnv.model.talos.talconfigs[0]!.talosVersion.via?.path).toBe('talos/talenv.yaml');
    const elsewhere = model({ 'talos/talconfig.yaml': cfg, 'other/talenv.yaml': 'talosVersion: v1.12.4\n' });
    expect(elsewhere.model.talos.talconfigs[0]!.talosVersion).toMatchObject({
      raw: '${talosVersion}',
      version: undefined,
    });
  });

  it('recognises schematics and machine configs, and not look-alikes (topf, values with a machine key under clusterName)', () => {
    const { model: m } = model({
      'schematic.yaml':
        'customization:\n  extraKernelArgs: [a=1]\n  secureboot:\n    includeWellKnownCertificates: true\n',
      'patch.yaml':
        'machine:\n  install:\n    image: factory.talos.dev/installer-secureboot/abc:v1.9.0\n    extraKernelArgs:\n      - -lockdown\n',
      'topf.yaml':
        'clusterName: main\nsecureboot: true\nschematicId: "@schematic.yaml"\nnodes:\n  - host: n1\n    role: worker\n',
      'talconfig.yaml': 'clusterName: x\ncustomization:\n  extraKernelArgs: [b]\nnodes:\n  - hostname: n\n',
    });
    expect(m.talos.schematics.map((s) => [s.file.path, s.args.map((a) => a.text), !!s.secureBootOptions])).toEqual([
      ['schematic.yaml', ['a=1'], true],
    ]);
    expect(
      m.talos.machineConfigs.map((c) => [c.file.path, c.installImage?.value, c.installArgs.map((a) => a.text)]),
    ).toEqual([['patch.yaml', 'factory.talos.dev/installer-secureboot/abc:v1.9.0', ['-lockdown']]]);
    expect(m.talos.talconfigs.map((t) => t.file.path)).toEqual(['talconfig.yaml']);
    const images = secureBootImages(m.talos);
    expect(images.map((i) => [i.declaredBy, i.file.path, i.version.version])).toEqual([
      ['machine.install.image', 'patch.yaml', '1.9.0'],
      ['customization.secureboot', 'schematic.yaml', undefined],
    ]);
  });
});

const args = (...texts: string[]): KernelArg[] =>
  texts.map((text, i) => ({
    text,
    node: { kind: 'scalar', value: text, source: text, span: { file: undefined as never, start: i, end: i } },
  }));
const level = (list: string[], negation = true) => applyKernelArgs(['confidentiality'], args(...list), negation).level;

describe('the Secure Boot kernel command line (go-procfs AppendAll, kernel lockdown_param)', () => {
  it('"-lockdown" then "lockdown=integrity" gives integrity; the other orders and forms do not', () => {
    expect(level(['-lockdown', 'lockdown=integrity'])).toBe('integrity');
    expect(level(['-lockdown lockdown=integrity'])).toBe('integrity');
    expect(level(['apparmor=0', '-lockdown', 'security=none', 'lockdown=integrity'])).toBe('integrity');
    expect(level([])).toBe('confidentiality');
    expect(level(['lockdown=integrity'])).toBe('confidentiality');
    expect(level(['-lockdown=integrity'])).toBe('confidentiality');
    expect(level(['-lockdown', '-lockdown=integrity'])).toBe('none');
    expect(level(['-lockdown'])).toBe('none');
    expect(level(['-lockdown=confidentiality'])).toBe('none');
    expect(level(['lockdown=integrity', '-lockdown'])).toBe('none');
    // Fields are grouped by name under their first appearance: the second "-lockdown" joins the first group.
    expect(level(['-lockdown', 'lockdown=integrity', '-lockdown'])).toBe('integrity');
    // A group whose first value is set deletes only the listed values: "-lockdown" after "-lockdown=integrity" deletes nothing.
    expect(level(['-lockdown=integrity', '-lockdown'])).toBe('confidentiality');
    // Talos before 1.6 keeps "-" args as written.
    expect(level(['-lockdown', 'lockdown=integrity'], false)).toBe('confidentiality');
  });

  it('records what each lockdown arg did', () => {
    const list = args('-lockdown', '-lockdown=integrity', 'mitigations=off');
    const r = applyKernelArgs(['confidentiality'], list, true);
    expect([...r.effects.values()].map((e) => e.kind)).toEqual(['deleted-all', 'folded']);
    expect(r.effects.get(list[0]!)).toEqual({
      kind: 'deleted-all',
      removed: [{ value: 'confidentiality', from: undefined }],
    });
  });

  it('the kernel keeps the highest lockdown= it reads and ignores other values', () => {
    expect(lockdownLevel(['confidentiality', 'integrity'])).toBe('confidentiality');
    expect(lockdownLevel(['integrity', 'confidentiality'])).toBe('confidentiality');
    expect(lockdownLevel(['none', 'integrity'])).toBe('integrity');
    expect(lockdownLevel(['none'])).toBe('none');
  });

  it('knows which Talos versions add lockdown=confidentiality, their kernels, and Secure Boot installer names', () => {
    expect(
      [undefined, '1.4.8', '1.5.0', '1.13.9', '1.14.0-rc.1', '1.14.0', '1.15.2'].map(secureBootForcesConfidentiality),
    ).toEqual([undefined, false, true, true, true, false, false]);
    expect(
      ['v1.13.7', '1.12.0', 'v1.14.0-rc.1', '${talosVersion}', 'latest', undefined].map(parseTalosVersion),
    ).toEqual(['1.13.7', '1.12.0', '1.14.0-rc.1', undefined, undefined, undefined]);
    expect(talosKernel('1.12.3')).toBe('6.18.8');
    expect(talosKernel('1.11.5')).toBe('6.12.57');
    expect(
      [
        'factory.talos.dev/installer-secureboot/56d9:v1.9.0',
        'factory.talos.dev/metal-installer-secureboot/56d9',
        'registry.local:5000/aws-installer-secureboot/x:v1.13.0',
        'factory.talos.dev/installer/56d9:v1.13.0',
        'ghcr.io/siderolabs/installer:v1.13.0',
        'installer-secureboot',
      ].map(isSecureBootInstaller),
    ).toEqual([true, true, true, false, false, false]);
    expect(imageTag('registry.local:5000/metal-installer-secureboot/x:v1.13.0')).toBe('v1.13.0');
    expect(imageTag('factory.talos.dev/installer/x')).toBeUndefined();
    expect(
      ['-lockdown', 'lockdown=integrity', '-lockdown=integrity', 'lockdown_foo=1', 'x -lockdown'].map(isLockdownArg),
    ).toEqual([true, true, true, false, true]);
  });
});

describe('the driver a Falco release loads', () => {
  const k = loadKnowledge();
  const values = (text: string): VNode | undefined => {
    const { releases } = model({ 'hr.yaml': helmRelease('9.1.0', text) });
    return releases[0]!.release.values;
  };
  const kind = (chart: string, v?: VNode) => effectiveDriver(v, k.chartVersion(chart))?.kind;

  it('takes the chart default when driver.kind is not set, and the user value (with aliases) when it is', () => {
    expect([
      kind('9.1.0'),
      kind('5.0.3'),
      kind('4.4.0'),
      kind('4.3.1'),
      kind('4.0.0'),
      kind('3.1.2'),
      kind('2.0.0'),
      kind('1.5.3'),
    ]).toEqual(['auto', 'auto', 'auto', 'kmod', 'kmod', 'kmod', 'kmod', undefined]);
    expect(kind('9.1.0', values('driver:\n  kind: modern-bpf'))).toBe('modern_ebpf');
    expect(kind('3.1.2', values('driver:\n  kind: ebpf'))).toBe('ebpf');
    expect(kind('9.1.0', values('driver:\n  enabled: false\n  kind: kmod'))).toBeUndefined();
    expect(kind('9.1.0', values('driver:\n  kind: ${DRIVER}'))).toBeUndefined();
    // auto came with chart 4.4.0.
    expect(kind('4.3.1', values('driver:\n  kind: auto'))).toBeUndefined();
    // Chart 1.x: ebpf.enabled picks the legacy probe; 2.0.0 and newer do not read it.
    expect(kind('1.5.3', values('ebpf:\n  enabled: true'))).toBe('ebpf');
    expect(kind('3.1.2', values('ebpf:\n  enabled: true'))).toBe('kmod');
    const written = effectiveDriver(values('driver:\n  kind: modern_ebpf'), k.chartVersion('9.1.0'));
    expect(at(written?.written?.span)).toEqual({ file: 'hr.yaml', line: 25, column: 13, text: 'modern_ebpf' });
    expect(valueAt(values('driver:\n  kind: kmod'), ['driver', 'kind'])).toMatchObject({ value: 'kmod' });
  });

  it('without an installed version, uses the default the admitted versions agree on', () => {
    const admitted = ['4.4.0', '9.1.0'].map((v) => k.chartVersion(v)!);
    expect(effectiveDriver(undefined, undefined, admitted)).toMatchObject({
      kind: 'auto',
      defaultOf: '4.4.0 to 9.1.0',
    });
    expect(effectiveDriver(undefined, undefined, [k.chartVersion('4.3.1')!, k.chartVersion('4.4.0')!])).toBeUndefined();
  });
});
