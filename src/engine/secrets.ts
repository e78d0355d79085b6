// Values that come from Secrets (valuesFrom kind Secret, secretGenerator files) never appear in a report: every
// text of a finding, and every string of its data, is scrubbed of them before any formatter sees it.
import type { DataValue, Finding, FindingData } from '../findings.js';
import type { RepoModel } from '../model/types.js';
import type { VNode } from '../model/values.js';

const MIN = 4;

function strings(node: VNode | undefined, out: Set<string>) {
  if (!node) return;
  if (node.kind === 'scalar') {
    // Strings only: a boolean or a number from a Secret (`enabled: true`) is no secret, and scrubbing "true" from every
    // message would hide what the messages say.
    if (typeof node.value === 'string' && node.value.length >= MIN) out.add(node.value);
  } else if (node.kind === 'seq') node.items.forEach((i) => strings(i, out));
  else for (const e of node.entries.values()) strings(e.value, out);
}

/** Every value of a layer that lives in a sensitive file, and the parts of those values (for findings located there). */
export function secretsOf(model: RepoModel): { values: string[]; parts: string[] } {
  const values = new Set<string>();
  for (const r of model.releases) for (const l of r.layers) if (l.file.sensitive) strings(l.values, values);
  const parts = new Set<string>();
  for (const v of values) for (const p of v.split(/[\s/:=@,;?&#"'`]+/)) if (p.length >= MIN) parts.add(p);
  const longestFirst = (a: string, b: string) => b.length - a.length;
  return { values: [...values].sort(longestFirst), parts: [...parts].sort(longestFirst) };
}

const scrub = (text: string, secrets: readonly string[]) =>
  secrets.reduce((t, s) => (t.includes(s) ? t.split(s).join('***') : t), text);

function scrubData(v: DataValue, clean: (t: string) => string): DataValue {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) return v.map((x: DataValue) => scrubData(x, clean));
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scrubData(x, clean)]));
  return v;
}

export function redact(findings: readonly Finding[], secrets: { values: string[]; parts: string[] }): Finding[] {
  if (!secrets.values.length) return [...findings];
  return findings.map((f) => {
    const clean = (t: string) => scrub(scrub(t, secrets.values), f.span.file.sensitive ? secrets.parts : []);
    const message = clean(f.message);
    const data: FindingData = Object.fromEntries(Object.entries(f.data).map(([k, v]) => [k, scrubData(v, clean)]));
    const same = message === f.message && JSON.stringify(data) === JSON.stringify(f.data);
    return same ? f : { ...f, message, title: clean(f.title), why: clean(f.why), help: clean(f.help), data };
  });
}
