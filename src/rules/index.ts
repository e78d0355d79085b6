// The rule registry: every rule helmvet has, by id.
import type { Rule } from './create-rule.js';
import invalidChartVersion from './falco/invalid-chart-version.js';
import unknownChartVersion from './falco/unknown-chart-version.js';
import versionAdvisory from './falco/version-advisory.js';
import unreadableFile from './helmvet/unreadable-file.js';
import unresolvedReference from './helmvet/unresolved-reference.js';
import unusedSuppression from './helmvet/unused-suppression.js';
import yamlSyntax from './helmvet/yaml-syntax.js';

export const RULES: readonly Rule[] = [versionAdvisory, unknownChartVersion, invalidChartVersion, yamlSyntax, unreadableFile, unresolvedReference, unusedSuppression];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
