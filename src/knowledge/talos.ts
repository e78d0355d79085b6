// What helmvet knows about Talos Secure Boot, kernel lockdown and kernel arguments (which Falco drivers lockdown stops:
// knowledge/drivers.ts). Facts: ../shared/reference/falco-facts.md §6 and §7, each checked here against the primary source named beside it.
import semver from 'semver';
import type { Span } from '../findings.js';

/**
 * Talos version → Linux kernel (falco-facts.md §7: the "Linux:" line of each tag's CHANGELOG.md, cross-checked
 * against `linux_version` in siderolabs/pkgs Pkgfile at the PKGS commit of each tag's Makefile).
 */
export const TALOS_KERNELS: Readonly<Record<string, string>> = {
  '1.8.0': '6.6.52',
  '1.8.1': '6.6.54',
  '1.8.2': '6.6.58',
  '1.8.3': '6.6.60',
  '1.8.4': '6.6.64',
  '1.9.0': '6.12.5',
  '1.9.1': '6.12.6',
  '1.9.2': '6.12.9',
  '1.9.3': '6.12.11',
  '1.9.4': '6.12.13',
  '1.9.5': '6.12.18',
  '1.9.6': '6.12.25',
  '1.10.0': '6.12.25',
  '1.10.1': '6.12.25',
  '1.10.2': '6.12.27',
  '1.10.3': '6.12.28',
  '1.10.4': '6.12.31',
  '1.10.5': '6.12.35',
  '1.10.6': '6.12.40',
  '1.10.7': '6.12.43',
  '1.10.8': '6.12.58',
  '1.10.9': '6.12.63',
  '1.11.0': '6.12.43',
  '1.11.1': '6.12.45',
  '1.11.2': '6.12.48',
  '1.11.3': '6.12.52',
  '1.11.4': '6.12.57',
  '1.11.5': '6.12.57',
  '1.11.6': '6.12.62',
  '1.12.0': '6.18.1',
  '1.12.1': '6.18.2',
  '1.12.2': '6.18.5',
  '1.12.3': '6.18.8',
  '1.12.4': '6.18.9',
  '1.12.5': '6.18.15',
  '1.12.6': '6.18.18',
  '1.12.7': '6.18.24',
  '1.12.8': '6.18.32',
  '1.12.9': '6.18.35',
  '1.12.10': '6.18.38',
  '1.12.11': '6.18.42',
  '1.13.0': '6.18.24',
  '1.13.1': '6.18.29',
  '1.13.2': '6.18.29',
  '1.13.3': '6.18.33',
  '1.13.4': '6.18.34',
  '1.13.5': '6.18.36',
  '1.13.6': '6.18.38',
  '1.13.7': '6.18.39',
  '1.13.8': '6.18.42',
  '1.13.9': '6.18.44',
  '1.14.0-rc.1': '6.18.44',
};

/** The Linux kernel a Talos release ships, when helmvet knows it. */
export const talosKernel = (version: string | undefined): string | undefined =>
  version ? TALOS_KERNELS[version] : undefined;

/**
 * Secure Boot adds `lockdown=confidentiality` to the UKI command line from Talos 1.5.0 (talos 5e13cafe5, "feat: enforce
 * kernel lockdown for UKI": imager appends kernel.SecureBootArgs()) until 1.14.0 (talos a72281e5b: the arg is gated
 * behind quirks.ForcesLockdownConfidentiality, true only for versions < 1.14.0; a 1.14 pre-release still adds it).
 */
export const SECURE_BOOT_LOCKDOWN_SINCE = '1.5.0';
export const SECURE_BOOT_LOCKDOWN_UNTIL = '1.14.0';

/** An arg starting with `-` deletes args from Talos 1.6.0 (talos 7a4a92854, go-procfs WithDeleteNegatedArgs). */
export const NEGATED_KERNEL_ARGS_SINCE = '1.6.0';

/**
 * `machine.install.extraKernelArgs`: from Talos 1.10.0 its documentation says it is ignored when Talos boots with
 * systemd-boot (the UEFI default); from 1.12.0 it is deprecated ("Use Image Factory/imager instead") and hidden.
 * Under Secure Boot the command line is part of the signed UKI, so it never applies there.
 * [talos pkg/machinery/config/types/v1alpha1/v1alpha1_types.go at v1.10.0 and v1.12.0; website v1.8 secureboot.md]
 */
export const INSTALL_ARGS_IGNORED_WITH_SYSTEMD_BOOT_SINCE = '1.10.0';
export const INSTALL_ARGS_DEPRECATED_SINCE = '1.12.0';

/** `1.14.0` → `1.14`, as messages name a Talos release line. */
export const talosLine = (version: string) => version.replace(/\.0$/, '');

/** `v1.13.7`, `1.13.7`, `v1.14.0-rc.1` → the semver; anything else (`${talosVersion}`, `latest`) → undefined. */
export function parseTalosVersion(raw: string | undefined): string | undefined {
  const v = raw?.trim().replace(/^v/, '');
  return v && semver.valid(v) ? v : undefined;
}

/**
 * Does Secure Boot on this Talos version put `lockdown=confidentiality` on the kernel command line? undefined when the
 * version is unknown. Before 1.5.0 Talos had neither Secure Boot images nor the arg.
 */
export function secureBootForcesConfidentiality(version: string | undefined): boolean | undefined {
  if (!version) return undefined;
  return semver.gte(version, SECURE_BOOT_LOCKDOWN_SINCE) && semver.lt(version, SECURE_BOOT_LOCKDOWN_UNTIL);
}

export const supportsNegatedArgs = (version: string | undefined) =>
  !version || semver.gte(version, NEGATED_KERNEL_ARGS_SINCE);

/**
 * A Secure Boot installer image (falco-facts.md §7 (d); image-factory internal/frontend/http/registry.go
 * getRequestedImage, talos quirks minTalosVersionUnifiedInstaller 1.10.0):
 * `factory.talos.dev/installer-secureboot/<id>:v1.9.0` (legacy, means metal) and
 * `factory.talos.dev/metal-installer-secureboot/<id>:v1.10.0` (`<platform>-installer-secureboot`).
 */
export function isSecureBootInstaller(image: string): boolean {
  const path = imageRepository(image);
  return path
    .split('/')
    .slice(1)
    .some((segment) => segment === 'installer-secureboot' || segment.endsWith('-installer-secureboot'));
}

/** The repository part of an image reference: without `@digest` and `:tag`. */
export function imageRepository(image: string): string {
  const noDigest = image.trim().split('@')[0]!;
  const lastSlash = noDigest.lastIndexOf('/');
  const colon = noDigest.indexOf(':', lastSlash + 1);
  return colon < 0 ? noDigest : noDigest.slice(0, colon);
}

/** The tag of an image reference, when it has one. */
export function imageTag(image: string): string | undefined {
  const repo = imageRepository(image);
  const rest = image.trim().split('@')[0]!.slice(repo.length);
  return rest.startsWith(':') ? rest.slice(1) : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// The kernel command line, as Talos builds it and the kernel reads it.

export type LockdownLevel = 'none' | 'integrity' | 'confidentiality';

/** One argument of an extraKernelArgs list: its text and the node it is written at. */
export interface KernelArg {
  text: string;
  /** Where it is written (the model's value node). */
  node: { readonly span: Span };
}

export type ArgEffect =
  /** `key=value` or `key`: appended. */
  | { kind: 'appended' }
  /** `-key`: every `key=` argument deleted (those listed in `removed`). */
  | { kind: 'deleted-all'; removed: LockdownValue[] }
  /** `-key=value`: that exact argument deleted, if it was there. */
  | { kind: 'deleted'; removed: LockdownValue[] }
  /** A `-key…` that joined an earlier `-key…` of the same name, whose first value decided what the group does. */
  | { kind: 'folded'; into: KernelArg }
  /** Before Talos 1.6 a `-` arg is kept as written and removes nothing. */
  | { kind: 'literal' };

/** A `lockdown=` value on the command line and where it comes from (undefined: Talos's Secure Boot default). */
export interface LockdownValue {
  value: string;
  from: KernelArg | undefined;
}

export interface CmdlineResult {
  /** `lockdown=` values left on the command line, in order. */
  lockdown: LockdownValue[];
  /** The level the kernel ends up at. */
  level: LockdownLevel;
  /** What each lockdown-related argument did, in list order. */
  effects: Map<KernelArg, ArgEffect>;
}

const RANK: Record<LockdownLevel, number> = { none: 0, integrity: 1, confidentiality: 2 };

/**
 * The kernel reads every `lockdown=` on the command line in order (security/lockdown/lockdown.c lockdown_param); each
 * calls lock_kernel_down, which refuses to go below the level already set (`if (kernel_locked_down >= level) return
 * -EPERM`), and any value other than integrity or confidentiality is rejected (-EINVAL). So the highest one wins.
 */
export function lockdownLevel(values: readonly string[]): LockdownLevel {
  let level: LockdownLevel = 'none';
  for (const v of values) if ((v === 'integrity' || v === 'confidentiality') && RANK[v] > RANK[level]) level = v;
  return level;
}

interface Group {
  key: string;
  values: { value: string; arg: KernelArg }[];
}

/**
 * siderolabs/go-procfs `parse`: the args are joined with spaces and split into fields; a field is `key=value` or
 * `key`, and fields of the same key are grouped under the key's first appearance (so `-lockdown lockdown=integrity
 * -lockdown` is one `-lockdown` group, processed before `lockdown`).
 */
function groups(args: readonly KernelArg[]): Group[] {
  const out: Group[] = [];
  for (const arg of args) {
    for (const field of arg.text.split(/\s+/).filter(Boolean)) {
      const eq = field.indexOf('=');
      const key = eq < 0 ? field : field.slice(0, eq);
      const value = eq < 0 ? '' : field.slice(eq + 1);
      const group = out.find((g) => g.key === key);
      if (group) group.values.push({ value, arg });
      else out.push({ key, values: [{ value, arg }] });
    }
  }
  return out;
}

/**
 * The `lockdown=` values after the imager applies a schematic's extraKernelArgs to the default command line
 * (talos pkg/imager/imager.go buildCmdline: defaults, then Secure Boot args, then `cmdline.AppendAll(extraKernelArgs,
 * procfs.WithDeleteNegatedArgs())`). go-procfs AppendAll, per group in order: a `-key` group whose first value is
 * empty deletes every `key=` (DeleteAll); one whose first value is set deletes only the listed values (Delete); any
 * other group appends its values.
 */
export function applyKernelArgs(base: readonly string[], args: readonly KernelArg[], negation: boolean): CmdlineResult {
  let lockdown: LockdownValue[] = base.map((value) => ({ value, from: undefined }));
  const effects = new Map<KernelArg, ArgEffect>();
  for (const group of groups(args)) {
    const first = group.values[0]!;
    if (group.key === 'lockdown') {
      for (const { value, arg } of group.values) {
        lockdown.push({ value, from: arg });
        if (!effects.has(arg)) effects.set(arg, { kind: 'appended' });
      }
      continue;
    }
    if (!group.key.startsWith('-') || group.key.slice(1) !== 'lockdown') continue;
    if (!negation) {
      for (const { arg } of group.values) effects.set(arg, { kind: 'literal' });
      continue;
    }
    if (first.value === '') {
      const removed = lockdown;
      lockdown = [];
      effects.set(first.arg, { kind: 'deleted-all', removed });
    } else {
      const listed = new Set(group.values.map((v) => v.value));
      const removed = lockdown.filter((l) => listed.has(l.value));
      lockdown = lockdown.filter((l) => !listed.has(l.value));
      for (const { value, arg } of group.values) {
        if (arg === first.arg) effects.set(arg, { kind: 'deleted', removed: removed.filter((r) => r.value === value) });
        else if (!effects.has(arg))
          effects.set(
            arg,
            value === ''
              ? { kind: 'folded', into: first.arg }
              : { kind: 'deleted', removed: removed.filter((r) => r.value === value) },
          );
      }
      continue;
    }
    for (const { arg } of group.values.slice(1))
      if (!effects.has(arg)) effects.set(arg, { kind: 'folded', into: first.arg });
  }
  return { lockdown, level: lockdownLevel(lockdown.map((l) => l.value)), effects };
}

/** Is this argument about lockdown (`lockdown=…`, `-lockdown`, `-lockdown=…`)? */
export const isLockdownArg = (text: string) => text.split(/\s+/).some((f) => /^-?lockdown(=|$)/.test(f));

/** The override that keeps integrity lockdown (talos PR #8535: "`-lockdown lockdown=integrity` kernel args can be set to override the defaults"). */
export const LOCKDOWN_FIX = 'extraKernelArgs: ["-lockdown", "lockdown=integrity"]';
