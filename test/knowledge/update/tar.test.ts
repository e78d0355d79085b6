// The tar reader: the formats Helm (Go's archive/tar) and GNU tar write, and every way an archive can be broken or
// try to reach outside the chart. Archives come from three writers: the byte-level helper (for hostile ones), GNU
// tar, and Go's archive/tar as Helm uses it (fixtures/helm-save.tgz, see helm-save.go).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TarError, pathEscapes, readTarFiles } from '../../../src/knowledge/update/tar.js';
import { paxEntry, tar, tempDir, type TarEntry } from './helpers.js';

const WANTED = new Set(['falco/Chart.yaml', 'falco/values.yaml']);
const MB = 1024 * 1024;

const read = (archive: Buffer, wanted: ReadonlySet<string> = WANTED, max = 2 * MB) =>
  Object.fromEntries([...readTarFiles(archive, wanted, max)].map(([k, v]) => [k, v.toString('utf8')]));
const failure = (archive: Buffer, wanted: ReadonlySet<string> = WANTED, max = 2 * MB): string => {
  try {
    readTarFiles(archive, wanted, max);
  } catch (e) {
    expect(e).toBeInstanceOf(TarError);
    return (e as Error).message;
  }
  throw new Error('expected the archive to be refused');
};

const chart: TarEntry[] = [
  { path: 'falco/Chart.yaml', body: 'name: falco\n' },
  { path: 'falco/values.yaml', body: 'driver:\n  kind: auto\n' },
];

describe('readTarFiles: what it reads', () => {
  it('returns the wanted regular files and skips the rest', () => {
    const archive = tar([
      { path: 'falco/', type: '5' },
      ...chart,
      { path: 'falco/templates/ds.yaml', body: 'kind: DaemonSet\n' },
    ]);
    expect(read(archive)).toEqual({
      'falco/Chart.yaml': 'name: falco\n',
      'falco/values.yaml': 'driver:\n  kind: auto\n',
    });
  });

  it('returns copies, not views of the archive', () => {
    const archive = tar(chart);
    const files = readTarFiles(archive, WANTED, MB);
    archive.fill(0);
    expect(files.get('falco/Chart.yaml')!.toString()).toBe('name: falco\n');
  });

  it('a missing file is simply absent (the caller names it)', () => {
    expect(read(tar([chart[0]!]))).toEqual({ 'falco/Chart.yaml': 'name: falco\n' });
  });

  it('./falco//values.yaml is falco/values.yaml', () => {
    expect(read(tar([{ path: './falco//values.yaml', body: 'a: 1\n' }]))).toEqual({ 'falco/values.yaml': 'a: 1\n' });
  });

  it('joins the ustar prefix field and the name', () => {
    expect(read(tar([{ prefix: 'falco', path: 'values.yaml', body: 'a: 1\n' }]))).toEqual({
      'falco/values.yaml': 'a: 1\n',
    });
  });

  it('ignores the prefix field under the GNU magic, where those bytes mean something else', () => {
    expect(read(tar([{ magic: 'gnu', prefix: 'junk', path: 'falco/values.yaml', body: 'a: 1\n' }]))).toEqual({
      'falco/values.yaml': 'a: 1\n',
    });
  });

  it('takes the path, the link target and the size from a PAX extended header', () => {
    const body = 'from: pax\n';
    const archive = tar([
      paxEntry({ path: 'falco/values.yaml', size: String(body.length), mtime: '1767225600.5' }),
      { path: 'short-name', size: 0, body },
    ]);
    expect(read(archive)).toEqual({ 'falco/values.yaml': body });
  });

  it('a PAX header applies to the next entry only', () => {
    const archive = tar([
      paxEntry({ path: 'falco/values.yaml' }),
      { path: 'x', body: 'pax: 1\n' },
      { path: 'falco/Chart.yaml', body: 'name: falco\n' },
    ]);
    expect(read(archive)).toEqual({ 'falco/values.yaml': 'pax: 1\n', 'falco/Chart.yaml': 'name: falco\n' });
  });

  it('ignores PAX global headers', () => {
    expect(
      read(tar([{ path: 'pax_global_header', type: 'g', body: '30 comment=made by git archive\n' }, ...chart])),
    ).toHaveProperty(['falco/values.yaml']);
  });

  it('takes the path from a GNU long name (././@LongLink)', () => {
    const long = `falco/${'d'.repeat(120)}/values.yaml`;
    const archive = tar([
      { path: '././@LongLink', type: 'L', body: `${long}\0` },
      { path: long.slice(0, 99), body: 'gnu: 1\n' },
    ]);
    expect(read(archive, new Set([long]))).toEqual({ [long]: 'gnu: 1\n' });
  });

  it('reads a GNU base-256 size field', () => {
    const size = Buffer.alloc(12);
    size[0] = 0x80;
    size.writeUInt32BE(7, 8);
    expect(read(tar([{ path: 'falco/values.yaml', size, body: 'b256: 1' }]))).toEqual({
      'falco/values.yaml': 'b256: 1',
    });
  });

  it('accepts an archive without end-of-archive blocks, and ignores what follows them', () => {
    expect(read(tar(chart, 0))).toHaveProperty(['falco/values.yaml']);
    const trailing = Buffer.concat([tar([chart[0]!]), tar([{ path: '../after-the-end', body: 'x' }])]);
    expect(read(trailing)).toEqual({ 'falco/Chart.yaml': 'name: falco\n' });
  });

  it('accepts octal fields padded with spaces, and a checksum summed over signed bytes (old tars)', () => {
    const archive = tar([{ path: 'falco/values.yaml', body: 'a: 1\n' }]);
    archive.write('     5 \0\0\0\0\0', 124, 'latin1'); // spaces before and after the digits
    archive.fill(0xe9, 265, 270); // a Latin-1 user name: bytes over 127, which old tars summed as negative
    archive.fill(0x20, 148, 156);
    let signed = 0;
    for (const b of archive.subarray(0, 512)) signed += b > 127 ? b - 256 : b;
    archive.write(`${signed.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    expect(read(archive)).toEqual({ 'falco/values.yaml': 'a: 1\n' });
  });
});

describe('readTarFiles: hostile archives', () => {
  it.each([
    ['../../etc/passwd', 'entry ../../etc/passwd is outside the chart'],
    ['falco/../../etc/passwd', 'entry falco/../../etc/passwd is outside the chart'],
    ['falco/templates/../../x', 'entry falco/templates/../../x is outside the chart'],
    ['/etc/passwd', 'entry /etc/passwd is outside the chart'],
    ['C:\\Windows\\x', 'entry C:\\Windows\\x is outside the chart'],
    ['falco\\..\\..\\x', 'entry falco\\..\\..\\x is outside the chart'],
  ])('refuses %s, even as an entry it would not read', (path, message) => {
    expect(failure(tar([...chart, { path, body: 'root:x:0:0\n' }]))).toBe(message);
  });

  it('refuses a ../ path hidden in a PAX header behind an innocent name', () => {
    expect(
      failure(tar([paxEntry({ path: '../escape.yaml' }), { path: 'falco/innocent.yaml', body: 'x' }, ...chart])),
    ).toBe('entry ../escape.yaml is outside the chart');
  });

  it('refuses a ../ path hidden in a GNU long name', () => {
    expect(
      failure(
        tar([
          { path: '././@LongLink', type: 'L', body: '../../x\0' },
          { path: 'falco/ok', body: 'x' },
        ]),
      ),
    ).toBe('entry ../../x is outside the chart');
  });

  it('refuses a ../ path in the ustar prefix', () => {
    expect(failure(tar([{ prefix: '../..', path: 'etc/passwd', body: 'x' }]))).toBe(
      'entry ../../etc/passwd is outside the chart',
    );
  });

  it('a symbolic link at falco/values.yaml is an error, whatever it points at', () => {
    expect(failure(tar([chart[0]!, { path: 'falco/values.yaml', type: '2', linkname: 'templates/values.yaml' }]))).toBe(
      'falco/values.yaml is a symbolic link, not a regular file',
    );
  });

  it('a hard link at falco/Chart.yaml is an error', () => {
    expect(
      failure(
        tar([
          { path: 'falco/other.yaml', body: 'x' },
          { path: 'falco/Chart.yaml', type: '1', linkname: 'falco/other.yaml' },
        ]),
      ),
    ).toBe('falco/Chart.yaml is a hard link, not a regular file');
  });

  it.each([
    [
      { path: 'falco/templates/etc', type: '2', linkname: '/etc' },
      'entry falco/templates/etc links to /etc, outside the chart',
    ],
    [
      { path: 'falco/templates/up', type: '2', linkname: '../../..' },
      'entry falco/templates/up links to ../../.., outside the chart',
    ],
    [
      { path: 'falco/passwd', type: '1', linkname: '../etc/passwd' },
      'entry falco/passwd links to ../etc/passwd, outside the chart',
    ],
  ])('refuses a link pointing outside the archive, even one it would not read (%j)', (entry, message) => {
    expect(failure(tar([...chart, entry]))).toBe(message);
  });

  it('leaves alone a symbolic link that stays inside (never following it)', () => {
    expect(
      read(tar([...chart, { path: 'falco/templates/values.yaml', type: '2', linkname: '../values.yaml' }])),
    ).toHaveProperty(['falco/values.yaml'], 'driver:\n  kind: auto\n');
  });

  it.each([
    ['5', 'directory'],
    ['3', 'character device'],
    ['6', 'FIFO'],
  ])('refuses a type %s entry at a wanted name', (type, kind) => {
    expect(failure(tar([{ path: 'falco/values.yaml', type }]))).toBe(
      `falco/values.yaml is a ${kind}, not a regular file`,
    );
  });

  it('refuses a regular entry named like a directory (falco/values.yaml/)', () => {
    expect(failure(tar([{ path: 'falco/values.yaml/', body: '' }]))).toBe(
      'falco/values.yaml is a directory, not a regular file',
    );
  });

  it('refuses a wanted file that appears twice (tar would keep the last, a reviewer the first)', () => {
    expect(failure(tar([...chart, { path: './falco/values.yaml', body: 'second: 1\n' }]))).toBe(
      'falco/values.yaml appears twice',
    );
  });

  it('refuses a wanted file over the cap', () => {
    expect(failure(tar([{ path: 'falco/values.yaml', body: 'x'.repeat(2048) }]), WANTED, 1024)).toBe(
      'falco/values.yaml is larger than 1 kB',
    );
    expect(failure(tar([{ path: 'falco/values.yaml', body: Buffer.alloc(2 * MB + 1) }]))).toBe(
      'falco/values.yaml is larger than 2 MB',
    );
  });
});

describe('readTarFiles: broken archives', () => {
  it('a bad header checksum', () => {
    expect(failure(tar([chart[0]!, { ...chart[1]!, badChecksum: true }]))).toBe(
      'broken tarball: bad header checksum at byte 1024',
    );
  });

  it('an entry longer than the archive', () => {
    const archive = tar([{ path: 'falco/values.yaml', size: 4096, body: 'short' }], 0);
    expect(failure(archive)).toBe('broken tarball: truncated entry falco/values.yaml at byte 0');
  });

  it('a partial header block', () => {
    expect(failure(Buffer.concat([tar(chart, 0), Buffer.alloc(100, 1)]))).toBe(
      'broken tarball: truncated header at byte 2048',
    );
  });

  it('a size field that is not octal', () => {
    expect(failure(tar([{ path: 'falco/values.yaml', size: Buffer.from('12abc\0'), body: '' }]))).toBe(
      'broken tarball: bad size field in the header at byte 0',
    );
  });

  it('a negative base-256 size', () => {
    expect(failure(tar([{ path: 'falco/values.yaml', size: Buffer.alloc(12, 0xff), body: '' }]))).toBe(
      'broken tarball: negative size in the header at byte 0',
    );
  });

  it('a base-256 size too large to be true', () => {
    const size = Buffer.alloc(12, 0xff);
    size[0] = 0x80;
    expect(failure(tar([{ path: 'falco/values.yaml', size, body: '' }]))).toBe(
      'broken tarball: size out of range in the header at byte 0',
    );
  });

  it('a malformed PAX record', () => {
    expect(failure(tar([{ path: 'PaxHeaders/x', type: 'x', body: '99 path=falco/values.yaml\n' }, chart[1]!]))).toBe(
      'broken tarball: bad PAX header at byte 0',
    );
    expect(failure(tar([{ path: 'PaxHeaders/x', type: 'x', body: 'path=falco/values.yaml\n' }, chart[1]!]))).toBe(
      'broken tarball: bad PAX header at byte 0',
    );
  });

  it('a PAX size that is not a number', () => {
    expect(failure(tar([paxEntry({ size: '-5' }), chart[1]!]))).toBe('broken tarball: bad PAX size -5 at byte 1024');
  });

  it('an archive that ends right after an extended header', () => {
    expect(failure(tar([...chart, paxEntry({ path: 'falco/x' })]))).toBe(
      'broken tarball: the archive ends after an extended header at byte 3072',
    );
    expect(failure(tar([...chart, paxEntry({ path: 'falco/x' })], 0))).toBe(
      'broken tarball: the archive ends after an extended header',
    );
  });

  it('a GNU sparse entry', () => {
    expect(failure(tar([{ path: 'falco/sparse', type: 'S', body: 'x' }]))).toBe(
      'broken tarball: GNU sparse entry falco/sparse is not supported',
    );
  });

  it('an entry without a name', () => {
    expect(failure(tar([{ path: '', body: 'x' }]))).toBe('broken tarball: entry without a name at byte 0');
  });

  it('something that is not a tar archive at all', () => {
    expect(failure(Buffer.from('<html>'.padEnd(2000, ' ')))).toMatch(
      /^broken tarball: bad (checksum field|header checksum)/,
    );
  });
});

describe('readTarFiles on archives made by other writers', () => {
  const long = `falco/templates/${'n'.repeat(120)}/deep.yaml`;
  const utf8 = 'falco/templates/règles.yaml';

  it.each(['gnu', 'pax', 'ustar', 'v7', 'oldgnu'])('GNU tar --format=%s', (format) => {
    const dir = tempDir();
    mkdirSync(join(dir, 'falco/templates', 'n'.repeat(120)), { recursive: true });
    writeFileSync(join(dir, 'falco/Chart.yaml'), 'name: falco\n');
    writeFileSync(join(dir, 'falco/values.yaml'), 'driver:\n  kind: auto\n');
    writeFileSync(join(dir, long), 'deep: true\n');
    writeFileSync(join(dir, utf8), 'règles: 1\n');
    const files = ['falco/Chart.yaml', 'falco/values.yaml', long, utf8];
    // v7 cannot hold names over 100 bytes: GNU tar leaves them out (and says so), which is fine here.
    const made = spawnSync('tar', [`--format=${format}`, '-cf', '-', '-C', dir, ...files], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(made.status, made.stderr.toString()).toBe(format === 'v7' ? 2 : 0);
    const archive = made.stdout;
    const got = read(archive, new Set(files));
    expect(got['falco/Chart.yaml']).toBe('name: falco\n');
    expect(got['falco/values.yaml']).toBe('driver:\n  kind: auto\n');
    if (format !== 'v7') expect(got[long]).toBe('deep: true\n');
    expect(got[utf8]).toBe('règles: 1\n');
  });

  it('Go archive/tar as Helm writes charts (ustar prefix, PAX records)', () => {
    const archive = gunzipSync(readFileSync(new URL('fixtures/helm-save.tgz', import.meta.url)));
    const files = [
      'falco/Chart.yaml',
      'falco/values.yaml',
      `falco/templates/${'u'.repeat(90)}/prefixed.yaml`,
      `falco/templates/${'p'.repeat(300)}.yaml`,
      utf8,
    ];
    expect(Object.values(read(archive, new Set(files)))).toEqual([
      'apiVersion: v2\nname: falco\nversion: 9.3.0\nappVersion: 0.46.0\n',
      'driver:\n  kind: modern_ebpf\n',
      'ustar prefix\n',
      'pax path\n',
      'pax utf-8 path\n',
    ]);
  });
});

describe('pathEscapes', () => {
  it.each([
    ['falco/values.yaml', false],
    ['falco/..values', false],
    ['falco/./x', false],
    ['..', true],
    ['falco/..', true],
    ['/x', true],
    ['\\x', true],
    ['c:x', true],
  ])('%s → %s', (path, escapes) => {
    expect(pathEscapes(path)).toBe(escapes);
  });
});
