// Where a repository says which Flux it runs: the install manifests a kustomization pulls
// (`github.com/fluxcd/flux2/manifests/install?ref=v2.1.1`), the `ghcr.io/fluxcd/flux-manifests` OCIRepository Flux
// upgrades itself from, the `# Flux Version:` header `flux bootstrap` writes into gotk-components.yaml (flux2
// cmd/flux/install.go, since 0.22.0; `# Flux version:` before), a flux-operator FluxInstance's
// `spec.distribution.version` (a Masterminds constraint, e.g. `2.x`; flux-operator api/v1/fluxinstance_types.go), the
// flux-instance chart's `instance.distribution.version`, and the fluxcd-community flux2 chart's version.
import type { Span } from '../findings.js';
import type { SourceFile } from '../load/source.js';
import { apiGroup } from './objects.js';
import { isKustomization } from './kustomize.js';
import type { K8sObject, Release } from './types.js';
import { scalarAt, valueAt, type VScalar } from './values.js';

export interface FluxPin {
  /** As the repository states it: a version (`v2.1.1`) or a constraint (`2.x`). */
  constraint: string;
  /** `flux2 chart`: `constraint` is a version of the fluxcd-community flux2 chart, not of Flux. */
  of: 'flux' | 'flux2 chart';
  span: Span;
  /** How the repository states it, for messages. */
  how: string;
}

const INSTALL_URL =
  /(?:^|\/\/|\/)github\.com\/fluxcd\/flux2\/+manifests\/install\/?\?ref=(v?\d+\.\d+\.\d+[\w.-]*)|github\.com\/fluxcd\/flux2\/releases\/download\/(v?\d+\.\d+\.\d+[\w.-]*)\/install\.yaml/;
const HEADER = /^# Flux [Vv]ersion: (v?\d+\.\d+\.\d+[\w.-]*)[ \t]*\r?$/m;

const span = (n: VScalar): Span => n.span;

export function fluxPins(
  files: readonly SourceFile[],
  objects: readonly K8sObject[],
  releases: readonly Release[],
): FluxPin[] {
  const pins: FluxPin[] = [];
  for (const file of files) {
    // The header stands at the top of the generated file.
    const head = file.text.slice(0, 1024);
    const m = HEADER.exec(head);
    if (m)
      pins.push({
        constraint: m[1]!,
        of: 'flux',
        span: { file, start: m.index + m[0].indexOf(m[1]!), end: m.index + m[0].indexOf(m[1]!) + m[1]!.length },
        how: `the "# Flux Version" header of ${file.path}`,
      });
  }
  for (const o of objects) {
    if (isKustomization(o)) {
      const resources = valueAt(o.root, ['resources']);
      for (const r of resources?.kind === 'seq' ? resources.items : []) {
        if (r.kind !== 'scalar' || typeof r.value !== 'string') continue;
        const m = INSTALL_URL.exec(r.value);
        if (m)
          pins.push({
            constraint: (m[1] ?? m[2])!,
            of: 'flux',
            span: span(r),
            how: `the Flux install manifests ${o.file.path} pulls`,
          });
      }
    } else if (o.kind === 'OCIRepository' && apiGroup(o.apiVersion) === 'source.toolkit.fluxcd.io') {
      const url = scalarAt(o.root, ['spec', 'url']);
      if (typeof url?.value !== 'string' || !/^oci:\/\/ghcr\.io\/fluxcd\/flux-manifests\/?$/.test(url.value)) continue;
      const ref = scalarAt(o.root, ['spec', 'ref', 'tag']) ?? scalarAt(o.root, ['spec', 'ref', 'semver']);
      if (ref && ref.value !== null && String(ref.value) !== 'latest')
        pins.push({
          constraint: String(ref.value),
          of: 'flux',
          span: span(ref),
          how: `the flux-manifests OCIRepository ${o.name ?? ''} Flux upgrades itself from`,
        });
    } else if (o.kind === 'FluxInstance' && apiGroup(o.apiVersion) === 'fluxcd.controlplane.io') {
      const v = scalarAt(o.root, ['spec', 'distribution', 'version']);
      if (v && v.value !== null)
        pins.push({
          constraint: String(v.value),
          of: 'flux',
          span: span(v),
          how: `FluxInstance ${o.name ?? ''} spec.distribution.version`,
        });
    }
  }
  for (const r of releases) {
    if (r.tool !== 'flux') continue;
    if (r.chart.name === 'flux-instance') {
      const v = scalarAt(r.values, ['instance', 'distribution', 'version']);
      if (v && v.value !== null)
        pins.push({
          constraint: String(v.value),
          of: 'flux',
          span: span(v),
          how: `${r.title} (flux-instance chart) instance.distribution.version`,
        });
    } else if (r.chart.name === 'flux2' && r.version.node && r.version.raw) {
      pins.push({
        constraint: r.version.raw,
        of: 'flux2 chart',
        span: span(r.version.node),
        how: `${r.title}, the flux2 chart`,
      });
    }
  }
  return pins;
}
