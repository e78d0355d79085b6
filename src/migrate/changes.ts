// What a migration did, or leaves to a person, with the reason and source behind each.
/** What a change did, as data: what later steps and the verification compare (the words are for people). */
export type ChangeKind = 'moved' | 'removed' | 'set' | 'rewritten';

export interface Change {
  /** The dotted path as written before. */
  path: string;
  kind: ChangeKind;
  /** What happened, one clause: `moved to collectors.containerEngine.engines.containerd.sockets as a list`. */
  what: string;
  /** Why, with the chart version: `chart 7.0.0 removed the legacy collectors`. */
  why: string;
  sources: readonly string[];
}

export interface ManualNote {
  path: string;
  note: string;
  sources: readonly string[];
}

export class ChangeLog {
  readonly changes: Change[] = [];
  readonly manual: ManualNote[] = [];

  change(path: string, kind: ChangeKind, what: string, why: string, sources: readonly string[]) {
    this.changes.push({ path, kind, what, why, sources });
  }

  /** Drops notes a later rewrite made moot (the keys they were about are gone). */
  settle(prefix: string) {
    for (let i = this.manual.length - 1; i >= 0; i--)
      if (this.manual[i]!.path === prefix || this.manual[i]!.path.startsWith(`${prefix}.`)) this.manual.splice(i, 1);
  }

  leave(path: string, note: string, sources: readonly string[]) {
    if (!this.manual.some((m) => m.path === path && m.note === note)) this.manual.push({ path, note, sources });
  }
}
