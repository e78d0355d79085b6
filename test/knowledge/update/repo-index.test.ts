// index.yaml: the falco versions, their URLs made absolute, digests and dates.
import { describe, expect, it } from 'vitest';
import { KnowledgeUpdateError } from '../../../src/knowledge/update/errors.js';
import { parseRepoIndex } from '../../../src/knowledge/update/repo-index.js';
import { indexYaml } from './helpers.js';

const REPO = 'http://127.0.0.1:1/charts';
const INDEX = `${REPO}/index.yaml`;
const parse = (text: string) => parseRepoIndex(text, INDEX, REPO);
const refusal = (text: string): string => {
  try {
    parse(text);
  } catch (e) {
    expect(e).toBeInstanceOf(KnowledgeUpdateError);
    return (e as Error).message;
  }
  throw new Error('expected a refusal');
};
const DIGEST = 'ab'.repeat(32);

describe('parseRepoIndex', () => {
  it('lists the falco versions with absolute URLs, digests and dates', () => {
    const entries = parse(
      indexYaml([
        {
          version: '9.3.0',
          appVersion: '0.46.0',
          urls: ['falco-9.3.0.tgz'],
          digest: DIGEST.toUpperCase(),
          created: '2026-08-03T09:00:00.5Z',
        },
        { version: '9.2.0-rc1', urls: ['https://mirror.example/falco/falco-9.2.0-rc1.tgz', 'ignored.tgz'] },
        { version: '9.1.0', urls: ['../elsewhere/falco-9.1.0.tgz'], created: 'yesterday' },
      ]),
    );
    expect(entries).toEqual([
      { version: '9.3.0', appVersion: '0.46.0', url: `${REPO}/falco-9.3.0.tgz`, digest: DIGEST, date: '2026-08-03' },
      {
        version: '9.2.0-rc1',
        appVersion: '0.44.1',
        url: 'https://mirror.example/falco/falco-9.2.0-rc1.tgz',
        digest: null,
        date: '2026-08-01',
      },
      {
        version: '9.1.0',
        appVersion: '0.44.1',
        url: 'http://127.0.0.1:1/elsewhere/falco-9.1.0.tgz',
        digest: null,
        date: null,
      },
    ]);
  });

  it('a repository URL with a trailing slash resolves the same', () => {
    expect(
      parseRepoIndex(indexYaml([{ version: '9.3.0', urls: ['falco-9.3.0.tgz'] }]), INDEX, `${REPO}/`)[0]!.url,
    ).toBe(`${REPO}/falco-9.3.0.tgz`);
  });

  it('keeps versions as written (the failsafe schema: 1.10 is not 1.1)', () => {
    expect(
      parse('entries:\n  falco:\n    - version: 1.10.0\n      appVersion: 0.40\n      urls: [a.tgz]\n')[0],
    ).toMatchObject({ version: '1.10.0', appVersion: '0.40' });
  });

  it('accepts a digest written with its algorithm', () => {
    expect(parse(indexYaml([{ version: '9.3.0', urls: ['a.tgz'], digest: `sha256:${DIGEST}` }]))[0]!.digest).toBe(
      DIGEST,
    );
  });

  it('keeps the first of duplicate versions', () => {
    expect(
      parse(
        indexYaml([
          { version: '9.3.0', urls: ['a.tgz'] },
          { version: '9.3.0', urls: ['b.tgz'] },
        ]),
      ).map((e) => e.url),
    ).toEqual([`${REPO}/a.tgz`]);
  });

  it.each([
    ['a: [', `${INDEX}: not valid YAML`],
    ['- 1\n', `${INDEX}: not a Helm repository index (no entries)`],
    ['entries:\n  falcosidekick: []\n', `${INDEX}: the index lists no falco chart`],
    ['entries:\n  falco:\n    - urls: [a.tgz]\n', `${INDEX}: a falco entry has no version`],
    [
      'entries:\n  falco:\n    - version: latest\n      urls: [a.tgz]\n',
      `${INDEX}: falco chart version latest is not a semantic version`,
    ],
    ['entries:\n  falco:\n    - version: 9.3.0\n', `${INDEX}: falco 9.3.0 has no urls`],
    [
      'entries:\n  falco:\n    - version: 9.3.0\n      urls: ["file:///etc/passwd"]\n',
      `${INDEX}: falco 9.3.0: file:///etc/passwd is not an http(s) URL`,
    ],
    [
      'entries:\n  falco:\n    - version: 9.3.0\n      urls: ["data:,x"]\n',
      `${INDEX}: falco 9.3.0: data:,x is not an http(s) URL`,
    ],
    [
      'entries:\n  falco:\n    - version: 9.3.0\n      urls: [a.tgz]\n      digest: md5:abc\n',
      `${INDEX}: falco 9.3.0 has digest md5:abc, not a sha256`,
    ],
  ])('refuses %j', (text, message) => {
    expect(refusal(text).startsWith(message)).toBe(true);
  });
});
