// Reads named regular files out of a tar archive held in memory, and rejects archives that try to reach outside.
//
// Why not tar-stream or node-tar: helmvet ships one esbuild bundle with no runtime dependencies, and what it needs
// here is small and synchronous (the archive is already in a Buffer, capped): pick two files, write nothing, follow
// no link. A streaming library would bring its stream stack into the bundle and still leave every check below
// (paths that escape, links at the wanted names, duplicates, caps) to this file. The format read is the one Helm
// writes through Go's archive/tar — POSIX ustar, with PAX extended headers for long or non-ASCII names — and, for
// archives made by other tools, GNU long names (././@LongLink) and base-256 sizes. A malformed header (checksum,
// numbers, PAX records), a truncated archive and GNU sparse files are refused as a broken tarball rather than guessed
// at; entries of other types are skipped, their paths checked all the same. test/knowledge/update/tar.test.ts checks
// it on archives made by GNU tar (every --format) and by Go's archive/tar as well as on hand-made hostile ones.
//
// Header block (512 bytes, POSIX.1-1988 ustar): name 0–100, mode 100, uid 108, gid 116, size 124–136, mtime 136,
// chksum 148–156, typeflag 156, linkname 157–257, magic 257–263 ("ustar\0" POSIX, "ustar " GNU), version 263,
// uname 265, gname 297, devmajor 329, devminor 337, prefix 345–500 (POSIX only: the path's leading part).

import { sizeText } from './limits.js';

const BLOCK = 512;

export class TarError extends Error {}

/** Not a tar archive, or not one this reader understands. */
const broken = (detail: string) => new TarError(`broken tarball: ${detail}`);

/** What kind of entry a type flag stands for, in words for the messages. */
const KINDS: Readonly<Record<string, string>> = {
  '1': 'hard link',
  '2': 'symbolic link',
  '3': 'character device',
  '4': 'block device',
  '5': 'directory',
  '6': 'FIFO',
};
const REGULAR = new Set(['0', '\0', '7']);

const isZeroBlock = (block: Uint8Array) => block.every((b) => b === 0);

/** A NUL-terminated field as UTF-8 (Go and GNU tar write names as UTF-8 bytes). */
function cString(bytes: Uint8Array): string {
  const end = bytes.indexOf(0);
  return Buffer.from(end === -1 ? bytes : bytes.subarray(0, end)).toString('utf8');
}

/** A numeric field: octal digits (space or NUL terminated), or GNU's base-256 when the high bit of byte 0 is set. */
function numeric(field: Uint8Array, what: string, at: number): number {
  const lead = field[0]!;
  if (lead & 0x80) {
    if (lead === 0xff) throw broken(`negative ${what} in the header at byte ${at}`);
    let value = lead & 0x7f;
    for (const b of field.subarray(1)) {
      value = value * 256 + b;
      if (value > Number.MAX_SAFE_INTEGER) throw broken(`${what} out of range in the header at byte ${at}`);
    }
    return value;
  }
  // Octal digits with spaces or NULs around them, as Go's reader accepts ("0000644\0", "  644 \0" of old tars).
  const digits = Buffer.from(field)
    .toString('latin1')
    .replace(/^[ \0]+|[ \0]+$/g, '');
  if (!/^[0-7]*$/.test(digits)) throw broken(`bad ${what} field in the header at byte ${at}`);
  return digits === '' ? 0 : parseInt(digits, 8);
}

/** The header checksum: the sum of its bytes with the checksum field counted as spaces (signed, for old tars, too). */
function checksumMatches(block: Uint8Array, at: number): boolean {
  const stored = numeric(block.subarray(148, 156), 'checksum', at);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : block[i]!;
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return stored === unsigned || stored === signed;
}

/** PAX extended header records, `<length> <key>=<value>\n`, where length counts the whole record in bytes. */
function paxRecords(data: Uint8Array, at: number): Map<string, string> {
  const records = new Map<string, string>();
  const bad = () => broken(`bad PAX header at byte ${at}`);
  let pos = 0;
  while (pos < data.length) {
    const space = data.indexOf(0x20, pos);
    if (space === -1) throw bad();
    const lengthText = Buffer.from(data.subarray(pos, space)).toString('latin1');
    if (!/^[1-9]\d*$/.test(lengthText)) throw bad();
    const end = pos + Number(lengthText);
    if (end > data.length || end <= space + 1 || data[end - 1] !== 0x0a) throw bad();
    const record = Buffer.from(data.subarray(space + 1, end - 1)).toString('utf8');
    const eq = record.indexOf('=');
    if (eq <= 0) throw bad();
    records.set(record.slice(0, eq), record.slice(eq + 1));
    pos = end;
  }
  return records;
}

/** Absolute (POSIX or Windows) or with a `..` segment: the entry would land outside the directory it is unpacked in. */
export function pathEscapes(path: string): boolean {
  if (path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:/.test(path)) return true;
  return path.split(/[\\/]/).includes('..');
}

/** Where a link entry points, resolved as tar would: a symbolic link from its own directory, a hard link from the root. */
function linkEscapes(entryPath: string, target: string, symbolic: boolean): boolean {
  if (target.startsWith('/') || target.startsWith('\\') || /^[A-Za-z]:/.test(target)) return true;
  const stack = symbolic ? normalize(entryPath).split('/').slice(0, -1) : [];
  for (const segment of target.split(/[\\/]/)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (stack.length === 0) return true;
      stack.pop();
    } else stack.push(segment);
  }
  return false;
}

/** `./falco//values.yaml` and `falco/values.yaml` are one entry; directories lose their trailing slash. */
const normalize = (path: string) =>
  path
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/');

/**
 * The regular files of `tar` whose paths are in `wanted`, as copies. Every entry's path is checked, read or not,
 * so that a hostile archive is reported whatever it hides; a wanted name that is a link, a directory or a device,
 * appears twice or exceeds `maxFileBytes` is an error. Throws TarError (a plain message, without the archive's
 * name) when the archive is broken or hostile.
 */
export function readTarFiles(tar: Uint8Array, wanted: ReadonlySet<string>, maxFileBytes: number): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  // Metadata entries (PAX 'x', GNU 'L' and 'K') describe the entry that follows them.
  let pax = new Map<string, string>();
  let longName: string | undefined;
  let longLink: string | undefined;
  let pending = false;
  let offset = 0;

  while (offset < tar.length) {
    if (offset + BLOCK > tar.length) throw broken(`truncated header at byte ${offset}`);
    const header = tar.subarray(offset, offset + BLOCK);
    // The end of the archive is marked by zero blocks; what follows them is not part of it (tar stops there too).
    if (isZeroBlock(header)) {
      if (pending) throw broken(`the archive ends after an extended header at byte ${offset}`);
      return found;
    }
    if (!checksumMatches(header, offset)) throw broken(`bad header checksum at byte ${offset}`);

    const type = String.fromCharCode(header[156]!);
    const magic = Buffer.from(header.subarray(257, 263)).toString('latin1');
    const prefix = magic === 'ustar\0' ? cString(header.subarray(345, 500)) : '';
    const name = cString(header.subarray(0, 100));
    const headerPath = prefix ? `${prefix}/${name}` : name;
    const paxSize = pax.get('size');
    if (paxSize !== undefined && !/^\d+$/.test(paxSize)) throw broken(`bad PAX size ${paxSize} at byte ${offset}`);
    const size = paxSize !== undefined ? Number(paxSize) : numeric(header.subarray(124, 136), 'size', offset);

    const dataStart = offset + BLOCK;
    const dataEnd = dataStart + size;
    if (dataEnd > tar.length) throw broken(`truncated entry ${headerPath || '(unnamed)'} at byte ${offset}`);
    const data = tar.subarray(dataStart, dataEnd);
    const at = offset;
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;

    if (type === 'x') {
      for (const [key, value] of paxRecords(data, at)) pax.set(key, value);
      pending = true;
      continue;
    }
    if (type === 'g') continue; // global PAX defaults (Go's reader does not apply them to names either)
    if (type === 'L' || type === 'K') {
      if (size > maxFileBytes) throw broken(`GNU long name larger than ${sizeText(maxFileBytes)} at byte ${at}`);
      if (type === 'L') longName = cString(data);
      else longLink = cString(data);
      pending = true;
      continue;
    }
    // Old GNU sparse files carry extra header blocks after the first: nothing Helm writes, and not worth guessing.
    if (type === 'S') throw broken(`GNU sparse entry ${headerPath} is not supported`);

    const path = pax.get('path') ?? longName ?? headerPath;
    const link = pax.get('linkpath') ?? longLink ?? cString(header.subarray(157, 257));
    pax = new Map();
    longName = longLink = undefined;
    pending = false;

    if (path === '') throw broken(`entry without a name at byte ${at}`);
    if (pathEscapes(path)) throw new TarError(`entry ${path} is outside the chart`);
    if ((type === '1' || type === '2') && linkEscapes(path, link, type === '2'))
      throw new TarError(`entry ${path} links to ${link}, outside the chart`);

    const key = normalize(path);
    if (!wanted.has(key)) continue;
    const kind = path.endsWith('/') && REGULAR.has(type) ? '5' : type; // an old tar's directory: a regular entry named `dir/`
    if (!REGULAR.has(kind))
      throw new TarError(`${key} is a ${KINDS[kind] ?? `type ${JSON.stringify(kind)} entry`}, not a regular file`);
    if (found.has(key)) throw new TarError(`${key} appears twice`);
    if (size > maxFileBytes) throw new TarError(`${key} is larger than ${sizeText(maxFileBytes)}`);
    found.set(key, Buffer.from(data));
  }
  if (pending) throw broken('the archive ends after an extended header');
  // No end-of-archive blocks: Go's and GNU's readers accept an archive that simply stops at an entry boundary.
  return found;
}
