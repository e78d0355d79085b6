// Bytes that are not clean UTF-8 YAML: binary files, invalid UTF-8, UTF-16, tabs, a BOM, CRLF, and keys written twice.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  argoHelmValues,
  expectClean,
  expectParses,
  helmRelease,
  helmvet,
  kustomization,
  lintJson,
  pinned,
  sandbox,
} from './helpers.js';

const unreadable = (file: string, title: string) => ({
  ruleId: 'helmvet/unreadable-file',
  severity: 'error',
  file,
  line: 1,
  column: 1,
  title,
});

describe('files that are not UTF-8 text', () => {
  it('a binary file named .yaml (NUL bytes): one error, and the other files are linted', () => {
    const { repo } = sandbox({
      'image.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      'hr.yaml': helmRelease('4.2.0', 'driver:\n  kind: module'),
    });
    const r = lintJson(repo, [1]);
    expect(pinned(r, 'helmvet/unreadable-file')).toEqual([
      unreadable('image.yaml', 'binary file (it contains NUL bytes), not YAML'),
    ]);
    expect(pinned(r, 'falco/driver-kind')).toHaveLength(1);
    expect(r.files).toBe(2);
  });

  it('invalid UTF-8 (a Latin-1 byte): the offset of the first bad byte', () => {
    const r = lintJson(
      sandbox({ 'latin1.yaml': Buffer.concat([Buffer.from('name: caf'), Buffer.from([0xe9]), Buffer.from('\n')]) })
        .repo,
      [1],
    );
    expect(pinned(r)).toEqual([
      unreadable('latin1.yaml', 'not valid UTF-8 (first bad byte at offset 9); YAML must be UTF-8'),
    ]);
  });

  it('a multi-byte character cut short at the end of the file', () => {
    const r = lintJson(
      sandbox({ 'cut.yaml': Buffer.concat([Buffer.from('a: "'), Buffer.from('€').subarray(0, 2)]) }).repo,
      [1],
    );
    expect(pinned(r)).toEqual([
      unreadable('cut.yaml', 'not valid UTF-8 (first bad byte at offset 4); YAML must be UTF-8'),
    ]);
  });

  it('UTF-16 with its BOM (as some Windows editors save): binary to a UTF-8 reader', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('driver:\n  kind: module\n', 'utf16le')]);
    const r = lintJson(sandbox({ 'values.yaml': utf16 }).repo, [1]);
    expect(pinned(r)).toEqual([unreadable('values.yaml', 'binary file (it contains NUL bytes), not YAML')]);
  });

  it('a binary values file named by kustomize: the unreadable file, and the reference that cannot be followed', () => {
    const { repo } = sandbox({
      'kustomization.yaml': kustomization('values.yaml'),
      'values.yaml': Buffer.from([0x00, 0x01, 0x02]),
    });
    const r = lintJson(repo, [1]);
    expect(pinned(r).filter((f) => f.ruleId.startsWith('helmvet/'))).toEqual([
      {
        ruleId: 'helmvet/unresolved-reference',
        severity: 'info',
        file: 'kustomization.yaml',
        line: 7,
        column: 17,
        title: 'values file values.yaml cannot be read as YAML text',
      },
      unreadable('values.yaml', 'binary file (it contains NUL bytes), not YAML'),
    ]);
  });
});

describe('whitespace and line endings', () => {
  it('a tab as indentation is a syntax error at its place', () => {
    const r = lintJson(sandbox({ 'tabs.yaml': 'driver:\n\tkind: module\n' }).repo, [1]);
    expect(pinned(r)).toEqual([
      {
        ruleId: 'helmvet/yaml-syntax',
        severity: 'error',
        file: 'tabs.yaml',
        line: 2,
        column: 1,
        title: 'Tabs are not allowed as indentation',
      },
    ]);
  });

  it('a tab inside a line (not indentation) is fine', () => {
    const r = lintJson(
      sandbox({ 'hr.yaml': helmRelease('4.2.0', 'driver:\n  kind:\tmodule # tab before the value') }).repo,
      [0],
    );
    expect(pinned(r, 'falco/driver-kind')).toEqual([expect.objectContaining({ line: 25, column: 13 })]);
  });

  const plain = helmRelease('4.2.0', 'driver:\n  kind: module # keep me');
  const positions = (text: string | Buffer) =>
    pinned(lintJson(sandbox({ 'hr.yaml': text }).repo, [0])).map((f) => [f.ruleId, f.line, f.column]);

  it('a BOM and CRLF line endings change no position', () => {
    const expected = positions(plain);
    expect(expected).toContainEqual(['falco/driver-kind', 25, 13]);
    expect(positions(`\uFEFF${plain}`)).toEqual(expected);
    expect(positions(plain.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(positions(`\uFEFF${plain.replace(/\n/g, '\r\n')}`)).toEqual(expected);
  });

  it('migrate --write keeps the BOM and CRLF of what it rewrites, and the result parses', () => {
    const { repo } = sandbox({ 'hr.yaml': `\uFEFF${plain.replace(/\n/g, '\r\n')}` });
    const w = helmvet(['migrate', '--write'], repo);
    expectClean(w, [0], 'migrate --write');
    expect(w.stdout).toContain('wrote hr.yaml');
    const after = readFileSync(join(repo, 'hr.yaml'), 'utf8');
    expect(after.startsWith('\uFEFF')).toBe(true);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(after).toContain('      version: 9.2.0\r\n');
    expect(after).toContain('    driver:\r\n      kind: kmod # keep me\r\n');
    expectParses('hr.yaml', after);
    expect(pinned(lintJson(repo, [0]), 'falco/driver-kind')).toEqual([]);
  });
});

describe('no line break at the end of the file', () => {
  // Argo CD helm.values whose block ends the file: its value has a final line break the file does not.
  const app = (values: string) => argoHelmValues(`      values: |\n${values}`, '7.0.2');

  it('findings in the block keep their place', () => {
    // Exit 1: chart 7.0.2 has an advisory (falco/version-advisory).
    const r = lintJson(sandbox({ 'app.yaml': app('        driver:\n          kind: module') }).repo, [1]);
    expect(pinned(r, 'falco/driver-kind')).toEqual([
      expect.objectContaining({ file: 'app.yaml', line: 13, column: 17 }),
    ]);
  });

  it('migrate --write removes the last key of the block (a span past the end of the text used to loop until out of memory)', () => {
    const { repo } = sandbox({
      'app.yaml': app(
        '        driver:\n          kind: modern_ebpf\n        falco:\n          grpc:\n            enabled: true',
      ),
    });
    const w = helmvet(['migrate', '--write'], repo);
    expectClean(w, [0], 'migrate --write');
    const after = readFileSync(join(repo, 'app.yaml'), 'utf8');
    expect(after).toBe(
      app('        driver:\n          kind: modern_ebpf\n').replace('targetRevision: 7.0.2', 'targetRevision: 9.2.0'),
    );
    expectParses('app.yaml', after);
  });
});

describe('duplicate keys', () => {
  const listing = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - hr.yaml\n';

  it('in a HelmRelease that kustomize builds: an error at the later key, and the values read as Helm reads them (the later wins)', () => {
    const { repo } = sandbox({
      'kustomization.yaml': listing,
      'hr.yaml': helmRelease('4.2.0', 'driver:\n  kind: kmod\n  kind: module'),
    });
    const r = lintJson(repo, [1]);
    expect(pinned(r, 'helmvet/duplicate-key')).toEqual([
      {
        ruleId: 'helmvet/duplicate-key',
        severity: 'error',
        file: 'hr.yaml',
        line: 26,
        column: 7,
        title: '"kind" is written twice in this map (first on line 25)',
      },
    ]);
    // "module", the later value, is the one the chart gets.
    expect(pinned(r, 'falco/driver-kind')).toEqual([expect.objectContaining({ line: 26, column: 13 })]);
  });

  it('in a HelmRelease no tool in the repository reads: nothing, as helmvet cannot tell the consequence', () => {
    const { repo } = sandbox({ 'hr.yaml': helmRelease('4.2.0', 'driver:\n  kind: kmod\n  kind: modern_ebpf') });
    expect(pinned(lintJson(repo, [0]), 'helmvet/duplicate-key')).toEqual([]);
  });

  it('in a plain values file Helm reads: one warning for the file, at the first repeated key, and the later value wins', () => {
    const { repo } = sandbox({
      'kustomization.yaml': kustomization('values.yaml'),
      'values.yaml': 'driver:\n  kind: module\ntty: true\ntty: false\ndriver:\n  kind: kmod\n',
    });
    const r = lintJson(repo, [0]);
    expect(
      r.findings
        .filter((f) => f.ruleId === 'helmvet/duplicate-key')
        .map((f) => [f.severity, f.line, f.column, f.messageId, f.data]),
    ).toEqual([['warning', 4, 1, 'helmLaterWins', { key: 'tty', firstLine: 3, more: 1, release: 'helmCharts falco' }]]);
    // The later `driver` replaces the earlier one whole, as Helm does: no "module" is left to report.
    expect(pinned(r, 'falco/driver-kind')).toEqual([]);
  });

  it('a key written 10,000 times in one map is reported once, without quadratic work', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `tty: ${i % 2 === 0}`).join('\n');
    const r = lintJson(
      sandbox({ 'kustomization.yaml': kustomization('values.yaml'), 'values.yaml': `${lines}\n` }).repo,
      [0],
    );
    expect(r.findings.filter((f) => f.ruleId === 'helmvet/duplicate-key').map((f) => [f.line, f.data.more])).toEqual([
      [2, 9_998],
    ]);
  });

  it('10,000 top-level keys of a resource written twice: one finding, without quadratic work', () => {
    const doc = Array.from({ length: 10_000 }, (_, i) => `k${i}: 1`).join('\n');
    const { repo } = sandbox({
      'kustomization.yaml': 'resources:\n  - cm.yaml\n',
      'cm.yaml': `apiVersion: v1\nkind: ConfigMap\n${doc}\n${doc}\n`,
    });
    expect(pinned(lintJson(repo, [1]), 'helmvet/duplicate-key').map((f) => [f.severity, f.line])).toEqual([
      ['error', 10_003],
    ]);
  });
});
