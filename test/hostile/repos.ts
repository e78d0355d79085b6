// Every hostile repository of test/hostile, as data: the topic tests pin what lint reports for each, and
// migrate.test.ts runs `helmvet migrate` over all of them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { argoApplication, argoHelmValues, helmRelease, kustomization, sandbox } from './helpers.js';

/** 50 MiB of HelmReleases, each whole but the last: over the size limit (store.ts MAX_FILE_BYTES) six times. */
export function fiftyMegabytes(): string {
  const doc = `${helmRelease('4.2.0', 'driver:\n  kind: module')}---\n`;
  return doc.repeat(Math.ceil((50 * 1024 * 1024) / doc.length)).slice(0, 50 * 1024 * 1024);
}

/** Billion laughs: ten levels of nine aliases each, 9^10 values once expanded, in 600 bytes. */
export function billionLaughs(indent = ''): string {
  const lines = [`${indent}a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]`];
  for (let i = 1; i < 10; i++) {
    const name = String.fromCharCode(97 + i);
    const prev = String.fromCharCode(96 + i);
    lines.push(`${indent}${name}: &${name} [${Array<string>(9).fill(`*${prev}`).join(', ')}]`);
  }
  return lines.join('\n');
}

/** Merge keys that multiply: each level merges ten of the one before, twelve levels. */
export function mergeBomb(): string {
  const lines = ['m0: &m0 {a: 1, b: 2}'];
  for (let i = 1; i <= 12; i++) {
    const refs = Array<string>(10)
      .fill(`*m${i - 1}`)
      .join(', ');
    lines.push(`m${i}: &m${i}`, `  <<: [${refs}]`, `  k${i}: [${refs}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** What a secret-looking file outside the repository holds: no output may ever show it. */
export const SECRET = 'hunter2-AKIAIOSFODNN7EXAMPLE-do-not-leak';
export const OUTSIDE = {
  'outside.yaml': `driver:\n  kind: module\npassword: ${SECRET}\n`,
  'outside/values.yaml': `driver:\n  kind: module\ntoken: ${SECRET}\n`,
};

const argoApp = (helmLines: string) => `${argoHelmValues(helmLines)}\n`;

const valuesFrom = (kind: string) =>
  helmRelease('4.2.0', 'tty: true', `  valuesFrom:\n    - kind: ${kind}\n      name: falco-values`);
const ok = { 'ok/hr.yaml': helmRelease('4.2.0', 'driver:\n  kind: module') };

export interface Hostile {
  name: string;
  files: Record<string, string | Buffer>;
  /** Links and other things writeFile cannot make. */
  setup?: (root: string, repo: string) => void;
  /** Exit codes `helmvet migrate` may end with (default 0 or 1). */
  codes?: readonly number[];
}

export const HOSTILE: readonly Hostile[] = [
  { name: 'billion laughs in a values file', files: { 'values.yaml': `${billionLaughs()}\n`, ...ok } },
  { name: 'billion laughs in a HelmRelease', files: { 'bomb/hr.yaml': helmRelease('4.2.0', billionLaughs()), ...ok } },
  {
    name: 'billion laughs in Argo CD helm.values',
    files: { 'app.yaml': argoApp(`      values: |\n${billionLaughs('        ')}`), ...ok },
  },
  { name: 'merge-key bomb', files: { 'values.yaml': mergeBomb(), ...ok } },
  {
    name: '40,000 aliases',
    files: {
      'hr.yaml': helmRelease(
        '4.2.0',
        `driver:\n  kind: module\npodLabels: &t {team: sec}\ntolerations: [${Array<string>(40_000).fill('*t').join(', ')}]`,
      ),
    },
  },
  { name: 'keys of keys, 40 levels', files: { 'values.yaml': `${'? '.repeat(40)}x\n`, ...ok } },
  { name: '50 MB file', files: { 'big.yaml': fiftyMegabytes(), ...ok } },
  { name: '8 MiB of one-character items', files: { 'dense.yaml': '- a\n'.repeat((8 * 1024 * 1024 - 16) / 4), ...ok } },
  { name: 'two million documents', files: { 'docs.yaml': '---\n'.repeat(2_000_000), ...ok } },
  { name: '10,000 compact block sequences', files: { 'deep.yaml': `${'- '.repeat(10_000)}x\n`, ...ok } },
  { name: '10,000 explicit keys', files: { 'deep.yaml': `${'? '.repeat(10_000)}x\n`, ...ok } },
  {
    name: '4,000 block maps by indentation',
    files: { 'deep.yaml': `${Array.from({ length: 4_000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')}\n`, ...ok },
  },
  { name: '10,000 flow sequences', files: { 'deep.yaml': `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, ...ok } },
  { name: '10,000 flow maps', files: { 'deep.yaml': `a: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`, ...ok } },
  {
    name: 'flow sequences after a comment of `]`',
    files: { 'deep.yaml': `# ${']'.repeat(10_000)}\na: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, ...ok },
  },
  { name: '8 MiB of unclosed `[`', files: { 'deep.yaml': `a: ${'['.repeat(8 * 1024 * 1024 - 16)}\n`, ...ok } },
  {
    name: '10,000 levels in a base64 Secret',
    files: {
      'falco/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: falco-values\n  namespace: falco\ndata:\n  values.yaml: ${Buffer.from(`driver: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`).toString('base64')}\n`,
      'falco/hr.yaml': valuesFrom('Secret'),
    },
  },
  {
    name: '10,000 levels in escapes of Argo CD helm.values',
    files: { 'app.yaml': argoApp(`      values: "a: ${'\\x5b'.repeat(10_000)}"`), ...ok },
  },
  { name: 'binary .yaml', files: { 'image.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]), ...ok } },
  { name: 'invalid UTF-8', files: { 'latin1.yaml': Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]), ...ok } },
  {
    name: 'UTF-16',
    files: {
      'values.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('driver:\n  kind: module\n', 'utf16le')]),
      ...ok,
    },
  },
  {
    name: 'binary values file named by kustomize',
    files: { 'kustomization.yaml': kustomization('values.yaml'), 'values.yaml': Buffer.from([0x00, 0x01]) },
  },
  { name: 'tab indentation', files: { 'tabs.yaml': 'driver:\n\tkind: module\n', ...ok } },
  {
    name: 'BOM and CRLF',
    files: { 'hr.yaml': `\uFEFF${helmRelease('4.2.0', 'driver:\n  kind: module # keep').replace(/\n/g, '\r\n')}` },
  },
  {
    name: 'values block at the end of a file without a final newline',
    files: {
      'app.yaml': argoApp(
        '      values: |\n        driver:\n          kind: modern_ebpf\n        falco:\n          grpc:\n            enable',
      ).trimEnd(),
    },
  },
  {
    name: 'duplicate keys',
    files: {
      'hr.yaml': helmRelease('4.2.0', 'driver:\n  kind: kmod\n  kind: module'),
      'kustomization.yaml': kustomization('values.yaml'),
      'values.yaml': 'tty: true\ntty: false\ndriver:\n  kind: module\n',
    },
  },
  {
    name: 'kustomize valuesFile outside',
    files: { 'apps/falco/kustomization.yaml': kustomization('../../../outside.yaml') },
  },
  {
    name: 'kustomize absolute valuesFile',
    files: {},
    setup: (root, repo) => writeFileSync(join(repo, 'kustomization.yaml'), kustomization(join(root, 'outside.yaml'))),
  },
  { name: 'Argo CD $values outside', files: { 'apps/falco.yaml': argoApplication('../outside.yaml') } },
  {
    name: 'generators outside',
    files: {
      'falco/kustomization.yaml':
        'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: falco\nconfigMapGenerator:\n  - name: falco-values\n    files:\n      - values.yaml=../../outside/values.yaml\nsecretGenerator:\n  - name: s\n    files:\n      - ../../outside.yaml\n',
      'falco/hr.yaml': valuesFrom('ConfigMap'),
    },
  },
  {
    name: 'symlinks to outside',
    files: {
      'k/kustomization.yaml': kustomization('values.yaml'),
      'apps/falco.yaml': argoApplication('shared/values.yaml'),
      'g/kustomization.yaml':
        'configMapGenerator:\n  - name: falco-values\n    namespace: falco\n    files:\n      - values.yaml\n',
      'g/hr.yaml': valuesFrom('ConfigMap'),
    },
    setup: (root, repo) => {
      symlinkSync(join(root, 'outside.yaml'), join(repo, 'k/values.yaml'));
      symlinkSync(join(root, 'outside.yaml'), join(repo, 'g/values.yaml'));
      symlinkSync('../outside', join(repo, 'shared'));
    },
  },
  {
    name: 'symlink inside the repository',
    files: { 'k/kustomization.yaml': kustomization('values.yaml'), 'shared/values.yaml': 'driver:\n  kind: module\n' },
    setup: (_, repo) => void symlinkSync('../shared/values.yaml', join(repo, 'k/values.yaml')),
  },
  {
    name: 'symlink loops',
    files: { 'kustomization.yaml': kustomization('l1.yaml'), ...ok },
    setup: (_, repo) => {
      symlinkSync('l2.yaml', join(repo, 'l1.yaml'));
      symlinkSync('l1.yaml', join(repo, 'l2.yaml'));
      symlinkSync('self.yaml', join(repo, 'self.yaml'));
      mkdirSync(join(repo, 'dir'));
      symlinkSync('..', join(repo, 'dir', 'up'));
    },
  },
  {
    name: 'named pipes',
    files: { 'kustomization.yaml': kustomization('values.yaml'), ...ok },
    setup: (_, repo) => {
      execFileSync('mkfifo', [join(repo, 'values.yaml')]);
      execFileSync('mkfifo', [join(repo, 'pipe.yaml')]);
    },
  },
  { name: '.gitignore directory', files: ok, setup: (_, repo) => mkdirSync(join(repo, '.gitignore')) },
  {
    name: '60 MB .gitignore',
    files: { '.gitignore': Array.from({ length: 2_500_000 }, (_, i) => `dir${i}/file${i}.yaml`).join('\n'), ...ok },
    codes: [2],
  },
];

/** Writes a hostile repository into a fresh sandbox, with the secret-looking files beside it. */
export function build(h: Hostile): { root: string; repo: string } {
  const box = sandbox(h.files, OUTSIDE);
  h.setup?.(box.root, box.repo);
  return box;
}
