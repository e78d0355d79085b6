// A suppression comment that suppresses nothing hides the next real finding; the engine reports these after it has
// applied the suppressions (src/engine/lint.ts), with the words below.
import { createRule, message } from '../create-rule.js';

const EXAMPLE = '`# helmvet-disable-next-line falco/version-advisory -- reason`';

export default createRule(
  {
    id: 'helmvet/unused-suppression',
    title: 'A helmvet-disable comment that suppresses nothing',
    severity: 'warning',
    fixable: false,
    references: ['https://eslint.org/docs/latest/use/configure/rules#report-unused-eslint-disable-comments'],
    messages: {
      noRule: message<Record<string, never>>({
        title: () => 'helmvet-disable names no rule',
        why: () => 'a suppression without a rule suppresses nothing, and would hide every rule if it did',
        help: () => `name the rules it suppresses, e.g. ${EXAMPLE}`,
      }),
      unknownRule: message<{ rules: string[]; suggestion: string | null }>({
        title: (d) => `helmvet-disable names unknown rule ${d.rules.join(', ')}`,
        why: () => 'a rule helmvet does not have suppresses nothing',
        help: (d) =>
          d.suggestion ? `did you mean ${d.suggestion}? (helmvet rules lists them)` : 'helmvet rules lists the rules',
      }),
      unused: message<{ rules: string[]; line: number | null }>({
        title: (d) =>
          `helmvet-disable for ${d.rules.join(', ')} suppresses nothing ${d.line === null ? 'in the rest of this document' : `on line ${d.line}`}`,
        why: () => 'a stale suppression hides the next real finding of the rule',
        help: () => 'remove it',
      }),
    },
  },
  () => {
    // Reported by the engine after suppressions are applied.
  },
);
