// One rule, one file: typed metadata (the single source of truth for docs, SARIF and `helmvet rules`), the rule's
// messages by id (its words live here, in its file), and a check that reports findings as data.
import {
  composeMessage,
  docsUrl,
  type DataValue,
  type Finding,
  type FindingData,
  type Fix,
  type Severity,
  type Span,
} from '../findings.js';
import type { Knowledge } from '../knowledge/index.js';
import type { ResolvedImage } from '../resolve/images.js';
import type { ResolvedRelease } from '../resolve/resolve.js';
import type { RepoModel } from '../model/types.js';
import type { FileStore } from '../load/store.js';

/** The words of one kind of finding, from its data: a short title (what), why it matters, and what to do. */
export interface Message<D extends FindingData = FindingData> {
  title(data: D): string;
  why(data: D): string;
  help(data: D): string;
}

/** Declares a message with the type of its data. */
export const message = <D extends FindingData>(m: Message<D>): Message<D> => m;

export type Messages = Record<string, Message<never>>;
type DataOf<M> = M extends Message<infer D> ? D : never;

export interface RuleMeta {
  /** Stable, kebab-case, with its pack: `falco/version-advisory`. */
  id: string;
  /** One line: what the rule finds. The docs page's title. */
  title: string;
  /** The severity of its findings unless the rule says otherwise per finding. */
  severity: Severity;
  /** Whether `helmvet migrate` fixes what it finds. */
  fixable: boolean;
  /** Primary sources the rule rests on; each finding carries them (or its own, where the rule says so). */
  references: readonly string[];
  /** What `helmvet explain` adds to the rule's page, made from data when it is printed (never stale). */
  explainFromData?: () => string;
  /**
   * Files the rule reads beyond what the files it reports on refer to, and when: a staged file is linted with them
   * (engine/context.ts chooses the union of what the rules in force declare).
   */
  reads?: readonly ContextRead[];
}

/**
 * - `talos-configs` when a Falco release takes part: the Talos configs it can meet (their Secure Boot, kernels, nodes);
 * - `falco-releases` when a Talos config takes part: every Falco release, with what it names;
 * - `falco-releases` when a Falco release on a HelmRelease API the newest Flux no longer serves takes part: whether
 *   another Falco release is current decides;
 * - `flux-pins` when a Flux HelmRelease of Falco takes part: where the repository says which Flux it runs.
 */
export type ContextRead =
  | { read: 'talos-configs'; when: 'falco-release' }
  | { read: 'falco-releases'; when: 'talos-config' | 'old-helmrelease-api' }
  | { read: 'flux-pins'; when: 'flux-falco-release' };

export interface Report<M extends Messages, K extends keyof M & string> {
  span: Span;
  messageId: K;
  data: DataOf<M[K]>;
  severity?: Severity;
  references?: readonly string[];
  fix?: Fix;
}

export interface RuleContext<M extends Messages = Messages> {
  model: RepoModel;
  releases: readonly ResolvedRelease[];
  /** Falco run from its image, without the falco chart. */
  images: readonly ResolvedImage[];
  knowledge: Knowledge;
  store: FileStore;
  report<K extends keyof M & string>(finding: Report<M, K>): void;
}

export interface Rule<M extends Messages = Messages> {
  meta: RuleMeta & { docsUrl: string; messages: M };
  check(ctx: RuleContext<M>): void;
}

export function createRule<const M extends Messages>(
  meta: RuleMeta & { messages: M },
  check: (ctx: RuleContext<M>) => void,
): Rule<M> {
  return { meta: { ...meta, docsUrl: docsUrl(meta.id) }, check };
}

/** A reported finding with its rule's words for its data. */
export function toFinding<M extends Messages, K extends keyof M & string>(rule: Rule<M>, f: Report<M, K>): Finding {
  // Each message takes the data of its own id; here any message takes any finding's data.
  const m: Message | undefined = rule.meta.messages[f.messageId];
  if (!m) throw new Error(`${rule.meta.id} reports message ${f.messageId}, which its meta.messages does not declare`);
  const data = f.data as FindingData;
  const title = m.title(data);
  const why = m.why(data);
  const help = m.help(data);
  return {
    ruleId: rule.meta.id,
    messageId: f.messageId,
    data,
    severity: f.severity ?? rule.meta.severity,
    title,
    why,
    help,
    message: composeMessage(title, why, help),
    span: f.span,
    references: f.references ?? rule.meta.references,
    ...(f.fix ? { fix: f.fix } : {}),
  };
}

export type { DataValue };
