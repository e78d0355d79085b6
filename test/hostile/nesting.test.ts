// Nesting built to overflow the stack: 10,000 levels in every way YAML can nest, in files and in YAML held in
// strings. Every one is refused at the exact place where it passes 500 levels, before anything recurses.
import { describe, expect, it } from 'vitest';
import { argoHelmValues, expectClean, helmRelease, helmvet, lintJson, pinned, sandbox } from './helpers.js';

const TOO_DEEP = 'nested deeper than 500 levels; helmvet does not parse it (no Kubernetes tool reads such a file)';

/** The single finding of a one-file repository. */
function only(text: string) {
  const r = lintJson(sandbox({ 'deep.yaml': text }).repo, [1]);
  expect(r.files).toBe(1);
  return pinned(r);
}

const syntax = (line: number, column: number) => [
  { ruleId: 'helmvet/yaml-syntax', severity: 'error', file: 'deep.yaml', line, column, title: TOO_DEEP },
];

describe('10,000 levels of nesting in a file: one error where level 501 starts', () => {
  it('block sequences by indentation, written compactly (`- - - … x`)', () => {
    expect(only(`${'- '.repeat(10_000)}x\n`)).toEqual(syntax(1, 1001));
  });

  it('explicit keys by indentation (`? ? ? … x`)', () => {
    expect(only(`${'? '.repeat(10_000)}x\n`)).toEqual(syntax(1, 1001));
  });

  it('block maps, one level a line, one space deeper each: 4,000 levels fit under the 8 MiB limit', () => {
    const text = Array.from({ length: 4_000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(only(`${text}\n${' '.repeat(4_000)}v\n`)).toEqual(syntax(501, 501));
  });

  it('block maps one level a line, 10,000 levels: 50 MB of indentation, refused by the size limit before any parse', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    expect(only(`${text}\n`)).toEqual([
      {
        ruleId: 'helmvet/unreadable-file',
        severity: 'error',
        file: 'deep.yaml',
        line: 1,
        column: 1,
        title: "file is 47.7 MiB, over helmvet's 8 MiB limit for YAML; not read",
      },
    ]);
  });

  it('block sequences of maps (`- k:` at each level), whose depth grows faster than the indentation', () => {
    const text = Array.from({ length: 300 }, (_, i) => `${' '.repeat(2 * i)}- k:`).join('\n');
    expect(only(`${text}\n`)).toEqual(syntax(251, 501));
  });

  it('flow sequences (`a: [[[…]]]`)', () => {
    expect(only(`a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`)).toEqual(syntax(1, 503));
  });

  it('flow maps (`a: {a: {a: …}}`)', () => {
    expect(only(`a: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`)).toEqual(syntax(1, 2000));
  });

  it('flow sequences after a comment full of `]` (a text count of brackets would go negative and let them through)', () => {
    expect(only(`# ${']'.repeat(10_000)}\na: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`)).toEqual(syntax(2, 503));
  });

  it('flow sequences with `]` in quoted strings at every level', () => {
    expect(only(`a: ${'["]", '.repeat(10_000)}1${']'.repeat(10_000)}\n`)).toEqual(syntax(1, 2998));
  });

  it('unclosed flow sequences: refused, not parsed for seconds', () => {
    expect(only(`a: ${'['.repeat(8 * 1024 * 1024 - 16)}\n`)).toEqual(syntax(1, 503));
  });

  it('500 levels parse, and are linted and migrated like any file', () => {
    const deep = `${'- '.repeat(499)}x\n`;
    const { repo } = sandbox({
      'deep.yaml': deep,
      'hr.yaml': helmRelease(
        '4.2.0',
        `driver:\n  kind: module\ncustomRules:\n  deep.yaml: ${'['.repeat(490)}${']'.repeat(490)}`,
      ),
    });
    const r = lintJson(repo, [0]);
    expect(pinned(r, 'helmvet/yaml-syntax')).toEqual([]);
    expect(pinned(r, 'falco/driver-kind')).toEqual([
      expect.objectContaining({ file: 'hr.yaml', line: 25, column: 13 }),
    ]);
    const m = helmvet(['migrate', '.'], repo);
    expectClean(m, [0], 'migrate');
    expect(m.stdout).toContain('driver.kind: module became kmod');
  });
});

describe('10,000 levels in YAML held in a string: the reference is not analysed, nothing overflows', () => {
  const valuesFrom = (kind: string) =>
    helmRelease('4.2.0', 'tty: true', `  valuesFrom:\n    - kind: ${kind}\n      name: falco-values`);

  it('in a Secret, base64-encoded (the host file shows no nesting at all)', () => {
    const deep = Buffer.from(`driver:\n  kind: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`).toString('base64');
    const { repo } = sandbox({
      'falco/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: falco-values\n  namespace: falco\ndata:\n  values.yaml: ${deep}\n`,
      'falco/hr.yaml': valuesFrom('Secret'),
    });
    const r = lintJson(repo, [0]);
    expect(pinned(r, 'helmvet/unresolved-reference')).toEqual([
      {
        ruleId: 'helmvet/unresolved-reference',
        severity: 'info',
        file: 'falco/secret.yaml',
        line: 7,
        column: 3,
        title:
          'Secret falco-values key values.yaml not analysed: nested deeper than 500 levels; helmvet does not parse it (no Kubernetes tool reads such a file)',
      },
    ]);
  });

  it('in Argo CD helm.values, written with escapes in a double-quoted string', () => {
    const app = `${argoHelmValues(`      values: "a: ${'\\x5b'.repeat(10_000)}"`)}\n`;
    const r = lintJson(sandbox({ 'app.yaml': app }).repo, [0]);
    expect(pinned(r, 'helmvet/unresolved-reference')).toEqual([
      {
        ruleId: 'helmvet/unresolved-reference',
        severity: 'info',
        file: 'app.yaml',
        line: 11,
        column: 15,
        title:
          'helm.values not analysed: nested deeper than 500 levels; helmvet does not parse it (no Kubernetes tool reads such a file)',
      },
    ]);
  });

  it('in a ConfigMap values block, where the host file holds it as one scalar', () => {
    const levels = Array.from({ length: 600 }, (_, i) => `${' '.repeat(8 + i)}k:`).join('\n');
    const { repo } = sandbox({
      'falco/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: falco-values\n  namespace: falco\ndata:\n  values.yaml: |\n    driver:\n      kind:\n${levels}\n`,
      'falco/hr.yaml': valuesFrom('ConfigMap'),
    });
    const r = lintJson(repo, [0]);
    expect(pinned(r, 'helmvet/unresolved-reference')).toEqual([
      {
        ruleId: 'helmvet/unresolved-reference',
        severity: 'info',
        file: 'falco/cm.yaml',
        line: 7,
        column: 3,
        title:
          'ConfigMap falco-values key values.yaml not analysed: nested deeper than 500 levels; helmvet does not parse it (no Kubernetes tool reads such a file)',
      },
    ]);
    expect(pinned(r, 'helmvet/yaml-syntax')).toEqual([]);
  });
});
