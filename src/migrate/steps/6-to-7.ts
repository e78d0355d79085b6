// Chart 7.0.0 (Falco 0.42.0): the legacy container collectors are gone (ignored, not refused) and falco.metrics is
// owned by the top-level metrics block. The table moves the keys; this step adds what the chart's own translation did
// (falco-chart-migrations.md §2.1: containerEngine on, the engines the legacy collectors did not cover off) and keeps
// the old output_rule default (true in falco.metrics, false in metrics.outputRule, §2.2).
import { get, locate, put, remove, scalar } from '../tree.js';
import { step } from './step.js';

const COLLECTORS = [
  'https://github.com/falcosecurity/charts/commit/dcc98894fe3538c295d91d01403cb90ae8e2f925',
  'https://github.com/falcosecurity/charts/commit/2646171',
];
const METRICS = ['https://github.com/falcosecurity/charts/commit/faac8bf1be9910d71f7dedd3c6a7d2f544a943ec'];

export default step(7, (tree, log) => {
  const moved = log.changes.some((c) => /^collectors\.(docker|containerd|crio)\b/.test(c.path) && c.kind === 'moved');
  if (moved) {
    if (get(tree, ['collectors', 'containerEngine', 'enabled']) === undefined) {
      // First in its map, as the chart's values.yaml has it.
      put(
        tree,
        ['collectors', 'containerEngine', 'enabled'],
        scalar(true),
        undefined,
        locate(tree, ['collectors', 'containerEngine', 'engines'])?.entry,
      );
      log.change(
        'collectors.containerEngine.enabled',
        'set',
        'set to true',
        'the container plugin replaces the legacy collectors, and chart 7.0.0 configures it from collectors.containerEngine',
        COLLECTORS,
      );
    }
    for (const engine of ['podman', 'lxc', 'libvirt_lxc', 'bpm']) {
      if (get(tree, ['collectors', 'containerEngine', 'engines', engine]) !== undefined) continue;
      put(tree, ['collectors', 'containerEngine', 'engines', engine, 'enabled'], scalar(false));
      log.change(
        `collectors.containerEngine.engines.${engine}.enabled`,
        'set',
        'set to false',
        'the legacy collectors covered docker, containerd and CRI-O only; the chart translated them with the other engines off',
        COLLECTORS,
      );
    }
  }
  const metricsMoved = log.changes.some((c) => c.path.startsWith('falco.metrics.') && c.kind === 'moved');
  if (metricsMoved) {
    const wasSet = log.changes.some((c) => c.path === 'falco.metrics.output_rule');
    if (!wasSet && get(tree, ['metrics', 'outputRule']) === undefined) {
      put(tree, ['metrics', 'outputRule'], scalar(true));
      log.change(
        'metrics.outputRule',
        'set',
        'set to true',
        'falco.metrics.output_rule defaulted to true, metrics.outputRule defaults to false: this keeps the metrics output rule on',
        METRICS,
      );
    }
    const enabled = get(tree, ['metrics', 'enabled']);
    if (
      enabled?.kind === 'scalar' &&
      enabled.value === true &&
      get(tree, ['falco', 'webserver', 'prometheus_metrics_enabled']) !== undefined
    ) {
      remove(tree, ['falco', 'webserver', 'prometheus_metrics_enabled']);
      log.change(
        'falco.webserver.prometheus_metrics_enabled',
        'removed',
        'removed',
        'with metrics.enabled the chart turns the webserver and its Prometheus endpoint on itself',
        METRICS,
      );
    }
  }
});
