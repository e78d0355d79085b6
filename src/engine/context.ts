// Files named on the command line (as pre-commit passes them) are linted with the repository around them: the
// objects they refer to and the objects that refer to them are read too, so that a staged HelmRelease still finds
// its ConfigMap and a staged values file its release. Findings are reported on the named files only.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { discover, type FoundFile } from '../load/discover.js';

const REFERRED = /^\s*kind:\s*["']?(ConfigMap|Secret|HelmRepository|OCIRepository|HelmChart|GitRepository)\b/m;
const REFERRING = /^\s*kind:\s*["']?(HelmRelease|Application|Kustomization)\b/m;
const FALCO_RELEASE = /^\s*(?:chart|name):\s*["']?falco["']?\s*$|oci:\/\/\S*\/falco\b/m;
const TALOS = /^(?:clusterName|customization|machine):/m;
const KUSTOMIZATION = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** `name: x` values of a text: what it defines and what it refers to by name. */
const namesIn = (text: string) => new Set([...text.matchAll(/^\s*-?\s*name:\s*["']?([\w.-]+)["']?\s*$/gm)].map((m) => m[1]!));

export function contextFiles(given: readonly FoundFile[], root: string, cwd: string, ignorePatterns: readonly string[]): FoundFile[] {
  const named = new Set(given.map((f) => f.absPath));
  const candidates = discover([root], { cwd, ignorePatterns })
    .filter((f) => !named.has(f.absPath))
    .map((f) => ({ f, text: read(f.absPath) }));
  const chosen: { f: FoundFile; text: string }[] = [];
  let frontier = given.map((f) => ({ f, text: read(f.absPath) }));
  // A staged values file leads to the kustomization that generates its ConfigMap, which leads to the release that
  // reads the ConfigMap: follow references a few steps out.
  for (let step = 0; step < 3 && frontier.length; step++) {
    const names = new Set(frontier.flatMap((x) => [...namesIn(x.text)]));
    const basenames = new Set(frontier.map((x) => basename(x.f.absPath)));
    const hasFalco = frontier.some((x) => FALCO_RELEASE.test(x.text));
    const hasTalos = frontier.some((x) => TALOS.test(x.text));
    const next: typeof frontier = [];
    for (const c of candidates) {
      if (chosen.includes(c)) continue;
      const referred = REFERRED.test(c.text) && [...namesIn(c.text)].some((n) => names.has(n));
      const referring = (REFERRING.test(c.text) || KUSTOMIZATION.has(basename(c.f.absPath))) && ([...basenames].some((b) => c.text.includes(b)) || [...names].some((n) => c.text.includes(n)));
      const crossing = (hasFalco && TALOS.test(c.text)) || (hasTalos && FALCO_RELEASE.test(c.text));
      if (referred || referring || crossing) next.push(c);
    }
    chosen.push(...next);
    frontier = next;
  }
  return chosen.map((c) => c.f);
}
