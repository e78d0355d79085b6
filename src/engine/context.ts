// Files named on the command line (as pre-commit passes them) are linted with the repository around them: the
// objects they refer to and the objects that refer to them are read too, so that a staged HelmRelease still finds
// its ConfigMap and a staged values file its release. Findings are reported on the named files only.
//
// The references followed are the ones the model makes, each in its own direction:
// - back, from a named file to what uses it: the HelmRelease or HelmChart that names a ConfigMap, Secret or source
//   it defines; the kustomization or Argo CD Application that names it as a values or generator file; and again from
//   those (a values file, the kustomization that generates a ConfigMap from it, the release that reads the ConfigMap);
// - forward, from those to what they name: every object that defines a name they mention (sources, ConfigMaps,
//   Secrets, generators), however far (a HelmChart's HelmRepository);
// - across, as the rules in force declare (`meta.reads`): every Falco release with what it names when a Talos config
//   takes part (the talos/* rules weigh all of them), or when a release on a HelmRelease API Flux no longer serves
//   takes part (such a release counts only when no other Falco release is current); the Talos configs a Falco
//   release that takes part can meet (below); where the repository says which Flux it runs;
// - and every release that takes values from a Secret, with what it names: a Secret's values are scrubbed from every
//   message, whichever release reads it.
// A forward reference is never followed back: a staged HelmRelease reads its HelmRepository, not every other release
// of that HelmRepository. Every file is read here as text, once; only the files chosen are parsed (by the store).
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { basename, dirname, posix, resolve } from 'node:path';
import { isCurrentHelmReleaseApi } from '../knowledge/flux.js';
import { discover, type FoundFile } from '../load/discover.js';
import { MAX_FILE_BYTES } from '../load/store.js';
import { isKustomizationFile } from '../model/consumers.js';
import type { ContextRead } from '../rules/create-rule.js';
import type { SummaryCache } from './context-cache.js';

/**
 * A Falco release, or a source of the falco chart: `chart: falco` (Flux, Argo CD), `- name: falco` (kustomize
 * helmCharts, Flux v1), a chart path `charts/falco` (from git), an OCI URL ending in /falco.
 */
const FALCO_RELEASE =
  /^\s*(?:-\s+)?(?:chart|name):\s*["']?falco["']?\s*(?:#.*)?$|^\s*(?:-\s+)?(?:chart|path):\s*["']?(?:\S*\/)?charts?\/falco\/?["']?\s*(?:#.*)?$|oci:\/\/\S*\/falco\b/m;
const TALOS = /^(?:clusterName|customization|machine):/m;
const TALCONFIG = /^clusterName:/m;
/**
 * A Talos config that can declare Secure Boot: `secureboot: true`, a `…installer-secureboot` image or
 * `customization.secureboot` all spell it, unless written with YAML escapes (a backslash: taken too).
 */
const MAY_SECURE_BOOT = /secureboot|\\/i;
/** Kinds other objects name: a HelmRelease's chart source and values, a HelmChart's HelmRepository. */
const REFERABLE = new Set([
  'ConfigMap',
  'Secret',
  'HelmRepository',
  'OCIRepository',
  'HelmChart',
  'GitRepository',
  'Bucket',
]);
/** Kinds that name other objects. */
const NAMING = new Set(['HelmRelease', 'HelmChart']);
const KIND_LINE = String.raw`(?:^[ \t]*(?:-[ \t]*)?|[{,][ \t]*)kind:[ \t]*["']?`;
/** Prefilters: a file that can define a referable object, name one, or name a file. */
const MAY_DEFINE = new RegExp(`${KIND_LINE}(?:${[...REFERABLE].join('|')})\\b|kustomize\\.config\\.k8s\\.io`, 'm');
const MAY_NAME = new RegExp(`${KIND_LINE}(?:${[...NAMING].join('|')})\\b`, 'm');
const MAY_NAME_FILES = new RegExp(`${KIND_LINE}(?:Application|Kustomization)\\b|kustomize\\.config\\.k8s\\.io`, 'm');
const SECRET_VALUES = new RegExp(`${KIND_LINE}Secret\\b`, 'm');
/** A HelmRelease apiVersion that is not current: whether Flux applies the release depends on the Flux in use. */
const NOT_CURRENT_API = /apiVersion:[ \t]*["']?(helm(?:\.toolkit)?\.fluxcd\.io\/[\w]+)["']?[ \t]*(?:#.*)?$/gm;
/** Where a repository may say which Flux it runs (model/flux-pins.ts): read with any Flux HelmRelease of Falco. */
const FLUX_PIN =
  /fluxcd\/flux2\/+(?:manifests\/install|releases\/download)|ghcr\.io\/fluxcd\/flux-manifests|^# Flux [Vv]ersion:|kind:[ \t]*FluxInstance|(?:chart|name):[ \t]*["']?flux(?:2|-instance)["']?[ \t]*$/m;
/** `name: x` values, block or flow style: what a document defines and what it refers to by name. */
// (`[ \t]*(?:-[ \t]*)?`, not `[ \t]*-?[ \t]*`: two runs of the same characters side by side backtrack quadratically on a
// line of spaces, and deep indentation made that minutes.)
const NAME = /(?:^[ \t]*(?:-[ \t]*)?|[{,][ \t]*)name:[ \t]*["']?([\w.-]+)["']?[ \t]*(?=$|[,}#\s])/gm;
/** Characters around a file name written as a path in YAML. */
const PATH_START = /[\s"'=,[{]/;
const PATH_END = /[\s"',\]}#]/;
/** A file name with no character that starts or ends a path token: it can be found among the tokens. */
const tokenName = (name: string) => ![...name].some((ch) => PATH_START.test(ch) || PATH_END.test(ch));

interface Doc {
  /** The kind at the root of the document, if it is a map. */
  kind: string | undefined;
  /** A kustomize Kustomization (which may leave out apiVersion and kind). */
  kustomize: boolean;
  names: string[];
}

/** What the choice below needs of a file's text, and nothing more: it can be kept between runs (context-cache.ts). */
export interface Summary {
  docs: Doc[];
  /** Bits: the prefilters and markers below, each tested once on the text. */
  flags: number;
  /** Tokens written as paths that end in `.yaml` or `.yml` (what a kustomization or an Application may name). */
  paths: string[];
  /** HelmRelease apiVersions written in it. */
  apis: string[];
}

const MAY_NAME_F = 1;
const MAY_NAME_FILES_F = 2;
const MAY_DEFINE_F = 4;
const FALCO_F = 8;
const TALOS_F = 16;
const TALCONFIG_F = 32;
const SECURE_BOOT_F = 64;
const FLUX_PIN_F = 128;
const SECRET_F = 256;
const HELMRELEASE_TEXT_F = 512;
/** The markers by which a file that is not named can be chosen (below: back, forward, across). */
const CHOOSING = MAY_NAME_F | MAY_NAME_FILES_F | MAY_DEFINE_F | FALCO_F | TALOS_F | FLUX_PIN_F | SECRET_F;
/** Tokens ending in `.yaml`/`.yml` before a character that ends a path, each back to where a path starts. */
function pathTokens(text: string): string[] {
  const paths: string[] = [];
  for (const m of text.matchAll(/\.ya?ml(?=[\s"',\]}#]|$)/g)) {
    const end = m.index + m[0].length;
    let start = m.index;
    while (start > 0 && !PATH_START.test(text[start - 1]!)) start--;
    paths.push(text.slice(start, end));
  }
  return paths;
}

/**
 * `always`: the file is named (its references are followed whatever it is). Otherwise a file that no step below can
 * choose (no marker, not a kustomization) needs no documents: most files of a repository are such files.
 */
export function summarize(text: string, kustomizationFile: boolean, always = false): Summary {
  let flags = 0;
  if ((text.includes('HelmRelease') || text.includes('HelmChart')) && MAY_NAME.test(text)) flags |= MAY_NAME_F;
  if (
    (text.includes('Application') || text.includes('Kustomization') || text.includes('kustomize.config')) &&
    MAY_NAME_FILES.test(text)
  )
    flags |= MAY_NAME_FILES_F;
  if (/ConfigMap|Secret|Repository|HelmChart|Bucket|kustomize\.config/.test(text) && MAY_DEFINE.test(text))
    flags |= MAY_DEFINE_F;
  if (text.includes('falco') && FALCO_RELEASE.test(text)) flags |= FALCO_F;
  if (TALOS.test(text)) flags |= TALOS_F;
  if (TALCONFIG.test(text)) flags |= TALCONFIG_F;
  if (MAY_SECURE_BOOT.test(text)) flags |= SECURE_BOOT_F;
  if (FLUX_PIN.test(text)) flags |= FLUX_PIN_F;
  if (text.includes('Secret') && SECRET_VALUES.test(text)) flags |= SECRET_F;
  if (text.includes('HelmRelease')) flags |= HELMRELEASE_TEXT_F;
  const docs = always || kustomizationFile || (flags & CHOOSING) !== 0 ? documents(text, kustomizationFile) : [];
  const namesFiles = docs.some((d) => d.kustomize || d.kind === 'Application');
  const paths = namesFiles ? pathTokens(text) : [];
  // Read only of Falco files (whether their HelmRelease API is still served).
  const apis = flags & FALCO_F ? [...text.matchAll(NOT_CURRENT_API)].map((m) => m[1]!) : [];
  return { docs, flags, paths, apis };
}

class Candidate {
  readonly isKustomization: boolean;
  constructor(
    readonly f: FoundFile,
    readonly summary: Summary,
    /** Its text, as the run reads it (a text given instead of the disk included). */
    private readonly text: () => string,
  ) {
    this.isKustomization = isKustomizationFile(f.absPath);
  }

  get docs(): Doc[] {
    return this.summary.docs;
  }

  has(flag: number): boolean {
    return (this.summary.flags & flag) !== 0;
  }

  /** Names of the referable objects and generators it defines. */
  defines(): string[] {
    return this.docs.flatMap((d) => (d.kustomize || (d.kind !== undefined && REFERABLE.has(d.kind)) ? d.names : []));
  }

  /** Names its HelmReleases and HelmCharts refer to. */
  namesReferred(): string[] {
    return this.docs.flatMap((d) => (d.kind !== undefined && NAMING.has(d.kind) ? d.names : []));
  }

  /** The file names its path tokens end with: what `namesFile` can answer yes for (besides names it looks up as text). */
  pathNames(): string[] {
    return this.summary.paths.map((path) => path.slice(path.lastIndexOf('/') + 1));
  }

  /** Does a kustomization or Argo CD Application of it name `file` as a values or generator file? */
  namesFile(file: string): boolean {
    const kustomize = this.docs.some((d) => d.kustomize);
    const argo = this.docs.some((d) => d.kind === 'Application');
    if (!kustomize && !argo) return false;
    const name = basename(file);
    // A file name with a character that ends a path token is looked for in the text itself.
    const paths = tokenName(name) ? this.summary.paths : occurrences(this.text(), name);
    for (const path of paths) {
      if (path !== name && !path.endsWith(`/${name}`)) continue;
      // kustomize: relative to the kustomization's directory.
      if (kustomize && resolve(dirname(this.f.absPath), path) === file) return true;
      // Argo CD: `$values/...` from the root of a ref source, else relative to the source's path: any file it may be.
      if (argo) {
        const rest = posix
          .normalize(path.startsWith('$') ? path.slice(path.indexOf('/') + 1) : path)
          .replace(/^\.\//, '');
        if (rest.startsWith('../') || file.split('\\').join('/').endsWith(`/${rest}`)) return true;
      }
    }
    return false;
  }
}

/** Every occurrence of `name` in the text as the end of a path token, with the token. */
function occurrences(text: string, name: string): string[] {
  const out: string[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (end < text.length && !PATH_END.test(text[end]!)) continue;
    let start = at;
    while (start > 0 && !PATH_START.test(text[start - 1]!)) start--;
    out.push(text.slice(start, end));
  }
  return out;
}

/** The documents of a YAML text, with their root kind and every `name:` value in them. */
function documents(text: string, kustomizationFile: boolean): Doc[] {
  const docs: Doc[] = [];
  for (const part of text.split(/^(?:---|\.\.\.)(?=[ \t]|$).*$/m)) {
    const names = [...part.matchAll(NAME)].map((m) => m[1]!);
    const first = /^([ \t]*)([^\s#%].*)$/m.exec(part);
    let kind: string | undefined;
    if (first && first[2]!.startsWith('{')) {
      // A flow map at the root: its first kind.
      kind = /kind:[ \t]*["']?([\w.-]+)/.exec(part)?.[1];
    } else if (first && !/^-(?:\s|$)/.test(first[2]!)) {
      kind = new RegExp(`^${first[1]}kind:[ \\t]*["']?([\\w.-]+)`, 'm').exec(part)?.[1];
    }
    const kustomize =
      (kind === 'Kustomization' && part.includes('kustomize.config.k8s.io')) ||
      (kustomizationFile && kind === undefined && first !== null && !first[2]!.startsWith('-'));
    docs.push({ kind, kustomize, names });
  }
  return docs;
}

/** The text, or '' for what the store would not read either (too large, or unreadable): it names nothing. */
function read(path: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    return fstatSync(fd).size > MAX_FILE_BYTES ? '' : readFileSync(fd, 'utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function index(
  candidates: readonly Candidate[],
  filter: (c: Candidate) => boolean,
  keys: (c: Candidate) => string[],
): Map<string, Candidate[]> {
  const out = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (!filter(c)) continue;
    for (const k of new Set(keys(c))) {
      const list = out.get(k);
      if (list) list.push(c);
      else out.set(k, [c]);
    }
  }
  return out;
}

export interface ContextOptions {
  cwd: string;
  ignorePatterns: readonly string[];
  /**
   * Whether a Talos version can change what helmvet reports on a Falco release: some advisory's kernel condition holds
   * for the kernel of a Talos release helmvet knows (knowledge/index.ts).
   */
  talosVersionsMatter: boolean;
  /** File texts by absolute path, read instead of the disk (`--stdin`, a migration's check). */
  overlay?: ReadonlyMap<string, string>;
  /** What the rules in force read beyond references (their `meta.reads`). */
  reads: readonly ContextRead[];
  /** The summaries of the files of the repository, kept between runs (context-cache.ts). */
  cache: SummaryCache;
}

export function contextFiles(
  given: readonly FoundFile[],
  root: string,
  { cwd, ignorePatterns, talosVersionsMatter, overlay, reads, cache }: ContextOptions,
): FoundFile[] {
  const wants = (read: ContextRead['read'], when: ContextRead['when']) =>
    reads.some((r) => r.read === read && r.when === when);
  const named = new Set(given.map((f) => f.absPath));
  /** The file's text: as given instead of the disk (`overlay`), else as on disk. */
  const textOf = (f: FoundFile) => overlay?.get(f.absPath) ?? read(f.absPath);
  const fresh = (f: FoundFile, always = false) => summarize(textOf(f), isKustomizationFile(f.absPath), always);
  // A file on disk is summarised from the cache while it has not changed.
  const summaryOf = (f: FoundFile) => (overlay?.has(f.absPath) ? fresh(f) : cache.summary(f.absPath, () => fresh(f)));
  const candidates = discover([root], { cwd, ignorePatterns })
    .filter((f) => !named.has(f.absPath))
    .map((f) => new Candidate(f, summaryOf(f), () => textOf(f)));
  const chosen = new Set<Candidate>();
  let definers: Map<string, Candidate[]> | undefined;
  let referrers: Map<string, Candidate[]> | undefined;
  let fileNamers: Candidate[] | undefined;
  let fileNamersByName: Map<string, Candidate[]> | undefined;

  /** Back from `from` along references, as far as they go: what uses them. Returns `from` and what it found. */
  const back = (from: readonly Candidate[]): Candidate[] => {
    const out = [...from];
    for (let frontier = from; frontier.length;) {
      const next: Candidate[] = [];
      const take = (c: Candidate) => {
        if (chosen.has(c)) return;
        chosen.add(c);
        next.push(c);
      };
      referrers ??= index(
        candidates,
        (c) => c.has(MAY_NAME_F),
        (c) => c.namesReferred(),
      );
      for (const x of frontier) for (const n of x.defines()) for (const c of referrers.get(n) ?? []) take(c);
      fileNamers ??= candidates.filter((c) => c.isKustomization || c.has(MAY_NAME_FILES_F));
      fileNamersByName ??= index(
        fileNamers,
        () => true,
        (c) => c.pathNames(),
      );
      for (const x of frontier) {
        const name = basename(x.f.absPath);
        // A name with a character that ends a path token is looked for in every text (Candidate.namesFile).
        const namers = tokenName(name) ? (fileNamersByName.get(name) ?? []) : fileNamers;
        for (const c of namers) if (!chosen.has(c) && c.namesFile(x.f.absPath)) take(c);
      }
      out.push(...next);
      frontier = next;
    }
    return out;
  };

  /**
   * Forward from `from`: whatever defines a name they mention, as far as it goes (`only`: among those definers).
   * Returns `from` and what it found.
   */
  const forward = (from: readonly Candidate[], only: (c: Candidate) => boolean = () => true): Candidate[] => {
    const out = [...from];
    for (let frontier = from; frontier.length;) {
      const next: Candidate[] = [];
      definers ??= index(
        candidates,
        (c) => c.isKustomization || c.has(MAY_DEFINE_F),
        (c) => c.defines(),
      );
      for (const x of frontier) {
        for (const n of new Set(x.docs.flatMap((d) => d.names))) {
          for (const c of definers.get(n) ?? []) {
            if (chosen.has(c) || !only(c)) continue;
            chosen.add(c);
            next.push(c);
          }
        }
      }
      out.push(...next);
      frontier = next;
    }
    return out;
  };

  // What the named files take part in, and everything that names.
  // The named files are summarised whole, and never from the cache (which may hold them without their documents).
  const around = forward(back(given.map((f) => new Candidate(f, fresh(f, true), () => textOf(f)))));

  // Across Talos and Falco, decided by those files only. A Falco source (a HelmChart or OCIRepository of the falco
  // chart) brings the releases that use it: back from the Falco files too.
  const falco = wants('talos-configs', 'falco-release') && around.some((x) => x.has(FALCO_F));
  const talos = wants('falco-releases', 'talos-config') && around.some((x) => x.has(TALOS_F));
  const removed =
    wants('falco-releases', 'old-helmrelease-api') &&
    around.some((x) => x.has(FALCO_F) && x.summary.apis.some((api) => !isCurrentHelmReleaseApi(api)));
  const fluxRelease =
    wants('flux-pins', 'flux-falco-release') && around.some((x) => x.has(FALCO_F) && x.has(HELMRELEASE_TEXT_F));
  // What a Falco release meets in the Talos configs, when no Talos config takes part itself (what the talos/* rules
  // report lands on the Talos configs, not on the named files): talos/secureboot-kmod asks whether any of them boots
  // with Secure Boot, falco/version-advisory which kernels their Talos versions ship. The equivalence tests
  // (test/engine/context.test.ts, the corpus run) hold every file linted alone to the findings of the whole repository.
  // Every talconfig too: which cluster a release is applied to is decided among all the clusters of the repository.
  const meetsFalco = (c: Candidate) => talosVersionsMatter || c.has(SECURE_BOOT_F) || c.has(TALCONFIG_F);
  const releases: Candidate[] = [];
  const secretReaders: Candidate[] = [];
  for (const c of candidates) {
    if (chosen.has(c)) continue;
    const release = (talos || removed) && c.has(FALCO_F);
    // A release whose values may come from a Secret: the Secret's values are scrubbed from every message.
    const secrets = c.has(SECRET_F) && c.docs.some((d) => d.kind === 'HelmRelease');
    const pin = fluxRelease && c.has(FLUX_PIN_F);
    if (release || secrets || pin || ((talos || falco) && c.has(TALOS_F) && (talos || meetsFalco(c)))) chosen.add(c);
    if (release || pin) releases.push(c);
    else if (secrets) secretReaders.push(c);
  }
  forward(back(releases));
  // For the values of those Secrets, only the Secrets (and kustomize secret generators) they name: the model reads a
  // release's Secret layers without its chart source, and what uses the release does not change them.
  forward(secretReaders, (c) => c.docs.some((d) => d.kustomize || d.kind === 'Secret'));
  return candidates.filter((c) => chosen.has(c)).map((c) => c.f);
}
