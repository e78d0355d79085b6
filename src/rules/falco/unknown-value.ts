// Values keys the chart version in use does not know and never had: typos, keys of later versions, keys of no
// version. Free-form subtrees (Falco's config below its first level, sub-charts, Kubernetes structs) are not judged.
import { createRule, message } from '../create-rule.js';
import {
  code,
  didYouMean,
  falcoPhrase,
  falcoShort,
  reportValueKeys,
  siblingsText,
  type ProblemData,
  sayingDerivedKeys,
} from '../falco-values.js';

export default createRule(
  {
    id: 'falco/unknown-value',
    title: 'A values key the chart version in use does not know',
    severity: 'warning',
    fixable: false,
    references: [
      'https://github.com/falcosecurity/charts/blob/falco-9.1.0/charts/falco/values.yaml',
      'https://github.com/falcosecurity/falco/blob/0.44.1/userspace/falco/config_json_schema.h',
    ],
    messages: sayingDerivedKeys({
      'unknown-anywhere': message<ProblemData<'unknown-anywhere'>>({
        title: (d) => `${code(d.path)} is not a key of any falco chart version`,
        why: (d) => `no version from ${d.oldest} to ${d.newest} has it, so the chart ignores it`,
        help: (d) => didYouMean(d.suggestions) || siblingsText(d.parent, d.siblings) || 'remove it',
      }),
      'falco-reads-later': message<ProblemData<'falco-reads-later'>>({
        title: (d) => `${code(d.path)} is not a configuration key of ${falcoShort(d.falco)}`,
        why: (d) =>
          `${falcoPhrase(d.falco, d.chartLabel)}: Falco reads it from ${d.readsFrom}${d.falco.pinned || !d.chartFrom ? '' : ` (chart ${d.chartFrom})`}, so it is ignored here`,
        help: (d) =>
          `${d.falco.pinned ? 'Pin a newer Falco' : 'Upgrade the chart'} or remove it.${d.suggestions.length ? ` ${didYouMean(d.suggestions, `For ${falcoShort(d.falco)}, did you mean`)}` : ''}`,
      }),
      'later-chart': message<ProblemData<'later-chart'>>({
        title: (d) => `${code(d.path)} is not a key of ${d.target}`,
        why: (d) => `it first appears in chart ${d.firstIn}, so ${d.target} ignores it`,
        help: (d) =>
          `Upgrade the chart or remove it.${d.suggestions.length ? ` ${didYouMean(d.suggestions, `For ${d.target}, did you mean`)}` : ''}`,
      }),
      'scalar-parent': message<ProblemData<'scalar-parent'>>({
        title: (d) => `${code(d.path)} is not a key of ${d.target}`,
        why: (d) => `${code(d.parent)} is ${d.type === 'bool' ? 'a boolean' : 'a number'} there, not a map`,
        help: (d) =>
          `write ${d.type === 'bool' ? `${code(`${d.parent}: true`)} or ${code(`${d.parent}: false`)}` : code(`${d.parent}: <number>`)}`,
      }),
      'not-falco-config': message<ProblemData<'not-falco-config'>>({
        title: (d) => `${code(d.path)} is not a configuration key of ${falcoShort(d.falco)}`,
        why: (d) =>
          `${falcoPhrase(d.falco, d.chartLabel)}, nor any other chart or Falco version, reads it, so Falco ignores it`,
        help: (d) => didYouMean(d.suggestions) || 'remove it',
      }),
      'unknown-here': message<ProblemData<'unknown-here'>>({
        title: (d) => `${code(d.path)} is not a key of ${d.target} nor of any other version`,
        why: () => 'so the chart ignores it',
        help: (d) => didYouMean(d.suggestions) || siblingsText(d.parent, d.siblings) || 'remove it',
      }),
    }),
  },
  (ctx) =>
    reportValueKeys(ctx, 'unknown', (p) =>
      'suggestions' in p.data && p.data.suggestions.length
        ? `rename it to ${p.data.suggestions[0]!}`
        : `delete ${p.path.join('.')}`,
    ),
);
