// A small lint result built by hand: a HelmRelease (with a tab before the version, so the caret has
// to account for it), a Secret holding values, three findings of each severity, one release.
import type { LintResult, ReleaseSummary } from '../../src/engine/result.js';
import { composeMessage, type Finding } from '../../src/findings.js';
import { parseSource, type SourceFile } from '../../src/load/source.js';
import { docsUrl } from '../../src/findings.js';

export const SECRET = 'SUPERSECRET-hooks-T000-B000-XyZ';

export const helmRelease = parseSource(
  'clusters/prod/falco/helmrelease.yaml',
  '/repo/clusters/prod/falco/helmrelease.yaml',
  [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    '  name: falco',
    '  namespace: security',
    'spec:',
    '  chart:',
    '    spec:',
    '      chart: falco',
    '      version:\t"3.8.7"',
    '  values:',
    '    driver:',
    '      kind: ebpf',
    '  valuesFrom:',
    '    - kind: Secret',
    '      name: falco-values',
    '',
  ].join('\n'),
);

function secretFile(): SourceFile {
  const file = parseSource(
    'clusters/prod/falco/falco-values.secret.yaml',
    '/repo/clusters/prod/falco/falco-values.secret.yaml',
    [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: falco-values',
      '  namespace: security',
      'stringData:',
      '  values.yaml: |',
      '    falcosidekick:',
      '      config:',
      '        slack:',
      `          webhookurl: https://hooks.slack.com/services/${SECRET}`,
      '',
    ].join('\n'),
  );
  return { ...file, sensitive: true };
}
export const secret = secretFile();

/** The span of the first `needle` in a file, or of `length` characters from it. */
export function spanOf(file: SourceFile, needle: string, length = needle.length) {
  const start = file.text.indexOf(needle);
  if (start < 0) throw new Error(`${needle} not in ${file.path}`);
  return { file, start, end: start + length };
}

const rules = [
  {
    id: 'falco/version-advisory',
    title: 'Chart versions that install a Falco with a known defect',
    severity: 'error',
    fixable: true,
    references: ['https://github.com/falcosecurity/falco/issues/3610'],
  },
  {
    id: 'falco/removed-driver-kind',
    title: 'driver.kind values the chart no longer accepts',
    severity: 'warning',
    fixable: true,
    references: [],
  },
  {
    id: 'flux/values-from-secret',
    title: 'Values read from a Secret',
    severity: 'info',
    fixable: false,
    references: [],
  },
  {
    id: 'talos/kernel-args',
    title: 'Talos kernel arguments Falco needs',
    severity: 'warning',
    fixable: false,
    references: [],
  },
] as const;

/** A finding as a rule's words make it: the message is title, why and help. */
export function finding(
  f: Omit<Finding, 'message' | 'messageId' | 'data' | 'why' | 'help'> &
    Partial<Pick<Finding, 'messageId' | 'data' | 'why' | 'help'>>,
): Finding {
  const why = f.why ?? '';
  const help = f.help ?? '';
  return { messageId: 'sample', data: {}, ...f, why, help, message: composeMessage(f.title, why, help) };
}

const findings: Finding[] = [
  finding({
    ruleId: 'falco/version-advisory',
    severity: 'error',
    title: 'chart 3.8.7 installs Falco 0.36.2, which crashes on kernels >= 6.6',
    why: 'the modern eBPF probe fails to load there',
    help: 'use chart 4.0.0 or newer',
    span: spanOf(helmRelease, '"3.8.7"'),
    references: ['https://github.com/falcosecurity/falco/issues/3610'],
    fix: { kind: 'safe', description: 'Set the version to 4.0.0' },
  }),
  finding({
    ruleId: 'falco/removed-driver-kind',
    severity: 'warning',
    title: 'driver.kind ebpf was removed in chart 4.0.0 | use modern_ebpf',
    // The whole `driver:` mapping, trailing newline included, as yaml reports a block node.
    span: spanOf(helmRelease, 'driver:\n      kind: ebpf\n'),
    references: [],
  }),
  finding({
    ruleId: 'flux/values-from-secret',
    severity: 'info',
    title: 'values from Secret falco-values are checked for keys only',
    span: spanOf(secret, 'webhookurl', `webhookurl: https://hooks.slack.com/services/${SECRET}`.length),
    references: [],
  }),
];

export const release: ReleaseSummary = {
  title: 'HelmRelease security/falco',
  tool: 'flux',
  file: helmRelease.path,
  line: 10,
  column: 16,
  constraint: '3.8.7',
  status: 'resolved',
  note: '3.8.7 admits 3.8.7 (1 version)',
  installed: {
    chart: '3.8.7',
    falco: '0.36.2',
    falcoPinned: false,
    containerPlugin: null,
    k8smetaPlugin: null,
    driverKind: 'module',
    imageFlavor: 'no-driver',
  },
  openAbove: false,
  admitted: { count: 1, lowest: '3.8.7', highest: '3.8.7' },
};

export function sampleResult(overrides: Partial<LintResult> = {}): LintResult {
  return {
    files: 2,
    templates: 0,
    skipped: [],
    findings,
    releases: [release],
    knowledge: {
      newestChart: '9.1.0',
      date: '2026-06-11',
      bundled: { oldest: '1.1.8', newest: '9.1.0', date: '2026-06-11' },
      cache: null,
    },
    rules: rules.map((rule) => ({ ...rule, references: [...rule.references], docsUrl: docsUrl(rule.id) })),
    tool: { name: 'helmvet', version: '0.1.0' },
    ...overrides,
  };
}
