// `helmvet explain RULE`: the rule's page from docs/rules, as shipped with the package.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unknownRule } from '../config/config.js';
import { RULES_BY_ID } from '../rules/index.js';
import { UsageFailure } from './errors.js';
import { packageRoot } from './package-root.js';

export function runExplain(id: string): string {
  if (!RULES_BY_ID.has(id)) throw new UsageFailure(unknownRule(id, new Set(RULES_BY_ID.keys())));
  return readFileSync(join(packageRoot(), 'docs', 'rules', `${id}.md`), 'utf8');
}
