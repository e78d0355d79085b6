// Chart 9.0.0 (Falco 0.44.0) refuses to render while driver.ebpf, driver.gvisor, falco.grpc or falco.grpc_output is
// present, or driver.kind is ebpf or gvisor (falco.removedConfigGuard). The table removes the keys (driver.ebpf whole,
// which only configured the dropped probe: removesWholeMap); here the legacy probe's users move to modern eBPF.
import { get } from '../tree.js';
import { step } from './step.js';

const EBPF = [
  'https://github.com/falcosecurity/falco/commit/312d9af6133c6a6f78a7d7bc94cc2ebcb9453ba8',
  'https://github.com/falcosecurity/falco/commit/23a1f6d9a042655e9b84431c2912f9c30ed72286',
];
const GVISOR = ['https://github.com/falcosecurity/falco/commit/95ad6d32fa50f204ca611a522c64db4c22084a3b'];

export default step(9, (tree, log) => {
  const kind = get(tree, ['driver', 'kind']);
  if (kind?.kind === 'scalar' && kind.value === 'ebpf') {
    kind.value = 'modern_ebpf';
    log.change(
      'driver.kind',
      'rewritten',
      'ebpf became modern_ebpf',
      'Falco 0.44.0 dropped the legacy eBPF probe; modern eBPF needs a kernel with BTF (5.8 or newer)',
      EBPF,
    );
  } else if (kind?.kind === 'scalar' && kind.value === 'gvisor') {
    log.leave(
      'driver.kind',
      'gVisor support is gone from Falco 0.44.0 and has no replacement: choose kmod, modern_ebpf or auto, or stay on chart 8',
      GVISOR,
    );
  }
});
