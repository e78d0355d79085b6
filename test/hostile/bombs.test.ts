// Input built to exhaust time or memory: alias bombs, quadratic alias chains, huge and dense files, exploding keys.
// Each runs through the CLI with a 256 MB heap (an unbounded expansion would crash it) and must end in well under 10 s.
import { describe, expect, it } from 'vitest';
import { argoHelmValues, helmRelease, lintJson, pinned, sandbox } from './helpers.js';
import { billionLaughs, fiftyMegabytes, mergeBomb } from './repos.js';

const BOMB = 'document not analysed: more than 200000 values after alias expansion (a YAML alias bomb?)';

describe('alias bombs', () => {
  it('billion laughs in a values file: one info finding where the document starts, exit 0', () => {
    const { repo } = sandbox({ 'values.yaml': `${billionLaughs()}\n` });
    const r = lintJson(repo, [0]);
    expect(pinned(r)).toEqual([
      {
        ruleId: 'helmvet/unresolved-reference',
        severity: 'info',
        file: 'values.yaml',
        line: 1,
        column: 1,
        title: BOMB,
      },
    ]);
  });

  it('billion laughs in a HelmRelease: that document is not analysed, every other file still is', () => {
    const { repo } = sandbox({
      'bomb/hr.yaml': helmRelease('4.2.0', billionLaughs()),
      'ok/hr.yaml': helmRelease('4.2.0', 'driver:\n  kind: module'),
    });
    const r = lintJson(repo, [0]);
    expect(pinned(r).filter((f) => f.file === 'bomb/hr.yaml')).toEqual([
      {
        ruleId: 'helmvet/unresolved-reference',
        severity: 'info',
        file: 'bomb/hr.yaml',
        line: 9,
        column: 1,
        title: BOMB,
      },
    ]);
    expect(pinned(r, 'falco/driver-kind')).toEqual([
      expect.objectContaining({ file: 'ok/hr.yaml', line: 25, column: 13 }),
    ]);
  });

  it('billion laughs in Argo CD helm.values (YAML in a string): reported at the string', () => {
    const app = `${argoHelmValues(`      values: |\n${billionLaughs('        ')}`)}\n`;
    const r = lintJson(sandbox({ 'app.yaml': app }).repo, [0]);
    expect(pinned(r, 'helmvet/unresolved-reference')).toEqual([
      {
        ruleId: 'helmvet/unresolved-reference',
        severity: 'info',
        file: 'app.yaml',
        line: 11,
        column: 15,
        title: 'helm.values not analysed: more than 200000 values after alias expansion',
      },
    ]);
  });

  it('merge keys that multiply (`<<: [*m, *m, …]` twelve levels deep)', () => {
    const r = lintJson(sandbox({ 'values.yaml': mergeBomb() }).repo, [0]);
    expect(pinned(r)).toEqual([
      {
        ruleId: 'helmvet/unresolved-reference',
        severity: 'info',
        file: 'values.yaml',
        line: 1,
        column: 1,
        title: BOMB,
      },
    ]);
  });

  it('40,000 aliases of one anchor (each used to cost a walk of the whole document: 100 s) are read in linear time', () => {
    const aliases = Array<string>(40_000).fill('*t').join(', ');
    const { repo } = sandbox({
      'hr.yaml': helmRelease('4.2.0', `driver:\n  kind: module\npodLabels: &t {team: sec}\ntolerations: [${aliases}]`),
    });
    const r = lintJson(repo, [0]);
    // The document was analysed: its finding is there.
    expect(pinned(r, 'falco/driver-kind')).toEqual([
      expect.objectContaining({ file: 'hr.yaml', line: 25, column: 13 }),
    ]);
  });

  it('keys of keys (`? ? ? … x`, 40 levels): named in bounded text, not yaml’s JSON of JSON (a gigabyte string)', () => {
    const r = lintJson(sandbox({ 'values.yaml': `${'? '.repeat(40)}x\n` }).repo, [0]);
    expect(r.findings).toEqual([]);
    expect(r.files).toBe(1);
  });
});

describe('huge and dense files', () => {
  it('a 50 MB file is not read: one error finding at 1:1, exit 1, and the rest of the repository is linted', () => {
    const { repo } = sandbox({
      'big.yaml': fiftyMegabytes(),
      'ok/hr.yaml': helmRelease('4.2.0', 'driver:\n  kind: module'),
    });
    const r = lintJson(repo, [1]);
    expect(pinned(r, 'helmvet/unreadable-file')).toEqual([
      {
        ruleId: 'helmvet/unreadable-file',
        severity: 'error',
        file: 'big.yaml',
        line: 1,
        column: 1,
        title: "file is 50.0 MiB, over helmvet's 8 MiB limit for YAML; not read",
      },
    ]);
    expect(pinned(r, 'falco/driver-kind').map((f) => f.file)).toEqual(['ok/hr.yaml']);
    expect(r.files).toBe(2);
  });

  it('8 MiB of one-character list items (8 million tokens, once 16 s and 1.5 GB) is refused by its token count', () => {
    const dense = '- a\n'.repeat((8 * 1024 * 1024 - 16) / 4);
    const r = lintJson(sandbox({ 'dense.yaml': dense }).repo, [1]);
    expect(pinned(r)).toEqual([
      {
        ruleId: 'helmvet/unreadable-file',
        severity: 'error',
        file: 'dense.yaml',
        line: 1,
        column: 1,
        title: "file has more than 1,000,000 YAML tokens, over helmvet's limit for one text; not read",
      },
    ]);
  });

  it('8 MiB of flow-sequence items in one document is refused the same way', () => {
    const dense = `a: [${'[],'.repeat((8 * 1024 * 1024 - 16) / 3)}]\n`;
    const r = lintJson(sandbox({ 'dense.yaml': dense }).repo, [1]);
    expect(pinned(r).map((f) => f.title)).toEqual([
      "file has more than 1,000,000 YAML tokens, over helmvet's limit for one text; not read",
    ]);
  });

  it('a file of two million empty documents is refused by its document count', () => {
    const r = lintJson(sandbox({ 'docs.yaml': '---\n'.repeat(2_000_000) }).repo, [1]);
    expect(pinned(r)).toEqual([
      {
        ruleId: 'helmvet/unreadable-file',
        severity: 'error',
        file: 'docs.yaml',
        line: 1,
        column: 1,
        title: "file has more than 50,000 YAML documents, over helmvet's limit for one text; not read",
      },
    ]);
  });

  it('a values file over the limits named by kustomize: the unreadable file, and the reference that cannot be followed', () => {
    const { repo } = sandbox({
      'kustomization.yaml':
        'helmCharts:\n  - name: falco\n    repo: https://falcosecurity.github.io/charts\n    version: 4.2.0\n    valuesFile: values.conf\n',
      'values.conf': '- a\n'.repeat(2_000_000),
    });
    const r = lintJson(repo, [1]);
    expect(pinned(r).filter((f) => f.ruleId.startsWith('helmvet/'))).toEqual([
      {
        ruleId: 'helmvet/unresolved-reference',
        severity: 'info',
        file: 'kustomization.yaml',
        line: 5,
        column: 17,
        title: 'values file values.conf cannot be read as YAML text',
      },
      {
        ruleId: 'helmvet/unreadable-file',
        severity: 'error',
        file: 'values.conf',
        line: 1,
        column: 1,
        title: "file has more than 1,000,000 YAML tokens, over helmvet's limit for one text; not read",
      },
    ]);
  });
});
