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
    return supported.includes(kind) ? { kind: 'ok' } : { kind: 'ignored', supported, fallback: 'the kernel module (the driver loader builds it and Falco starts without a driver flag)' };
  }
  const supported = semver.lt(chart, '4.4.0') ? ['kmod', 'ebpf', 'modern_ebpf', 'gvisor'] : semver.lt(chart, '9.0.0') ? ['kmod', 'ebpf', 'modern_ebpf', 'gvisor', 'auto'] : ['kmod', 'modern_ebpf', 'auto'];
  if (DRIVER_ALIASES[kind]) return { kind: 'alias', replacement: DRIVER_ALIASES[kind] };
  if (!supported.includes(kind)) return { kind: 'render-fails', supported };
  if ((kind === 'ebpf' || kind === 'gvisor') && semver.gte(chart, '8.0.0')) return { kind: 'deprecated', since: 'Falco 0.43.0' };
  return { kind: 'ok' };
}

/** The driver a release loads: its driver.kind, else the chart's default; undefined when the driver is off. */
export function effectiveDriverKind(userKind: string | undefined, driverEnabled: boolean | undefined, chartDefault: string | null | undefined): string | undefined {
  if (driverEnabled === false) return undefined;
  return userKind ?? chartDefault ?? undefined;
}
