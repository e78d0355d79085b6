// Every key path of a chart's values.yaml with the kind of its default, as the update records it. The integration
// maps these kinds onto helmvet's own (knowledge/values-keys.ts), which also know things values.yaml cannot say.

/**
 * `map`: a non-empty map (its keys are listed too); `free`: an empty map `{}`, which takes any keys; `list`; the
 * scalars `string`, `bool`, `number`; `null` (`key:` or `key: null`, which takes anything).
 */
export type ValueKind = 'map' | 'free' | 'list' | 'string' | 'bool' | 'number' | 'null';
export const VALUE_KINDS: ReadonlySet<string> = new Set<ValueKind>([
  'map',
  'free',
  'list',
  'string',
  'bool',
  'number',
  'null',
]);

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v);

export function kindOf(value: unknown): ValueKind {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  if (isMap(value)) return Object.keys(value).length > 0 ? 'map' : 'free';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number' || typeof value === 'bigint') return 'number';
  return 'string';
}

/**
 * `{ "collectors": "map", "collectors.containerEngine.engines.containerd.sockets": "list", … }` in document order,
 * parents before their children. Lists are leaves (their items are not keys). Keys are joined with `.` as they are:
 * the falco chart has no key with a dot in it. The walk uses its own stack, so a deeply nested file cannot
 * overflow the call stack.
 */
export function valueKeys(values: Record<string, unknown>): Record<string, ValueKind> {
  // A Map, then Object.fromEntries: a key named __proto__ becomes an own entry instead of a prototype.
  const out = new Map<string, ValueKind>();
  const stack: [string, unknown][] = Object.entries(values).reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [path, value] = next;
    const kind = kindOf(value);
    out.set(path, kind);
    if (kind === 'map') {
      const children = Object.entries(value as Record<string, unknown>);
      for (let i = children.length - 1; i >= 0; i--) stack.push([`${path}.${children[i]![0]}`, children[i]![1]]);
    }
  }
  return Object.fromEntries(out);
}
