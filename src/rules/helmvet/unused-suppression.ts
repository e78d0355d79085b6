// A suppression comment that suppresses nothing hides the next real finding; the engine reports these.
import { createRule } from '../create-rule.js';

export default createRule(
  {
    id: 'helmvet/unused-suppression',
    title: 'A helmvet-disable comment that suppresses nothing',
    severity: 'warning',
    fixable: false,
    references: ['https://eslint.org/docs/latest/use/configure/rules#report-unused-eslint-disable-comments'],
  },
  () => {
    // Reported by the engine after suppressions are applied (src/engine/suppressions.ts).
  },
);
