// What helmvet could not follow is said, never skipped: the rest of the analysis is blind there. Only for Falco
// releases: a missing source of an unrelated release is not worth a line.
import type { UnresolvedReason } from '../../model/types.js';
import { createRule, message } from '../create-rule.js';

type Of<R extends UnresolvedReason['reason']> = Extract<UnresolvedReason, { reason: R }>;
const NOT_CHECKED = 'its values are not checked';
const optional = (d: { optional: boolean }) => (d.optional ? ' (optional)' : '');

export default createRule(
  {
    id: 'helmvet/unresolved-reference',
    title: 'A reference helmvet cannot follow in the repository',
    severity: 'info',
    fixable: false,
    references: ['https://fluxcd.io/flux/components/helm/helmreleases/#values-references'],
    messages: {
      'missing-source': message<Of<'missing-source'>>({
        title: (d) => `${d.kind} ${d.name} is not in the repository${optional(d)}`,
        why: () => NOT_CHECKED,
        help: () => 'if it is created outside the repository (by a secrets operator, say), nothing to do',
      }),
      'missing-key': message<Of<'missing-key'>>({
        title: (d) => `${d.kind} ${d.name} has no key ${d.key}${optional(d)}`,
        why: () => NOT_CHECKED,
        help: () => 'name the key that holds the values with valuesKey',
      }),
      'unreadable-entry': message<Of<'unreadable-entry'>>({
        title: (d) => `${d.label}: the file it names cannot be read`,
        why: () => NOT_CHECKED,
        help: () => 'check the path of the file the generator names',
      }),
      outside: message<Of<'outside'>>({
        title: (d) => `${d.path} is outside the repository`,
        why: () => 'helmvet never reads files outside the repository it lints',
        help: () => 'keep the values in the repository, or lint from a directory that holds both',
      }),
      'values-file': message<Of<'values-file'>>({
        title: (d) => `values file ${d.path} ${d.present ? 'cannot be read as YAML text' : 'is not in the repository'}`,
        why: () => NOT_CHECKED,
        help: (d) => (d.present ? 'see the helmvet/unreadable-file finding on it' : 'check the path'),
      }),
      'values-template': message<Of<'values-template'>>({
        title: (d) =>
          `values file ${d.path} is a ${d.renderedBy === 'helm' ? 'Helm chart template' : 'template (Go-template or Jinja syntax)'}`,
        why: () => `it is not YAML until rendered, so ${NOT_CHECKED}`,
        help: () => 'lint what the template renders to',
      }),
      'in-chart-package': message<Of<'in-chart-package'>>({
        title: (d) => `values file ${d.path} lives inside the chart package, not in this repository`,
        why: () => NOT_CHECKED,
        help: () => 'nothing to do, unless the file was meant to come from this repository ($values/…)',
      }),
      'assumed-falco-repository': message<Of<'assumed-falco-repository'>>({
        title: (d) => `HelmRepository ${d.name} is not in the repository`,
        why: () => "helmvet assumes it serves falcosecurity's falco chart",
        help: () => 'if it is a mirror with other versions, list its URL under `mirrors` in .helmvet.yaml',
      }),
      'chart-unknown': message<Of<'chart-unknown'>>({
        title: (d) => `${d.kind} ${d.name} is not in the repository`,
        why: () => 'helmvet cannot tell which chart this release installs',
        help: () => 'nothing to do if it is defined elsewhere; helmvet checks what it can see',
      }),
      'not-falcosecurity': message<Of<'not-falcosecurity'>>({
        title: (d) => `${d.release} installs a chart named falco from ${d.url ?? 'an unknown source'}`,
        why: () => "that is not falcosecurity's repository, so helmvet does not know its versions",
        help: () => 'if it mirrors falcosecurity, list the URL under `mirrors` in .helmvet.yaml',
      }),
      'not-analysed': message<Of<'not-analysed'>>({
        title: (d) => `${d.label} not analysed: ${d.limit}`,
        why: () => 'it is over what helmvet reads, so nothing in it is checked',
        help: () => 'nothing to do if it is meant to be that large',
      }),
      'not-yaml': message<Of<'not-yaml'>>({
        title: (d) => `${d.label} does not parse as YAML`,
        why: () => `helmvet reads no values from text that does not parse, so ${NOT_CHECKED}`,
        help: () => 'fix the syntax where the helmvet/yaml-syntax finding on it points',
      }),
      'not-a-map': message<Of<'not-a-map'>>({
        title: (d) => `${d.label} is not a map of values`,
        why: () => 'Helm reads values only as a map of keys, so it fails on these',
        help: () => 'write the values as a map (`key: value` at the top level, not a list)',
      }),
      encrypted: message<Of<'encrypted'>>({
        title: (d) => `${d.label} is encrypted with SOPS`,
        why: () => `helmvet cannot decrypt it, so ${NOT_CHECKED}`,
        help: () => 'nothing to do: helmvet checks the values it can read',
      }),
      plugin: message<Of<'plugin'>>({
        title: (d) =>
          `the values of this source come through config management plugin ${d.name ?? '(unnamed)'}${d.env.length ? ` (env ${d.env.join(', ')})` : ''}`,
        why: () => 'helmvet runs no plugins, so they are not checked',
        help: () => 'pass the values through helm.valuesObject or helm.valueFiles to have them checked',
      }),
    },
  },
  (ctx) => {
    const falco = new Set(ctx.releases.map((r) => r.release.object));
    for (const u of ctx.model.unresolved) {
      if (u.falco || !u.owner || falco.has(u.owner)) ctx.report({ span: u.span, messageId: u.why.reason, data: u.why });
    }
  },
);
