// A declarative rule tester, as stylelint's and ESLint's: valid cases report nothing of the rule; each invalid case
// pins every finding of the rule exactly (file, line, column, end, severity, messageId, data, fix). The words are
// pinned apart, in a reviewed snapshot per rule (test/rules/<pack>/__messages__/<rule>.txt), so that rewording a
// message changes one reviewed file and no case.
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/config.js';
import type { FindingData, Fix, Severity } from '../../src/findings.js';
import { positionAt } from '../../src/load/source.js';
import { RULES_BY_ID } from '../../src/rules/index.js';
import { lintRepo, type Files } from './repo.js';

export interface ValidCase {
  name: string;
  files: Files;
  config?: Partial<Config>;
}

export interface ExpectedFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  messageId: string;
  data: FindingData;
  /** The fix the finding proposes; absent when it proposes none. */
  fix?: Fix;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

/** The findings of one rule in a repository made of the files, as the tester compares them, and their words. */
export function findingsOf(id: string, files: Files, config?: Partial<Config>) {
  const result = lintRepo(files, config);
  return result.findings
    .filter((f) => f.ruleId === id)
    .map((f) => {
      const start = positionAt(f.span.file, f.span.start);
      const end = positionAt(f.span.file, f.span.end);
      const found: ExpectedFinding = {
        file: f.span.file.path,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        severity: f.severity,
        messageId: f.messageId,
        data: f.data,
        ...(f.fix ? { fix: f.fix } : {}),
      };
      return { found, words: { title: f.title, why: f.why, help: f.help } };
    });
}

export function testRule(id: string, cases: RuleCases): void {
  const rule = RULES_BY_ID.get(id);
  describe(id, () => {
    it('is a rule, and every message it declares is used by an invalid case', () => {
      expect(rule, `no rule ${id}`).toBeDefined();
      const used = new Set(cases.invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
      expect(Object.keys(rule!.meta.messages).filter((m) => !used.has(m))).toEqual([]);
    });

    it.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', (_, c) => {
      expect(findingsOf(id, c.files, c.config).map((f) => f.found)).toEqual([]);
    });

    it.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_, c) => {
      expect(findingsOf(id, c.files, c.config).map((f) => f.found)).toEqual(c.errors);
    });

    it('words every invalid case as its reviewed snapshot says', async () => {
      const lines: string[] = [];
      for (const c of cases.invalid) {
        for (const { found, words } of findingsOf(id, c.files, c.config)) {
          lines.push(
            `## ${c.name} (${found.file}:${found.line}:${found.column}, ${found.messageId})`,
            `title: ${words.title}`,
            `why:   ${words.why}`,
            `help:  ${words.help}`,
            '',
          );
        }
      }
      const name = id.split('/')[1]!;
      await expect(lines.join('\n')).toMatchFileSnapshot(`./__messages__/${name}.txt`);
    });
  });
}
