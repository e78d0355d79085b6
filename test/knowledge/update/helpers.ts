// Test material for the chart update: tar archives written byte by byte (so that hostile ones can be made: `../`
// paths, links, bad checksums), chart tarballs, a Helm index, and a real HTTP server on 127.0.0.1 that logs what it
// was asked for. Nothing here reaches beyond the loopback address.
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { stringify } from 'yaml';

export interface TarEntry {
  path: string;
  body?: string | Buffer;
  /** Type flag: '0' file (default), '1' hard link, '2' symbolic link, '5' directory, 'x' PAX, 'L' GNU long name, … */
  type?: string;
  linkname?: string;
  /** The ustar prefix field (the path's leading part, for names over 100 bytes). */
  prefix?: string;
  /** 'gnu' writes the GNU magic ("ustar  \0"), where the prefix field is not a prefix. */
  magic?: 'ustar' | 'gnu';
  /** Overrides the size field (to make a lying header); the body is written as it is. */
  size?: number | Buffer;
  /** Spoils the checksum. */
  badChecksum?: boolean;
}

const BLOCK = 512;

function field(header: Buffer, offset: number, length: number, value: string | Buffer) {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
  if (bytes.length > length)
    throw new Error(`tar helper: ${JSON.stringify(value.toString())} does not fit in ${length} bytes`);
  bytes.copy(header, offset);
}

const octal = (n: number, width: number) => `${n.toString(8).padStart(width - 1, '0')}\0`;

/** One 512-byte header block, checksummed as POSIX says (checksum field counted as spaces). */
export function tarHeader(entry: TarEntry, bodyLength: number): Buffer {
  const h = Buffer.alloc(BLOCK);
  field(h, 0, 100, entry.path);
  field(h, 100, 8, octal(entry.type === '5' ? 0o755 : 0o644, 8));
  field(h, 108, 8, octal(0, 8));
  field(h, 116, 8, octal(0, 8));
  field(h, 124, 12, Buffer.isBuffer(entry.size) ? entry.size : octal(entry.size ?? bodyLength, 12));
  field(h, 136, 12, octal(1_767_225_600, 12));
  field(h, 156, 1, entry.type ?? '0');
  field(h, 157, 100, entry.linkname ?? '');
  if (entry.magic === 'gnu') field(h, 257, 8, 'ustar  \0');
  else field(h, 257, 8, 'ustar\x0000');
  field(h, 265, 32, 'root');
  field(h, 297, 32, 'root');
  if (entry.prefix) field(h, 345, 155, entry.prefix);
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  if (entry.badChecksum) sum += 1;
  field(h, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return h;
}

const pad = (n: number) => Buffer.alloc((BLOCK - (n % BLOCK)) % BLOCK);

/** A tar archive of `entries`, ended by `endBlocks` zero blocks (2, as POSIX says, unless a test wants otherwise). */
export function tar(entries: TarEntry[], endBlocks = 2): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const body = typeof e.body === 'string' ? Buffer.from(e.body, 'utf8') : (e.body ?? Buffer.alloc(0));
    parts.push(tarHeader(e, body.length), body, pad(body.length));
  }
  parts.push(Buffer.alloc(BLOCK * endBlocks));
  return Buffer.concat(parts);
}

/** A PAX extended header entry whose records describe the next entry. */
export function paxEntry(records: Record<string, string>): TarEntry {
  const lines = Object.entries(records).map(([k, v]) => {
    const rest = ` ${k}=${v}\n`;
    // The length counts its own digits: grow it until it is consistent.
    let len = Buffer.byteLength(rest) + 1;
    while (String(len).length + Buffer.byteLength(rest) !== len) len = String(len).length + Buffer.byteLength(rest);
    return `${len}${rest}`;
  });
  return { path: 'PaxHeaders/entry', type: 'x', body: lines.join('') };
}

export const tgz = (entries: TarEntry[]): Buffer => gzipSync(tar(entries));
export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

export interface ChartSpec {
  version: string;
  appVersion?: string;
  containerPlugin?: string;
  k8smetaPlugin?: string;
  /** Extra top-level values (a key a new version adds). */
  extraValues?: Record<string, unknown>;
  /** Replaces the whole values.yaml. */
  valuesYaml?: string;
  /** Chart.yaml's version when it differs from `version`. */
  chartYamlVersion?: string;
}

/** A values.yaml shaped like the falco chart's (9.x), with the pins and keys the update reads. */
export function falcoValues(spec: ChartSpec): string {
  return stringify({
    image: { pullPolicy: 'IfNotPresent', registry: 'docker.io', repository: 'falcosecurity/falco', tag: '' },
    podAnnotations: {},
    tolerations: [{ effect: 'NoSchedule', key: 'node-role.kubernetes.io/master' }],
    driver: { enabled: true, kind: 'auto', modernEbpf: { leastPrivileged: false, bufSizePreset: 4 } },
    collectors: {
      enabled: true,
      containerEngine: {
        enabled: true,
        pluginRef: `ghcr.io/falcosecurity/plugins/plugin/container:${spec.containerPlugin ?? '0.7.1'}`,
        engines: { containerd: { enabled: true, sockets: ['/run/containerd/containerd.sock'] } },
      },
      kubernetes: {
        enabled: false,
        pluginRef: `ghcr.io/falcosecurity/plugins/plugin/k8smeta:${spec.k8smetaPlugin ?? '0.4.1'}`,
        hostProc: null,
      },
    },
    ...spec.extraValues,
  });
}

export const chartYaml = (spec: ChartSpec): string =>
  `apiVersion: v2\nname: falco\nversion: ${spec.chartYamlVersion ?? spec.version}\nappVersion: ${spec.appVersion ?? '0.44.1'}\ndescription: Falco\n`;

/** The entries `helm package` writes for a chart (directories are not written by Helm: files only). */
export function chartEntries(spec: ChartSpec): TarEntry[] {
  return [
    { path: 'falco/Chart.yaml', body: chartYaml(spec) },
    { path: 'falco/values.yaml', body: spec.valuesYaml ?? falcoValues(spec) },
    { path: 'falco/templates/daemonset.yaml', body: 'kind: DaemonSet\n' },
  ];
}

export const chartTgz = (spec: ChartSpec, extra: TarEntry[] = []): Buffer => tgz([...chartEntries(spec), ...extra]);

export interface IndexItem {
  version: string;
  appVersion?: string;
  urls: string[];
  digest?: string;
  created?: string;
}

/** A Helm repository index.yaml with these falco versions (and another chart, as real indexes have). */
export function indexYaml(items: IndexItem[]): string {
  return stringify({
    apiVersion: 'v1',
    entries: {
      falco: items.map((i) => ({
        apiVersion: 'v2',
        appVersion: i.appVersion ?? '0.44.1',
        created: i.created ?? '2026-08-01T10:00:00.123456789Z',
        digest: i.digest,
        name: 'falco',
        urls: i.urls,
        version: i.version,
      })),
      falcosidekick: [{ name: 'falcosidekick', version: '0.9.0', urls: ['falcosidekick-0.9.0.tgz'] }],
    },
    generated: '2026-08-01T10:00:00Z',
  });
}

/**
 * A response: a body (`chunked` sends it in pieces without Content-Length), 'hang' (never answers), or 'stall'
 * (sends the headers and a first byte, then nothing).
 */
export type Route = { status?: number; body: string | Buffer; chunked?: boolean } | 'hang' | 'stall';

export interface TestServer {
  url: string;
  /** Every path asked for, in order. */
  requests: string[];
  routes: Map<string, Route>;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 (a free port) answering `routes` by path, 404 for anything else. */
export async function serve(routes: Record<string, Route>): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const route = table.get(path);
    if (route === 'hang' || route === 'stall') {
      // Never finished: the client's timeout has to end it (close() drops the connection).
      if (route === 'stall') {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.write('x');
      }
      return;
    }
    if (!route) {
      res.writeHead(404).end('not found');
      return;
    }
    if (route.chunked) {
      res.writeHead(route.status ?? 200, { 'content-type': 'application/octet-stream' });
      const body = Buffer.from(route.body);
      for (let at = 0; at < body.length; at += 1024 * 1024) res.write(body.subarray(at, at + 1024 * 1024));
      res.end();
      return;
    }
    res.writeHead(route.status ?? 200, { 'content-type': 'application/octet-stream' }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    routes: table,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'helmvet-update-'));
