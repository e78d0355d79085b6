// driver.kind values the chart version in use does not accept, deprecates or only knows as an alias.
import { ANY_DRIVER_KIND, driverKindVerdict } from '../../knowledge/drivers.js';
import { boolAt, scalarAt, type VNode } from '../../model/values.js';
import { createRule, message, type RuleContext } from '../create-rule.js';

const list = (kinds: readonly string[]) => kinds.join(', ');

function check(ctx: RuleContext<typeof messages>, values: VNode | undefined, chart: string | undefined) {
  const node = scalarAt(values, ['driver', 'kind']);
  if (!node || typeof node.value !== 'string' || boolAt(values, ['driver', 'enabled']) === false) return;
  const kind = node.value;
  if (!chart) {
    if (!ANY_DRIVER_KIND.has(kind))
      ctx.report({ span: node.span, messageId: 'unknownAnywhere', data: { kind, known: [...ANY_DRIVER_KIND] } });
    return;
  }
  const v = driverKindVerdict(kind, chart);
  switch (v.kind) {
    case 'ok':
      return;
    case 'alias':
      ctx.report({
        span: node.span,
        severity: 'warning',
        messageId: 'alias',
        data: { kind, chart, replacement: v.replacement },
        fix: { kind: 'safe', description: `driver.kind: ${v.replacement}` },
      });
      return;
    case 'deprecated':
      ctx.report({
        span: node.span,
        severity: 'warning',
        messageId: 'deprecated',
        data: { kind, chart, since: v.since },
      });
      return;
    case 'render-fails':
      if (kind === 'ebpf' || kind === 'gvisor')
        ctx.report({ span: node.span, messageId: 'removed', data: { kind, chart } });
      else ctx.report({ span: node.span, messageId: 'unsupported', data: { kind, chart, supported: v.supported } });
      return;
    case 'ignored':
      ctx.report({
        span: node.span,
        messageId: 'ignored',
        data: { kind, chart, supported: v.supported, fallback: v.fallback },
      });
  }
}

const messages = {
  unknownAnywhere: message<{ kind: string; known: string[] }>({
    title: (d) => `driver.kind "${d.kind}" is not a driver any falco chart knows`,
    why: (d) => `the charts know ${list(d.known)}`,
    help: () => 'use modern_ebpf, kmod or auto',
  }),
  alias: message<{ kind: string; chart: string; replacement: string }>({
    title: (d) => `driver.kind "${d.kind}" is an old alias of "${d.replacement}"`,
    why: (d) => `chart ${d.chart} still maps it, but warns it "might be removed in the future"`,
    help: (d) => `write "${d.replacement}"`,
  }),
  deprecated: message<{ kind: string; chart: string; since: string }>({
    title: (d) => `driver.kind "${d.kind}" is deprecated in ${d.since} (chart ${d.chart})`,
    why: () => 'Falco 0.44.0 removed it: chart 9 refuses to render with it',
    help: (d) => `move to modern_ebpf${d.kind === 'ebpf' ? ' (or kmod)' : ''} before upgrading`,
  }),
  removed: message<{ kind: string; chart: string }>({
    title: (d) => `driver.kind "${d.kind}" makes chart ${d.chart} fail to render`,
    why: () =>
      'Falco 0.44.0 removed the driver, and the chart refuses it ("The following chart configuration is no longer supported")',
    help: (d) => `use modern_ebpf${d.kind === 'ebpf' ? ' (or kmod)' : ''}`,
  }),
  unsupported: message<{ kind: string; chart: string; supported: string[] }>({
    title: (d) => `driver.kind "${d.kind}" makes chart ${d.chart} fail to render`,
    why: () => 'the chart does not support it ("unsupported driver kind")',
    help: (d) => `use one of ${list(d.supported)}`,
  }),
  ignored: message<{ kind: string; chart: string; supported: string[]; fallback: string }>({
    title: (d) => `chart ${d.chart} does not know driver.kind "${d.kind}"`,
    why: (d) =>
      `it knows ${list(d.supported)} only: none of its driver settings apply and Falco runs with ${d.fallback}`,
    help: () => 'use one of those, or upgrade the chart',
  }),
};

export default createRule(
  {
    id: 'falco/driver-kind',
    title: 'A driver.kind the chart version in use rejects, ignores, deprecates or knows only as an alias',
    severity: 'error',
    fixable: true,
    references: [
      'https://github.com/falcosecurity/falco/pull/3796',
      'https://github.com/falcosecurity/charts/blob/master/charts/falco/BREAKING-CHANGES.md',
    ],
    messages,
  },
  (ctx) => {
    for (const r of ctx.releases)
      check(ctx, r.release.values, r.status === 'resolved' ? r.installed?.version : undefined);
    for (const s of ctx.model.standaloneValues) check(ctx, s.values, undefined);
  },
);
