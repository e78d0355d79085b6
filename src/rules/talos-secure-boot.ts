// What the talos/* rules share (not a rule: they are the files of talos/): which Falco releases load which driver, and
// what a Secure Boot image's kernel args do to lockdown.
import type { Span } from '../findings.js';
import { fileLine } from '../load/source.js';
import { DRIVER_WHAT, effectiveDriver, type EffectiveDriver } from '../knowledge/drivers.js';
import { applyKernelArgs, secureBootForcesConfidentiality, SECURE_BOOT_LOCKDOWN_UNTIL, supportsNegatedArgs, talosLine, type CmdlineResult } from '../knowledge/talos.js';
import type { SecureBootImage } from '../model/talos.js';
import { clustersOf } from '../resolve/clusters.js';
import type { ResolvedRelease } from '../resolve/resolve.js';
import { canRunOn, placementOf } from '../resolve/scheduling.js';
import type { RuleContext } from './create-rule.js';

export interface FalcoDriverUse {
  release: ResolvedRelease;
  driver: EffectiveDriver;
  /** Where the driver is decided: the `driver.kind` the user wrote, else the chart version. */
  span: Span;
}

export const where = (span: Span) => fileLine(span.file, span.start);

/** A release the Flux in use does not serve is not applied (flux/removed-api says so). */
const applied = (r: ResolvedRelease) => !r.api || r.api.serving === 'current' || r.api.serving === 'deprecated';

/**
 * Every Falco release whose driver helmvet can tell. A release on a HelmRelease API the Flux in use does not serve is
 * left out when the repository also has a Falco release that is applied: it is the superseded one, from before the
 * cluster the Talos configs describe.
 */
export function falcoDrivers(ctx: RuleContext): FalcoDriverUse[] {
  const out: FalcoDriverUse[] = [];
  const current = ctx.releases.filter(applied);
  for (const r of current.length ? current : ctx.releases) {
    const driver = effectiveDriver(r.release.values, r.installed, r.admitted);
    if (driver) out.push({ release: r, driver, span: driver.written?.span ?? r.span });
  }
  return out;
}

export interface Meeting {
  /** The image, its nodes narrowed to those a release can run on. */
  img: SecureBootImage;
  uses: FalcoDriverUse[];
  /** Releases paired with the image only because helmvet cannot tell which cluster they are applied to. */
  unsure: FalcoDriverUse[];
}

/**
 * The Falco releases whose pods can meet a Secure Boot image: applied to the cluster its talconfig describes, and
 * allowed on one of its nodes by their nodeSelector, required node affinity and tolerations. An image helmvet knows
 * no nodes of (a schematic, a machine config) meets every release. Undefined when none meets it.
 */
export function meeting(ctx: RuleContext, img: SecureBootImage, uses: readonly FalcoDriverUse[]): Meeting | undefined {
  if (!img.talconfig || img.nodeRefs.length === 0) return uses.length ? { img, uses: [...uses], unsure: [] } : undefined;
  const talconfigs = ctx.model.talos.talconfigs;
  const met: FalcoDriverUse[] = [];
  const unsure: FalcoDriverUse[] = [];
  const nodes = new Set<string>();
  for (const use of uses) {
    const cluster = clustersOf(use.release.release.object.file.absPath, talconfigs, ctx.store.root);
    if (!cluster.talconfigs.includes(img.talconfig)) continue;
    const placement = placementOf(use.release.release.values, use.release.installed?.version);
    const reached = img.nodeRefs.filter((n) => canRunOn(placement, n));
    if (reached.length === 0) continue;
    met.push(use);
    if (!cluster.known) unsure.push(use);
    for (const n of reached) nodes.add(n.hostname);
  }
  return met.length ? { img: { ...img, nodes: img.nodes.filter((n) => nodes.has(n)) }, uses: met, unsure } : undefined;
}

/** ` (helmvet cannot tell which of clusters a, b HelmRelease x is applied to, so it takes each)` or empty. */
export function unsureNote(m: Meeting, ctx: RuleContext): string {
  if (m.unsure.length === 0) return '';
  const names = [...new Set(ctx.model.talos.talconfigs.map((t) => t.clusterName ?? t.file.path))].sort();
  return ` (this repository describes clusters ${names.join(', ')} and nothing in it tells which one ${m.unsure.map((u) => u.release.release.title).join(' and ')} ${m.unsure.length > 1 ? 'are' : 'is'} applied to, so helmvet pairs ${m.unsure.length > 1 ? 'them' : 'it'} with each)`;
}

/** `HelmRelease falco/falco (apps/falco.yaml:12, driver.kind auto, the default of chart 5.0.3)` */
export function describeRelease(use: FalcoDriverUse): string {
  const { driver } = use;
  const how = driver.written ? `${driver.field}: ${driver.value}` : `${driver.field} ${driver.value}, the default of chart ${driver.defaultOf}`;
  return `${use.release.release.title} (${where(use.span)}, ${how})`;
}

/** `HelmRelease falco/falco (…) cannot load the modern eBPF probe` / `A (…) and B (…) cannot load their eBPF probes` */
export function releasesCannotLoad(uses: readonly FalcoDriverUse[]): string {
  if (uses.length === 1) return `${describeRelease(uses[0]!)} cannot load ${DRIVER_WHAT[uses[0]!.driver.kind]}`;
  return `${uses.map(describeRelease).join(' and ')} cannot load their eBPF probes`;
}

export interface Lockdown {
  /** undefined: the Talos version is unknown, so helmvet assumes a version before 1.14 and says so. */
  known: boolean;
  result: CmdlineResult;
}

/**
 * The lockdown level a Secure Boot image boots with, for images whose kernel args helmvet can read; undefined when
 * Secure Boot on that version adds no lockdown (Talos 1.14 and newer, or before 1.5) or the args are not known.
 */
export function lockdownOf(img: SecureBootImage): Lockdown | undefined {
  if (img.schematic === undefined) return undefined;
  const forces = secureBootForcesConfidentiality(img.version.version);
  if (forces === false) return undefined;
  const args = img.schematic === 'empty' ? [] : img.schematic.args;
  return { known: forces === true, result: applyKernelArgs(['confidentiality'], args, supportsNegatedArgs(img.version.version)) };
}

/** `Secure Boot on Talos 1.13.9` / `Secure Boot on Talos before 1.14` */
export function secureBootOn(img: SecureBootImage): string {
  const v = img.version.version;
  if (!v) return `Secure Boot on Talos before ${talosLine(SECURE_BOOT_LOCKDOWN_UNTIL)}`;
  return `Secure Boot on Talos ${v}${img.version.via ? ` (talosVersion from ${img.version.via.path})` : ''}`;
}

/** The caveat for an unknown Talos version, with a leading space; empty when the version is known. */
export function unknownVersionNote(img: SecureBootImage): string {
  if (img.version.version) return '';
  const raw = img.version.raw;
  const what = raw
    ? `${img.declaredBy === 'machine.install.image' ? 'the installer tag' : 'talosVersion'} "${raw}" is not a version helmvet can read`
    : img.declaredBy === 'customization.secureboot'
      ? 'a schematic does not say which Talos it is built for'
      : img.declaredBy === 'machine.install.image'
        ? 'the installer has no version tag'
        : 'talosVersion is not set, so talhelper uses the newest Talos it knows';
  return ` (${what}; Talos ${talosLine(SECURE_BOOT_LOCKDOWN_UNTIL)} and newer no longer add lockdown=confidentiality.)`;
}

/** ` of nodes saga, eir, skuld` or empty. */
export const ofNodes = (img: SecureBootImage) => (img.nodes.length ? ` of node${img.nodes.length > 1 ? 's' : ''} ${img.nodes.join(', ')}` : '');
