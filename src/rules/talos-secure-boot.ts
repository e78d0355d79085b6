// What the talos/* rules share (not a rule: they are the files of talos/): which Falco releases load which driver, and
// what a Secure Boot image's kernel args do to lockdown.
import type { Span } from '../findings.js';
import { fileLine } from '../load/source.js';
import { DRIVER_WHAT, type FalcoDriver } from '../knowledge/drivers.js';
import { effectiveDriver, type EffectiveDriver } from '../resolve/driver.js';
import {
  applyKernelArgs,
  secureBootForcesConfidentiality,
  SECURE_BOOT_LOCKDOWN_UNTIL,
  supportsNegatedArgs,
  talosLine,
  type CmdlineResult,
} from '../knowledge/talos.js';
import type { SecureBootImage } from '../model/talos.js';
import { clustersOf } from '../resolve/clusters.js';
import type { ResolvedRelease } from '../resolve/resolve.js';
import { canRunOn, placementOf } from '../resolve/scheduling.js';
import type { Messages, RuleContext } from './create-rule.js';

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
export function falcoDrivers(ctx: RuleContext<Messages>): FalcoDriverUse[] {
  const out: FalcoDriverUse[] = [];
  const current = ctx.releases.filter(applied);
  for (const r of current.length ? current : ctx.releases) {
    // Resolved once with what the release runs; a release nothing is installed for is judged on what its range admits.
    const driver = r.runs ? r.runs.driver : effectiveDriver(r.release.values, r.installed, r.admitted);
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
export function meeting(
  ctx: RuleContext<Messages>,
  img: SecureBootImage,
  uses: readonly FalcoDriverUse[],
): Meeting | undefined {
  if (!img.talconfig || img.nodeRefs.length === 0)
    return uses.length ? { img, uses: [...uses], unsure: [] } : undefined;
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

// ---------------------------------------------------------------------------------------------------------------
// What the talos/* rules say of images and releases, as data, and the phrases they word it with.

/** A Falco release as the talos/* messages name it. */
export type ReleaseData = {
  release: string;
  at: string;
  field: string;
  value: string;
  defaultOf: string | null;
  driver: string;
};

export function releaseData(use: FalcoDriverUse): ReleaseData {
  const { driver } = use;
  return {
    release: use.release.release.title,
    at: where(use.span),
    field: driver.field,
    value: driver.value,
    defaultOf: driver.written ? null : (driver.defaultOf ?? null),
    driver: driver.kind,
  };
}

/** A Secure Boot image as the talos/* messages name it. */
export type ImageData = {
  talos: string | null;
  via: string | null;
  raw: string | null;
  declaredBy: string;
  nodes: string[];
};

export const imageData = (img: SecureBootImage): ImageData => ({
  talos: img.version.version ?? null,
  via: img.version.via?.path ?? null,
  raw: img.version.raw ?? null,
  declaredBy: img.declaredBy,
  nodes: [...img.nodes],
});

/** The releases paired with an image only because helmvet cannot tell their cluster, and the clusters. */
export type Unsure = { unsure: string[]; clusters: string[] };

export function unsureData(m: Meeting, ctx: RuleContext<Messages>): Unsure {
  return {
    unsure: m.unsure.map((u) => u.release.release.title),
    clusters: m.unsure.length
      ? [...new Set(ctx.model.talos.talconfigs.map((t) => t.clusterName ?? t.file.path))].sort()
      : [],
  };
}

/** ` (this repository describes clusters a, b and nothing in it tells which one X is applied to, so helmvet pairs it with each)` or empty. */
export function unsureNote(d: Unsure): string {
  if (d.unsure.length === 0) return '';
  const many = d.unsure.length > 1;
  return ` (this repository describes clusters ${d.clusters.join(', ')} and nothing in it tells which one ${d.unsure.join(' and ')} ${many ? 'are' : 'is'} applied to, so helmvet pairs ${many ? 'them' : 'it'} with each)`;
}

/** `HelmRelease falco/falco (apps/falco.yaml:12, driver.kind auto, the default of chart 5.0.3)` */
export function describeRelease(r: ReleaseData): string {
  const how =
    r.defaultOf === null ? `${r.field}: ${r.value}` : `${r.field} ${r.value}, the default of chart ${r.defaultOf}`;
  return `${r.release} (${r.at}, ${how})`;
}

/** `HelmRelease falco/falco (…) cannot load the modern eBPF probe` / `A (…) and B (…) cannot load their eBPF probes` */
export function releasesCannotLoad(rs: readonly ReleaseData[]): string {
  if (rs.length === 1) return `${describeRelease(rs[0]!)} cannot load ${DRIVER_WHAT[rs[0]!.driver as FalcoDriver]}`;
  return `${rs.map(describeRelease).join(' and ')} cannot load their eBPF probes`;
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
  return {
    known: forces === true,
    result: applyKernelArgs(['confidentiality'], args, supportsNegatedArgs(img.version.version)),
  };
}

/** `Secure Boot on Talos 1.13.9` / `Secure Boot on Talos before 1.14` */
export function secureBootOn(d: ImageData): string {
  if (!d.talos) return `Secure Boot on Talos before ${talosLine(SECURE_BOOT_LOCKDOWN_UNTIL)}`;
  return `Secure Boot on Talos ${d.talos}${d.via ? ` (talosVersion from ${d.via})` : ''}`;
}

/** The caveat for an unknown Talos version, with a leading space; empty when the version is known. */
export function unknownVersionNote(d: ImageData): string {
  if (d.talos) return '';
  const what = d.raw
    ? `${d.declaredBy === 'machine.install.image' ? 'the installer tag' : 'talosVersion'} "${d.raw}" is not a version helmvet can read`
    : d.declaredBy === 'customization.secureboot'
      ? 'a schematic does not say which Talos it is built for'
      : d.declaredBy === 'machine.install.image'
        ? 'the installer has no version tag'
        : 'talosVersion is not set, so talhelper uses the newest Talos it knows';
  return ` (${what}; Talos ${talosLine(SECURE_BOOT_LOCKDOWN_UNTIL)} and newer no longer add lockdown=confidentiality.)`;
}

/** ` of nodes saga, eir, skuld` or empty. */
export const ofNodes = (nodes: readonly string[]) =>
  nodes.length ? ` of node${nodes.length > 1 ? 's' : ''} ${nodes.join(', ')}` : '';
