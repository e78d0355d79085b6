// Kubernetes metadata without a node filter: every Falco pod lists and watches every pod in the cluster.
// Sources: falcosecurity/falco#778 (the 30 MB pod list on large clusters), falcosecurity/libs#43 (filter by node);
// charts pod-template.tpl at falco-2.0.0 and falco-3.8.7 (`--k8s-node "$(FALCO_K8S_NODE_NAME)"` only when
// collectors.kubernetes.enableNodeFilter); k8smeta plugin init schema (nodeName required) and the chart's
// "k8smeta.configuration" helper (nodeName "${FALCO_K8S_NODE_NAME}"), ../shared/reference/falco-facts.md §4.
import semver from 'semver';
import { boolAt, entryAt, stringAt, valueAt, type VNode } from '../../model/values.js';
import { createRule, message, type RuleContext } from '../create-rule.js';

const REFERENCES = [
  'https://github.com/falcosecurity/falco/issues/778',
  'https://github.com/falcosecurity/libs/issues/43',
];

/** A user-written k8smeta plugin entry: its nodeName must be the node the pod runs on. */
function checkPluginEntries(ctx: RuleContext<typeof messages>, values: VNode | undefined) {
  const plugins = valueAt(values, ['falco', 'plugins']);
  const loaded = valueAt(values, ['falco', 'load_plugins']);
  const isLoaded = loaded?.kind === 'seq' && loaded.items.some((i) => i.kind === 'scalar' && i.value === 'k8smeta');
  for (const p of plugins?.kind === 'seq' ? plugins.items : []) {
    if (stringAt(p, ['name']) !== 'k8smeta' || !isLoaded) continue;
    const init = valueAt(p, ['init_config']);
    if (init?.kind !== 'map') continue; // A JSON string or an empty config is not read here.
    const node = entryAt(init, ['nodeName']);
    if (!node) {
      ctx.report({
        span: entryAt(p, ['init_config'])?.keySpan ?? p.span,
        severity: 'error',
        messageId: 'noNodeName',
        data: {},
        references: REFERENCES,
      });
    } else if (
      node.value.kind === 'scalar' &&
      typeof node.value.value === 'string' &&
      !node.value.value.includes('${')
    ) {
      ctx.report({
        span: node.value.span,
        severity: 'warning',
        messageId: 'literalNodeName',
        data: { nodeName: node.value.value },
        references: REFERENCES,
      });
    }
  }
}

const NODE_NAME = 'set nodeName: "${FALCO_K8S_NODE_NAME}", which the chart fills from spec.nodeName';

const messages = {
  nodeFilterOff: message<{ chart: string }>({
    title: (d) => `collectors.kubernetes.enableNodeFilter: false drops --k8s-node (chart ${d.chart})`,
    why: () =>
      'every Falco pod lists and watches every pod in the cluster: API server load and memory grow with the cluster, and large clusters hit the 30 MB read limit (falco#778)',
    help: () => 'remove it (the default is true)',
  }),
  noNodeName: message<Record<string, never>>({
    title: () => 'this k8smeta plugin has no init_config.nodeName',
    why: () => 'the plugin requires it, so Falco fails to start ("error in plugin k8smeta init config")',
    help: () => NODE_NAME,
  }),
  literalNodeName: message<{ nodeName: string }>({
    title: (d) => `k8smeta nodeName is the literal "${d.nodeName}"`,
    why: () =>
      "the metadata collector sends each Falco pod the pods of that node only, so every other node's events get no pod metadata",
    help: () => NODE_NAME,
  }),
};

export default createRule(
  {
    id: 'falco/k8s-metadata-node-filter',
    title: 'Kubernetes metadata collected without a node filter, or with the wrong node',
    severity: 'warning',
    fixable: false,
    references: REFERENCES,
    messages,
  },
  (ctx) => {
    for (const r of ctx.releases) {
      const values = r.release.values;
      const chart = r.status === 'resolved' ? r.installed?.version : undefined;
      if (chart && semver.gte(chart, '2.0.0') && semver.lt(chart, '4.0.0')) {
        const filter = entryAt(values, ['collectors', 'kubernetes', 'enableNodeFilter']);
        const on =
          boolAt(values, ['collectors', 'enabled']) !== false &&
          boolAt(values, ['collectors', 'kubernetes', 'enabled']) !== false;
        if (on && filter?.value.kind === 'scalar' && filter.value.value === false) {
          ctx.report({ span: filter.value.span, messageId: 'nodeFilterOff', data: { chart } });
        }
      }
      checkPluginEntries(ctx, values);
    }
    for (const s of ctx.model.standaloneValues) checkPluginEntries(ctx, s.values);
  },
);
