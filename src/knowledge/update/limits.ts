// How much the update reads before it gives up. The repository is on the network, so every size is capped before
// the bytes are kept: a hostile or broken server cannot make helmvet fill the memory or wait forever.
const MB = 1024 * 1024;

export const LIMITS = {
  /** index.yaml of the whole repository (falcosecurity/charts' is a few MB: every chart, every version). */
  indexBytes: 20 * MB,
  /** One chart .tgz as downloaded (falco's is well under 1 MB). */
  tarballBytes: 20 * MB,
  /** The tar stream once gunzipped: a gzip bomb stops here. */
  unpackedBytes: 100 * MB,
  /** falco/Chart.yaml and falco/values.yaml each. */
  chartFileBytes: 2 * MB,
} as const;

export type Limits = { readonly [K in keyof typeof LIMITS]: number };

/** Every request, the body included, is abandoned after this long. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** 20 MB, 4 kB, 100 bytes: sizes in messages. */
export function sizeText(bytes: number): string {
  const round = (n: number) => Math.round(n * 10) / 10;
  if (bytes >= MB) return `${round(bytes / MB)} MB`;
  if (bytes >= 1024) return `${round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}
