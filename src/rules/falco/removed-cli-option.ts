// Falco command-line options that no longer exist: Falco refuses to start.
// Source: falcosecurity/falco CHANGELOG v0.37.0 "Remove -K/-k options from Falco in favor of the new k8smeta plugin";
// userspace/falco/app/options.cpp at 0.36.2 defines -k/--k8s-api, -K/--k8s-api-cert and --k8s-node, at 0.37.0 it
// does not, and options::parse() fails on any option cxxopts does not know (no allow_unrecognised_options).
import semver from 'semver';
import { valueAt } from '../../model/values.js';
import { createRule, message } from '../create-rule.js';

const REMOVED = /^(-k|-K|--k8s-api|--k8s-api-cert|--k8s-node)(=.*)?$/;

export default createRule(
  {
    id: 'falco/removed-cli-option',
    title: 'A Falco command-line option the deployed Falco no longer has',
    severity: 'error',
    fixable: false,
    references: [
      'https://github.com/falcosecurity/falco/blob/master/CHANGELOG.md#v0370',
      'https://github.com/falcosecurity/falco/pull/2914',
    ],
    messages: {
      removed: message<{ option: string; chart: string; falco: string }>({
        title: (d) => `extra.args passes ${d.option}, which Falco removed in 0.37.0`,
        why: (d) => `the release runs Falco ${d.falco} (chart ${d.chart}), which refuses to start on an unknown option`,
        help: () =>
          'remove it and use collectors.kubernetes.enabled: true (the k8s-metacollector and the k8smeta plugin, which filter by node)',
      }),
    },
  },
  (ctx) => {
    for (const r of ctx.releases) {
      // The Falco that runs: image.tag may pin another than the chart's.
      const falco = r.status === 'resolved' ? (r.runs?.falco.version ?? undefined) : undefined;
      if (!falco || semver.lt(falco, '0.37.0')) continue;
      const args = valueAt(r.release.values, ['extra', 'args']);
      for (const arg of args?.kind === 'seq' ? args.items : []) {
        if (arg.kind !== 'scalar' || typeof arg.value !== 'string') continue;
        const m = REMOVED.exec(arg.value.trim());
        if (!m) continue;
        ctx.report({
          span: arg.span,
          messageId: 'removed',
          data: { option: m[1]!, chart: r.installed!.version, falco },
        });
      }
    }
  },
);
