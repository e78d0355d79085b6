// driver.kind values the chart version in use does not accept, deprecates or only knows as an alias.
import { ANY_DRIVER_KIND, driverKindVerdict } from '../../knowledge/drivers.js';
import { boolAt, scalarAt, type VNode } from '../../model/values.js';
import { createRule, type RuleContext } from '../create-rule.js';

const list = (kinds: readonly string[]) => kinds.join(', ');

function check(ctx: RuleContext, values: VNode | undefined, chart: string | undefined) {
  const node = scalarAt(values, ['driver', 'kind']);
  if (!node || typeof node.value !== 'string' || boolAt(values, ['driver', 'enabled']) === false) return;
  const kind = node.value;
  if (!chart) {
    if (!ANY_DRIVER_KIND.has(kind)) ctx.report({ span: node.span, message: `driver.kind "${kind}" is not a driver any falco chart knows (${list([...ANY_DRIVER_KIND])}); use modern_ebpf, kmod or auto` });
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
        message: `driver.kind "${kind}" is an old alias of "${v.replacement}" that chart ${chart} still maps but warns "might be removed in the future"; write "${v.replacement}"`,
        fix: { kind: 'safe', description: `driver.kind: ${v.replacement}` },
      });
      return;
    case 'deprecated':
      ctx.report({
        span: node.span,
        severity: 'warning',
        message: `driver.kind "${kind}" is deprecated in ${v.since} (chart ${chart}) and removed in Falco 0.44.0: chart 9 refuses to render with it; move to modern_ebpf${kind === 'ebpf' ? ' (or kmod)' : ''} before upgrading`,
      });
      return;
    case 'render-fails':
      ctx.report({
        span: node.span,
        message:
          kind === 'ebpf' || kind === 'gvisor'
            ? `driver.kind "${kind}" was removed in Falco 0.44.0: chart ${chart} fails to render ("The following chart configuration is no longer supported"); use modern_ebpf${kind === 'ebpf' ? ' (or kmod)' : ''}`
            : `driver.kind "${kind}" is not supported by chart ${chart}, so the chart fails to render ("unsupported driver kind"); it accepts ${list(v.supported)}`,
      });
      return;
    case 'ignored':
      ctx.report({
        span: node.span,
        message: `chart ${chart} knows driver.kind ${list(v.supported)} only: with "${kind}" none of its driver settings apply and Falco runs with ${v.fallback}; use one of those, or upgrade the chart`,
      });
  }
}

export default createRule(
  {
    id: 'falco/driver-kind',
    title: 'A driver.kind the chart version in use rejects, ignores, deprecates or knows only as an alias',
    severity: 'error',
    fixable: true,
    references: ['https://github.com/falcosecurity/falco/pull/3796', 'https://github.com/falcosecurity/charts/blob/master/charts/falco/BREAKING-CHANGES.md'],
  },
  (ctx) => {
    for (const r of ctx.releases) check(ctx, r.release.values, r.status === 'resolved' ? r.installed?.version : undefined);
    for (const s of ctx.model.standaloneValues) check(ctx, s.values, undefined);
  },
);
