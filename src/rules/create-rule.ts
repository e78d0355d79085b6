// One rule, one file: typed metadata (the single source of truth for docs, SARIF and `helmvet rules`) and a check.
import type { Finding, Fix, Severity, Span } from '../findings.js';
import type { Knowledge } from '../knowledge/index.js';
import type { ResolvedImage } from '../resolve/images.js';
import type { ResolvedRelease } from '../resolve/resolve.js';
import type { RepoModel } from '../model/types.js';
import type { FileStore } from '../load/store.js';

export const DOCS_BASE = 'https://github.com/helmvet/helmvet/blob/main/docs/rules/';

export interface RuleMeta {
  /** Stable, kebab-case, with its pack: `falco/version-advisory`. */
  id: string;
  /** One line: what the rule finds. The docs page's title. */
  title: string;
  /** The severity of its findings unless the rule says otherwise per finding. */
  severity: Severity;
  /** Whether `helmvet migrate` fixes what it finds. */
  fixable: boolean;
  /** Primary sources the rule rests on; each finding carries them. */
  references: readonly string[];
}

export interface RuleContext {
  model: RepoModel;
  releases: readonly ResolvedRelease[];
  /** Falco run from its image, without the falco chart. */
  images: readonly ResolvedImage[];
  knowledge: Knowledge;
  store: FileStore;
  report(finding: { span: Span; message: string; severity?: Severity; references?: readonly string[]; fix?: Fix }): void;
}

export interface Rule {
  meta: RuleMeta & { docsUrl: string };
  check(ctx: RuleContext): void;
}

export const docsUrl = (id: string) => `${DOCS_BASE}${id}.md`;

export function createRule<const M extends RuleMeta>(meta: M, check: (ctx: RuleContext) => void): Rule {
  return { meta: { ...meta, docsUrl: docsUrl(meta.id) }, check };
}

export type { Finding };
