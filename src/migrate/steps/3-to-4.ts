// Chart 4.0.0 (Falco 0.37.0): drivers renamed and regrouped, the Kubernetes client replaced by k8s-metacollector;
// 4.7.1 renamed falco.rules_file; 4.9.0 removed the outputs rate limiter. Driver kinds keep working under their old
// names as aliases the chart warns about (NOTES.txt: "might be removed in the future"): write the new names.
import { DRIVER_ALIASES } from '../../knowledge/drivers.js';
import { get } from '../tree.js';
import { step } from './step.js';

const DRIVERS = [
  'https://github.com/falcosecurity/charts/commit/95496d0b1e1e795d199bbf25127757648ab619b1',
  'https://github.com/falcosecurity/charts/commit/5fffb07',
];

export default step(4, (tree, log) => {
  const kind = get(tree, ['driver', 'kind']);
  if (kind?.kind === 'scalar' && typeof kind.value === 'string' && DRIVER_ALIASES[kind.value]) {
    const old = kind.value;
    kind.value = DRIVER_ALIASES[old]!;
    log.change(
      'driver.kind',
      'rewritten',
      `${old} became ${kind.value}`,
      `chart 4.0.0 renamed the driver kinds after Falco's; "${old}" is an alias it warns about`,
      DRIVERS,
    );
  }
});
