// One line per Falco deployment: what it admits and what it installs today.
import type { Knowledge } from '../knowledge/index.js';
import { positionAt } from '../load/source.js';
import type { ResolvedRelease } from '../resolve/resolve.js';
import type { ReleaseSummary } from './result.js';

function note(r: ResolvedRelease, knowledge: Knowledge): string {
  const c = `"${r.constraint}"`;
  switch (r.status) {
    case 'resolved': {
      const first = r.admitted[0]!.version;
      const last = r.admitted[r.admitted.length - 1]!.version;
      const admits =
        r.exact || r.admitted.length === 1
          ? `${c} pins ${last}`
          : `${c} admits ${first} to ${last} (${r.admitted.length} versions), installs ${last}`;
      return r.openAbove
        ? `${admits}, or a version newer than helmvet knows (newest known ${knowledge.newest.version})`
        : admits;
    }
    case 'unknown-version':
      return `${c} is newer than helmvet knows (newest known ${knowledge.newest.version})`;
    case 'no-match':
      return `${c} matches no published chart version`;
    case 'variable':
      return `${c} is substituted at deploy time; not resolved`;
    case 'invalid':
      return `${c} is not a valid constraint`;
    case 'git':
      return `chart from git${r.constraint ? ` at ${r.constraint}` : ' (default branch)'}; its version is not pinned by a chart version`;
  }
}

export function summarize(r: ResolvedRelease, knowledge: Knowledge): ReleaseSummary {
  const { line, column } = positionAt(r.span.file, r.span.start);
  const i = r.installed;
  const falco = r.runs?.falco;
  return {
    title: r.release.title,
    tool: r.release.tool,
    file: r.span.file.path,
    line,
    column,
    constraint: r.release.version.raw,
    status: r.status,
    note: note(r, knowledge),
    ...(i
      ? {
          installed: {
            chart: i.version,
            falco: falco?.version ?? falco?.tag ?? i.falco,
            falcoPinned: falco?.pinned ?? false,
            containerPlugin: i.containerPlugin,
            k8smetaPlugin: i.k8smetaPlugin,
            driverKind: i.driverKind,
            imageFlavor: i.imageFlavor,
          },
        }
      : {}),
    openAbove: r.openAbove,
    admitted: {
      count: r.admitted.length,
      ...(r.admitted.length
        ? { lowest: r.admitted[0]!.version, highest: r.admitted[r.admitted.length - 1]!.version }
        : {}),
    },
  };
}
