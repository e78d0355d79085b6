// Which driver.kind values each chart version accepts, and what it does with the others.
// Sources: falcosecurity/charts templates at the falco-<version> tags: pod-template.tpl at falco-2.5.5 and
// falco-3.8.7 (equality tests on "module", "ebpf", "modern-bpf"), _helpers.tpl "falco.engineConfiguration" at
// falco-4.0.0 (supported kmod, ebpf, modern_ebpf, gvisor; aliases module, modern-bpf; else `fail "unsupported
// driver kind"`), falco-4.4.0 to falco-8.0.5 (adds auto), falco-9.1.0 (kmod, modern_ebpf, auto), NOTES.txt at
// falco-8.0.5 (aliases "might be removed"; ebpf and gvisor deprecated in Falco 0.43.0) and
// "falco.removedConfigGuard" at falco-9.0.0 (driver.kind ebpf or gvisor fails the render).
// Summarised in ../shared/reference/falco-chart-migrations.md §2.4 and falco-facts.md §6.
import semver from 'semver';

export type DriverVerdict =
  | { kind: 'ok' }
  | { kind: 'alias'; replacement: string }
  | { kind: 'deprecated'; since: string }
  | { kind: 'render-fails'; supported: string[] }
  | { kind: 'ignored'; supported: string[]; fallback: string };

export const DRIVER_ALIASES: Readonly<Record<string, string>> = { module: 'kmod', 'modern-bpf': 'modern_ebpf' };

/** Every kind some chart version accepts. */
export const ANY_DRIVER_KIND = new Set(['module', 'ebpf', 'modern-bpf', 'kmod', 'modern_ebpf', 'gvisor', 'auto']);

export function driverKindVerdict(kind: string, chart: string): DriverVerdict {
  if (semver.lt(chart, '2.0.0')) return { kind: 'ok' }; // 1.x has no driver.kind (ebpf.enabled); that is a key question.
  if (semver.lt(chart, '4.0.0')) {
    const supported = semver.lt(chart, '3.0.0') ? ['module', 'ebpf'] : ['module', 'ebpf', 'modern-bpf'];
    return supported.includes(kind)
      ? { kind: 'ok' }
      : {
          kind: 'ignored',
          supported,
          fallback: 'the kernel module (the driver loader builds it and Falco starts without a driver flag)',
        };
  }
  const supported = semver.lt(chart, '4.4.0')
    ? ['kmod', 'ebpf', 'modern_ebpf', 'gvisor']
    : semver.lt(chart, '9.0.0')
      ? ['kmod', 'ebpf', 'modern_ebpf', 'gvisor', 'auto']
      : ['kmod', 'modern_ebpf', 'auto'];
  if (DRIVER_ALIASES[kind]) return { kind: 'alias', replacement: DRIVER_ALIASES[kind] };
  if (!supported.includes(kind)) return { kind: 'render-fails', supported };
  if ((kind === 'ebpf' || kind === 'gvisor') && semver.gte(chart, '8.0.0'))
    return { kind: 'deprecated', since: 'Falco 0.43.0' };
  return { kind: 'ok' };
}

// ---------------------------------------------------------------------------------------------------------------
// The driver a release loads (falco-facts.md §6 for what lockdown does to each).

export type FalcoDriver = 'kmod' | 'ebpf' | 'modern_ebpf' | 'auto' | 'gvisor';

/** The driver each `driver.kind` some chart accepts loads: the kind itself, or what its alias stands for. */
export const DRIVER_NAMES: ReadonlyMap<string, FalcoDriver> = new Map(
  [...ANY_DRIVER_KIND].map((k) => [k, (DRIVER_ALIASES[k] ?? k) as FalcoDriver]),
);

/**
 * Drivers that load an eBPF probe, which confidentiality lockdown stops: the kernel withholds bpf_probe_read,
 * bpf_probe_read_kernel and their _str variants under LOCKDOWN_BPF_READ_KERNEL, a confidentiality-class reason
 * (linux kernel/trace/bpf_trace.c, include/linux/security.h). The modern probe fails with "cannot use helper
 * bpf_probe_read#4" (falco#3416, libs#2736); the legacy probe calls the same helpers (falcosecurity/libs
 * driver/bpf/bpf_helpers.h). `auto` is the chart's falcoctl driver selection, which prefers modern_ebpf.
 */
export const EBPF_DRIVERS: ReadonlySet<FalcoDriver> = new Set(['modern_ebpf', 'ebpf', 'auto']);

/** `the modern eBPF probe` … for messages. */
export const DRIVER_WHAT: Record<FalcoDriver, string> = {
  modern_ebpf: 'the modern eBPF probe',
  ebpf: 'the legacy eBPF probe',
  auto: 'the modern eBPF probe (falcoctl picks it first)',
  kmod: 'the Falco kernel module',
  gvisor: 'no kernel driver',
};
