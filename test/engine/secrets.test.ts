// Values from Secrets never appear in any report format, snippet or migration output.
import { describe, expect, it } from 'vitest';
import { render, FORMATS } from '../../src/report/index.js';
import { summary, unifiedDiff } from '../../src/migrate/output.js';
import { migrateFiles } from '../helpers/migrate.js';
import { helmRelease, lintRepo } from '../helpers/repo.js';

const WEBHOOK = 'https://hooks.slack.com/services/T0001/B0002/SuperSecretToken42';
const SECRET_VALUES = `falcosidekick:\n  config:\n    slack:\n      webhookurl: ${WEBHOOK}\ndriver:\n  kind: epbf-Tr0ub4dor\ncollectors:\n  containerd:\n    socket: /run/Hunter2Socket/containerd.sock\n  containerEngine:\n    pluginRef: ghcr.io/falcosecurity/plugins/plugin/container:0.2.6\n`;
const SECRETS = ['SuperSecretToken42', 'Tr0ub4dor', 'Hunter2Socket', WEBHOOK];

function repo(kind: 'stringData' | 'data' | 'generator'): Record<string, string> {
  const hr = helmRelease(
    '9.1.0',
    '',
    '  valuesFrom:\n    - kind: Secret\n      name: falco-secret\n      valuesKey: values.yaml',
  );
  if (kind === 'generator') {
    return {
      'app/hr.yaml': hr,
      'app/kustomization.yaml':
        'namespace: falco\nsecretGenerator:\n  - name: falco-secret\n    files:\n      - values.yaml=secret-values.yaml\n',
      'app/secret-values.yaml': SECRET_VALUES,
    };
  }
  const body =
    kind === 'data'
      ? `data:\n  values.yaml: ${Buffer.from(SECRET_VALUES).toString('base64')}\n`
      : `stringData:\n  values.yaml: |\n${SECRET_VALUES.split('\n')
          .map((l) => `    ${l}`)
          .join('\n')}\n`;
  return {
    'app/hr.yaml': hr,
    'app/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: falco-secret\n  namespace: falco\n${body}`,
  };
}

describe('secrets', () => {
  it.each(['stringData', 'data', 'generator'] as const)(
    'values from a Secret (%s) are found but never shown',
    (kind) => {
      const result = lintRepo(repo(kind));
      // The values are read: the bad driver kind and the removed key are found...
      expect(result.findings.map((f) => f.ruleId)).toEqual(
        expect.arrayContaining(['falco/driver-kind', 'falco/removed-value', 'falco/version-advisory']),
      );
      // ...but no output shows them.
      for (const format of FORMATS) {
        const text = render(format, result, { color: false });
        for (const s of SECRETS) expect(text, `${format} shows ${s}`).not.toContain(s);
      }
    },
  );

  it('migrate leaves Secret values alone and says so, without showing them', () => {
    const m = migrateFiles(repo('stringData'));
    const text = summary(m.plan) + unifiedDiff(m.plan);
    for (const s of SECRETS) expect(text).not.toContain(s);
    expect(m.after['app/secret.yaml']).toBeUndefined();
    expect(text).toContain(
      'Secret falco-secret key values.yaml is not rewritten: its values live in a Secret, which helmvet does not rewrite',
    );
  });

  it('booleans and numbers from a Secret are no secrets: "true" is not scrubbed from other messages', () => {
    const values = 'tty: true\nresources:\n  limits:\n    cpu: 1000\n';
    const files = {
      'app/hr.yaml': helmRelease('9.1.0', '', '  valuesFrom:\n    - kind: Secret\n      name: falco-secret'),
      'app/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: falco-secret\n  namespace: falco\nstringData:\n  values.yaml: |\n${values.replace(/^/gm, '    ')}`,
      'other/hr.yaml': helmRelease('9.1.0', 'falco:\n  base_syscalls:\n    repair: false').replace(
        /name: falco\n {2}namespace: falco/,
        'name: other\n  namespace: falco',
      ),
    };
    const messages = lintRepo(files).findings.map((f) => f.message);
    expect(messages.some((m) => m.includes('repair: true'))).toBe(true);
    expect(messages.filter((m) => m.includes('***'))).toEqual([]);
  });
});
