// Chart 8.0.0 (Falco 0.43.0) changed no values keys (falco-chart-migrations.md §8.0.0); gRPC, the legacy eBPF probe
// and gVisor are deprecated, and step 8 → 9 removes them.
import { step } from './step.js';

export default step(8);
