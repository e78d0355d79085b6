// .helmvet.yaml: found, parsed, validated by schemas/config.schema.json; a bad config is one line and exit 2.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { Severity } from '../findings.js';
import { validateConfig as validate } from '../generated/validators.js';
import { didYouMean } from '../spelling.js';

export type RuleSetting = Severity | 'off';

export interface Config {
  /** The file it came from, or undefined for the defaults. */
  path: string | undefined;
  dir: string;
  rules: Record<string, RuleSetting>;
  ignore: string[];
  overrides: { files: string[]; rules: Record<string, RuleSetting>; matches(file: string): boolean }[];
  mirrors: string[];
}

export class ConfigError extends Error {}

export const CONFIG_NAMES = ['.helmvet.yaml', '.helmvet.yml'];

export function defaultConfig(dir: string): Config {
  return { path: undefined, dir, rules: {}, ignore: [], overrides: [], mirrors: [] };
}

function where(file: string, lines: LineCounter, node: Node | undefined | null): string {
  const offset = node?.range?.[0];
  if (offset === undefined) return file;
  const { line, col } = lines.linePos(offset);
  return `${file}:${line}:${col}`;
}

/** Parses and validates a config text; `knownRules` catches ids that do not exist. */
export function parseConfig(text: string, path: string, knownRules: ReadonlySet<string>): Config {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const { line, col } = lines.linePos(e.pos[0]);
    throw new ConfigError(
      `${path}:${line}:${col}: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
    );
  }
  const data: unknown = doc.toJS() ?? {};
  if (!validate(data)) {
    const err = validate.errors![0]!;
    const parts = err.instancePath
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const extra = (err.params as { additionalProperty?: string }).additionalProperty;
    const parent = doc.getIn(parts, true);
    // For an unknown key, point at the key itself.
    const keyNode =
      extra && isMap(parent)
        ? (parent.items.find((i) => isScalar(i.key) && i.key.value === extra)?.key as Node | undefined)
        : (parent as Node | undefined);
    const at = parts.length ? parts.join('.') : '(top level)';
    const message = extra
      ? `unknown setting "${extra}" in ${at}`
      : `${at} ${err.message ?? 'is invalid'}${err.params && 'allowedValues' in err.params ? `: ${(err.params.allowedValues as string[]).join(', ')}` : ''}`;
    throw new ConfigError(`${where(path, lines, keyNode)}: ${message}`);
  }
  const config = data as Partial<Config>;
  // Rule ids are checked here, not by the schema, so that a typo gets its "did you mean" at the key.
  const ruleMaps = [['rules'], ...(config.overrides ?? []).map((_, i) => ['overrides', i, 'rules'])];
  for (const at of ruleMaps) {
    const map = doc.getIn(at, true);
    for (const item of isMap(map) ? map.items : []) {
      const id = isScalar(item.key) ? String(item.key.value) : '';
      if (!knownRules.has(id))
        throw new ConfigError(`${where(path, lines, item.key as Node)}: ${unknownRule(id, knownRules)}`);
    }
  }
  const overrides = (config.overrides ?? []).map((o) => {
    const matcher = ignore().add(o.files);
    return { files: o.files, rules: o.rules, matches: (file: string) => matcher.ignores(file) };
  });
  return {
    path,
    dir: '',
    rules: config.rules ?? {},
    ignore: config.ignore ?? [],
    overrides,
    mirrors: config.mirrors ?? [],
  };
}

/** `unknown rule "x" (did you mean "falco/x"? helmvet rules lists them)` */
export function unknownRule(id: string, knownRules: ReadonlySet<string>): string {
  const guess = didYouMean(id, [...knownRules]);
  return `unknown rule "${id}" (${guess ? `did you mean "${guess}"? ` : ''}helmvet rules lists them)`;
}

/** The nearest config file at or above the working directory, up to the repository root (as ESLint looks for its config). */
export function findConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const found = CONFIG_NAMES.map((n) => resolve(dir, n)).find((p) => existsSync(p));
    if (found) return found;
    if (existsSync(resolve(dir, '.git')) || dirname(dir) === dir) return undefined;
  }
}

/** `-c FILE`, or the nearest config file found by findConfig. */
export function loadConfig(cwd: string, explicit: string | undefined, knownRules: ReadonlySet<string>): Config {
  const path = explicit ? resolve(cwd, explicit) : findConfig(cwd);
  if (!path) return defaultConfig(cwd);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`cannot read config file ${explicit ?? path}`);
  }
  const shown = relative(cwd, path).split(sep).join('/') || path;
  return { ...parseConfig(text, shown, knownRules), path, dir: dirname(path) };
}

/** The setting for a rule in a file (a path relative to the config's directory), or undefined to keep the rule's own. */
export function ruleSetting(config: Config, ruleId: string, file: string): RuleSetting | undefined {
  let setting = config.rules[ruleId];
  for (const o of config.overrides) {
    if (o.rules[ruleId] !== undefined && o.matches(file)) setting = o.rules[ruleId];
  }
  return setting;
}
