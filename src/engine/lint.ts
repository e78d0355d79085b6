// The lint pipeline: paths → load → model → resolve → rules → findings (severities, suppressions, order).
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { ruleSetting, type Config } from '../config/config.js';
import { severityRank, type Finding, type Severity } from '../findings.js';
import { loadKnowledge, talosVersionsMatter, type Knowledge } from '../knowledge/index.js';
import { discover, gitRoot, UsageError, type Skipped } from '../load/discover.js';
import { cacheDir } from '../knowledge/update/cache-dir.js';
import { SummaryCache } from './context-cache.js';
import { contextFiles } from './context.js';
import type { SourceFile } from '../load/source.js';
import { FileStore } from '../load/store.js';
import { buildModel } from '../model/index.js';
import type { RepoModel } from '../model/types.js';
import { resolveImages, type ResolvedImage } from '../resolve/images.js';
import { resolveReleases, type ResolvedRelease } from '../resolve/resolve.js';
import { toFinding, type ContextRead, type Rule } from '../rules/create-rule.js';
import type unusedSuppression from '../rules/helmvet/unused-suppression.js';
import { RULES, RULES_BY_ID } from '../rules/index.js';
import { didYouMean } from '../spelling.js';
import { compareText } from '../order.js';
import { VERSION } from '../version.js';
import type { LintResult, ReportedKnowledge } from './result.js';
import { summarize } from './release-summary.js';
import { redact, secretsOf } from './secrets.js';
import { applySuppressions, parseSuppressions, type Suppression } from './suppressions.js';

export interface LintOptions {
  cwd: string;
  paths: readonly string[];
  config: Config;
  /** `--rule ID=SEVERITY` from the command line: win over the config. */
  ruleOverrides?: Readonly<Record<string, Severity | 'off'>>;
  knowledge?: Knowledge;
  /** File texts by absolute path, read instead of the disk. */
  overlay?: ReadonlyMap<string, string>;
}

/**
 * Where repository-rooted paths may start: the git root around the first path (the boundary nothing is read
 * beyond), then each directory given, for a repository linted from a parent checkout.
 */
export function repositoryRoots(
  cwd: string,
  paths: readonly string[],
  virtual: ReadonlySet<string> = new Set(),
): string[] {
  const dirs = (paths.length ? paths : ['.']).map((p) => {
    const abs = resolve(cwd, p);
    return virtual.has(abs) || (existsSync(abs) && statSync(abs).isFile()) ? dirname(abs) : abs;
  });
  const git = gitRoot(dirs[0]!);
  return [...new Set(git ? [git, ...dirs] : dirs)];
}

export interface Analysis {
  /** When only files were named: those files (findings elsewhere are context, not reported). */
  named?: ReadonlySet<string>;
  /** Paths given that checked nothing, and why. */
  skipped: Skipped[];
  store: FileStore;
  model: RepoModel;
  releases: ResolvedRelease[];
  /** Falco run from its image, without the falco chart. */
  images: ResolvedImage[];
  knowledge: Knowledge;
}

/** What the reports say the run knew (the cache's path stays out: it is the user's home directory). */
export function reportedKnowledge(k: Knowledge): ReportedKnowledge {
  const cache = k.sources.cache;
  return {
    newestChart: k.newest.version,
    date: k.date,
    bundled: k.sources.bundled,
    cache: cache
      ? { repoUrl: cache.repoUrl, fetchedAt: cache.fetchedAt, versions: cache.versions, newest: cache.newest }
      : null,
  };
}

/** `overrides` match paths below the config's directory: a linted file outside it could never be matched. */
function checkOverridesReach(config: Config, files: readonly { absPath: string; path: string }[], cwd: string) {
  if (!config.path || config.overrides.length === 0) return;
  const dir = dirname(config.path);
  const outside = files.find((f) => {
    const rel = relative(dir, f.absPath);
    return rel.startsWith('..') || isAbsolute(rel);
  });
  if (!outside) return;
  const shown = (p: string) => relative(cwd, p).split(sep).join('/') || '.';
  throw new UsageError(
    `${outside.path} is outside the directory of ${shown(config.path)} (${shown(dir)}), whose overrides match only paths below it; lint from there, or pass -c with a config above the linted files`,
  );
}

/** What the rules not turned off everywhere read beyond references (their `meta.reads`): the context of named files. */
function readsInForce(options: LintOptions): ContextRead[] {
  const off = (id: string) =>
    (options.ruleOverrides?.[id] ?? options.config.rules[id]) === 'off' &&
    !options.config.overrides.some((o) => o.rules[id] && o.rules[id] !== 'off');
  return RULES.filter((r) => !off(r.meta.id)).flatMap((r) => r.meta.reads ?? []);
}

/** Load, model and resolve: what lint and migrate both start from. */
export function analyse(options: LintOptions): Analysis {
  const knowledge = options.knowledge ?? loadKnowledge();
  const skipped: Skipped[] = [];
  const virtual = new Set(options.overlay?.keys());
  const given = discover(options.paths, {
    cwd: options.cwd,
    ignorePatterns: options.config.ignore,
    skipped: (s) => skipped.push(s),
    virtual,
  });
  checkOverridesReach(options.config, given, options.cwd);
  const roots = repositoryRoots(options.cwd, options.paths, virtual);
  const store = new FileStore(options.cwd, roots, options.overlay);
  // Only files named (as pre-commit passes them): read the repository objects around them as context.
  // (discover has refused paths that do not exist.)
  const onlyFiles =
    options.paths.length > 0 &&
    options.paths.every((p) => virtual.has(resolve(options.cwd, p)) || statSync(resolve(options.cwd, p)).isFile());
  // Inside a repository, its other files are context, found through the summaries kept in the cache.
  const cache = onlyFiles && gitRoot(roots[0]!) ? SummaryCache.forRoot(roots[0]!, cacheDir()) : undefined;
  const context = cache
    ? contextFiles(given, roots[0]!, {
        cache,
        cwd: options.cwd,
        ignorePatterns: options.config.ignore,
        talosVersionsMatter: talosVersionsMatter(knowledge),
        reads: readsInForce(options),
        ...(options.overlay ? { overlay: options.overlay } : {}),
      })
    : [];
  cache?.save();
  const found = [...given, ...context];
  // Loaded one at a time as the model reads them: a file's syntax tree is let go as soon as it is not needed.
  function* files() {
    for (const f of found) {
      const file = store.load(f.absPath);
      if (file) yield file;
    }
  }
  const model = buildModel(files(), store);
  const releases = resolveReleases(model, knowledge, options.config.mirrors, model.unresolved);
  // Findings on the named files only: not on the context, nor on a file the model read because a named file names it.
  // Where the store read them: a named symlink is reported where it points, as its findings are.
  return {
    store,
    model,
    releases,
    images: resolveImages(model, releases),
    knowledge,
    skipped,
    ...(onlyFiles ? { named: new Set(given.map((f) => store.canonical(f.absPath))) } : {}),
  };
}

function runRule(rule: Rule, analysis: Analysis, out: Finding[]) {
  rule.check({
    model: analysis.model,
    releases: analysis.releases,
    images: analysis.images,
    knowledge: analysis.knowledge,
    store: analysis.store,
    report: (f) => out.push(toFinding(rule, f)),
  });
}

/** By file and position; at one place the most severe first. */
const order = (a: Finding, b: Finding) =>
  compareText(a.span.file.path, b.span.file.path) ||
  a.span.start - b.span.start ||
  severityRank[b.severity] - severityRank[a.severity] ||
  a.span.end - b.span.end ||
  compareText(a.ruleId, b.ruleId) ||
  compareText(a.message, b.message);

export function lint(options: LintOptions): LintResult {
  return lintAnalysis(analyse(options), options);
}

/** The rules, severities and suppressions over an analysis already made. */
export function lintAnalysis(analysis: Analysis, options: LintOptions): LintResult {
  const raw: Finding[] = [];
  for (const rule of RULES) runRule(rule, analysis, raw);
  const named = analysis.named;
  const reported = (file: SourceFile) => !named || named.has(file.absPath);

  // One finding per place: a values file shared by two releases is reported once.
  const unique = new Map(
    raw
      .filter((f) => reported(f.span.file))
      .map((f) => [
        `${f.ruleId}\0${f.span.file.absPath}\0${f.span.start}\0${f.span.end}\0${f.messageId}\0${JSON.stringify(f.data)}`,
        f,
      ]),
  );
  const suppressions = new Map<SourceFile, Suppression[]>();
  for (const file of new Set([
    ...analysis.model.files.filter(reported),
    ...[...unique.values()].map((f) => f.span.file),
  ])) {
    const list = parseSuppressions(file);
    if (list.length) suppressions.set(file, list);
  }
  const { kept, all } = applySuppressions([...unique.values()], suppressions);
  const unusedRule = RULES_BY_ID.get('helmvet/unused-suppression')! as typeof unusedSuppression;
  for (const s of all) {
    const unknown = s.rules.filter((id) => !RULES_BY_ID.has(id));
    const unused = s.rules.filter((id) => RULES_BY_ID.has(id) && !s.used.has(id));
    const where = s.kind === 'next-line' ? (s.line ?? null) : null;
    if (s.rules.length === 0) kept.push(toFinding(unusedRule, { span: s.span, messageId: 'noRule', data: {} }));
    else if (unknown.length)
      kept.push(
        toFinding(unusedRule, {
          span: s.span,
          messageId: 'unknownRule',
          data: { rules: unknown, suggestion: didYouMean(unknown[0]!, [...RULES_BY_ID.keys()]) ?? null },
        }),
      );
    else if (unused.length)
      kept.push(toFinding(unusedRule, { span: s.span, messageId: 'unused', data: { rules: unused, line: where } }));
  }

  const configDir = options.config.path ? dirname(options.config.path) : options.cwd;
  const findings: Finding[] = [];
  for (const f of redact(kept, secretsOf(analysis.model))) {
    const rel = relative(configDir, f.span.file.absPath).split(sep).join('/');

    const setting = options.ruleOverrides?.[f.ruleId] ?? ruleSetting(options.config, f.ruleId, rel);
    if (setting === 'off') continue;
    findings.push(setting ? { ...f, severity: setting } : f);
  }
  findings.sort(order);
  // Templates are left to the tools that render them: read, not linted.
  const templates = analysis.model.files.filter((f) => f.template && reported(f)).length;
  return {
    files: (named ? named.size : analysis.model.files.length + analysis.store.problems.length) - templates,
    templates,
    skipped: analysis.skipped,
    findings,
    // With named files, the deployments they take part in.
    releases: analysis.releases
      .filter(
        (r) =>
          !named ||
          named.has(r.span.file.absPath) ||
          named.has(r.release.object.file.absPath) ||
          r.release.layers.some((l) => named.has(l.file.absPath)),
      )
      .map((r) => summarize(r, analysis.knowledge)),
    knowledge: reportedKnowledge(analysis.knowledge),
    rules: RULES.map((r) => r.meta),
    tool: { name: 'helmvet', version: VERSION },
  };
}
