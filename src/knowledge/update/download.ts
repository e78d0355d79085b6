// One HTTP GET into memory, with a deadline and a size cap. Nothing downloaded touches the disk: the caller checks
// and parses the bytes, and only the facts drawn from them reach the cache.
import { KnowledgeUpdateError, firstLine } from './errors.js';
import { sizeText } from './limits.js';

export interface Transport {
  fetch: typeof fetch;
  timeoutMs: number;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** Why a request failed, on one line: undici says "fetch failed" and keeps the reason (ECONNREFUSED, …) in `cause`. */
function reason(e: unknown): string {
  const cause = e instanceof Error ? e.cause : undefined;
  return cause instanceof Error && cause.message ? firstLine(cause) : firstLine(e);
}

/** Only http(s): Node's fetch also reads data: and blob: URLs, which an index must not be able to point at. */
export function checkHttpUrl(url: string, what: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new KnowledgeUpdateError(`${what}: ${url} is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new KnowledgeUpdateError(`${what}: ${url} is not an http(s) URL`);
  return parsed;
}

/** GET `url` into a Buffer of at most `maxBytes`; every failure is a KnowledgeUpdateError naming the URL. */
export async function download(url: string, maxBytes: number, transport: Transport): Promise<Buffer> {
  checkHttpUrl(url, 'cannot fetch');
  // One deadline for the whole exchange, headers and body: a server that answers slowly byte by byte is stopped too.
  const signal = AbortSignal.timeout(transport.timeoutMs);
  const failed = (e: unknown) =>
    signal.aborted
      ? new KnowledgeUpdateError(`timed out after ${seconds(transport.timeoutMs)} fetching ${url}`)
      : new KnowledgeUpdateError(`cannot fetch ${url}: ${reason(e)}`);
  const tooBig = () => new KnowledgeUpdateError(`cannot fetch ${url}: larger than ${sizeText(maxBytes)}`);

  let response: Response;
  try {
    response = await transport.fetch(url, { signal, redirect: 'follow' });
  } catch (e) {
    throw failed(e);
  }
  const discard = () => response.body?.cancel().catch(() => undefined);
  if (!response.ok) {
    await discard();
    throw new KnowledgeUpdateError(`cannot fetch ${url}: HTTP ${response.status}`);
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await discard();
    throw tooBig();
  }
  if (!response.body) return Buffer.alloc(0);

  // Read chunk by chunk, so that a body without (or lying about) Content-Length still stops at the cap.
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooBig();
      }
      chunks.push(value);
    }
  } catch (e) {
    throw e instanceof KnowledgeUpdateError ? e : failed(e);
  }
  return Buffer.concat(chunks, total);
}
