// The two files helmvet learns from in a chart tarball (.tgz): gunzipped in memory under a cap, then picked out of
// the tar stream. Nothing is written to disk, so no entry of the archive can land anywhere.
import { gunzipSync } from 'node:zlib';
import { KnowledgeUpdateError, firstLine } from './errors.js';
import { LIMITS, sizeText, type Limits } from './limits.js';
import { TarError, readTarFiles } from './tar.js';

export const CHART_YAML = 'falco/Chart.yaml';
export const VALUES_YAML = 'falco/values.yaml';

export interface ChartFiles {
  chartYaml: string;
  valuesYaml: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Chart.yaml and values.yaml of `tgz`; `label` (falco-9.3.0.tgz) starts every error message. */
export function readChartArchive(tgz: Uint8Array, label: string, limits: Limits = LIMITS): ChartFiles {
  let tar: Buffer;
  try {
    // maxOutputLength stops inflating at the cap: a gzip bomb costs at most that much memory.
    tar = gunzipSync(tgz, { maxOutputLength: limits.unpackedBytes });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new KnowledgeUpdateError(`${label}: unpacks to more than ${sizeText(limits.unpackedBytes)}`);
    throw new KnowledgeUpdateError(`${label}: not a gzip file (${firstLine(e)})`);
  }

  let files: Map<string, Buffer>;
  try {
    files = readTarFiles(tar, new Set([CHART_YAML, VALUES_YAML]), limits.chartFileBytes);
  } catch (e) {
    if (e instanceof TarError) throw new KnowledgeUpdateError(`${label}: ${e.message}`);
    throw e;
  }
  const text = (name: string): string => {
    const bytes = files.get(name);
    if (!bytes) throw new KnowledgeUpdateError(`${label}: has no ${name}`);
    try {
      return utf8.decode(bytes);
    } catch {
      throw new KnowledgeUpdateError(`${label}: ${name} is not UTF-8 text`);
    }
  };
  return { chartYaml: text(CHART_YAML), valuesYaml: text(VALUES_YAML) };
}
