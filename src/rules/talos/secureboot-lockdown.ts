// Secure Boot's lockdown=confidentiality left in place on Talos nodes while the repository deploys Falco with an eBPF
// driver: the probe cannot load. Facts: falco-facts.md §6 and §7, src/knowledge/talos.ts.
import { EBPF_DRIVERS } from '../../knowledge/drivers.js';
import { applyKernelArgs, LOCKDOWN_FIX, NEGATED_KERNEL_ARGS_SINCE, secureBootForcesConfidentiality, supportsNegatedArgs, talosLine } from '../../knowledge/talos.js';
import { allSchematics, secureBootImages, type SecureBootImage } from '../../model/talos.js';
import { createRule } from '../create-rule.js';
import { falcoDrivers, lockdownOf, meeting, ofNodes, releasesCannotLoad, secureBootOn, unknownVersionNote, unsureNote, type FalcoDriverUse } from '../talos-secure-boot.js';

const MECHANISM = 'Confidentiality lockdown withholds the bpf_probe_read helpers from eBPF programs, so';
const FAILS = 'and Falco exits with "Initialization issues during scap_init"';
const NEGATION_NOTE = ` Talos before ${talosLine(NEGATED_KERNEL_ARGS_SINCE)} keeps a "-" argument as written; upgrade Talos first.`;

/** What is missing and what to write, for each way an image is declared. */
function wording(img: SecureBootImage): { missing: string; fix: string } {
  const id = img.image ? /\/([0-9a-f]{64})(?::|@|$)/.exec(img.image)?.[1] : undefined;
  switch (img.declaredBy) {
    case 'talosImageURL':
    case 'machine.install.image':
      return {
        missing: `${img.nodes.length ? `${ofNodes(img)}, installed from` : ' of'} this Secure Boot installer, and no schematic in this repository removes it (helmvet cannot see what ${id ? `schematic ${id.slice(0, 12)}…` : 'the installer'} holds)`,
        fix: `Build the installer from a schematic with customization.${LOCKDOWN_FIX} and use its ID here`,
      };
    case 'customization.secureboot':
      return {
        missing: ' of images built from this schematic (its customization.secureboot options are for Secure Boot images), and its extraKernelArgs do not remove it',
        fix: `Add to the schematic's customization: ${LOCKDOWN_FIX}`,
      };
    case 'machineSpec.secureboot':
      return img.schematic !== 'empty' && img.schematic?.kernelArgs
        ? { missing: `${ofNodes(img)}, and this extraKernelArgs list does not remove it`, fix: `Add "-lockdown" and then "lockdown=integrity" to this list: ${LOCKDOWN_FIX}` }
        : {
            missing: `${ofNodes(img)}, and ${img.nodes.length > 1 ? 'their schematics have' : 'its schematic has'} no extraKernelArgs that remove it`,
            fix: `Give ${img.nodes.length > 1 ? 'these nodes' : 'this node'} schematic.customization.${LOCKDOWN_FIX}`,
          };
  }
}

function report(img: SecureBootImage, uses: FalcoDriverUse[], known: boolean, unsure: string, setByList = false) {
  const { missing: notRemoved, fix } = wording(img);
  const missing = setByList ? `${ofNodes(img)}, and this extraKernelArgs list sets lockdown=confidentiality again after removing it` : notRemoved;
  const negation = supportsNegatedArgs(img.version.version) ? '' : NEGATION_NOTE;
  return {
    span: img.argsAnchor,
    severity: known ? ('error' as const) : ('warning' as const),
    message:
      `${secureBootOn(img)} adds lockdown=confidentiality to the kernel command line${missing}. ` +
      `${MECHANISM} ${releasesCannotLoad(uses)} ${FAILS}${unsure}. ${fix} (integrity lockdown keeps the kernel's integrity protections and allows eBPF tracing).${negation}${unknownVersionNote(img)}`,
  };
}

export default createRule(
  {
    id: 'talos/secureboot-lockdown',
    title: 'Talos Secure Boot keeps lockdown=confidentiality, which stops the eBPF probe of a Falco release',
    severity: 'error',
    fixable: false,
    references: [
      'https://github.com/falcosecurity/falco/issues/3416',
      'https://github.com/siderolabs/talos/pull/8535',
      'https://github.com/siderolabs/talos/commit/5e13cafe5b506039fdd652372b1d1f71a1c1c10b',
      'https://github.com/siderolabs/talos/commit/a72281e5b98d55b0bfa6c1ba6499193e804c67ef',
    ],
  },
  (ctx) => {
    const ebpf = falcoDrivers(ctx).filter((u) => EBPF_DRIVERS.has(u.driver.kind));
    if (ebpf.length === 0) return;
    // An installer named by an Image Factory ID may be built from any schematic of the repository: when one of them
    // removes confidentiality, helmvet cannot tell that the installer lacks it.
    const someSchematicFixes = allSchematics(ctx.model.talos).some((s) => applyKernelArgs(['confidentiality'], s.args, true).level !== 'confidentiality');
    for (const image of secureBootImages(ctx.model.talos)) {
      const met = meeting(ctx, image, ebpf);
      if (!met) continue;
      const { img, uses } = met;
      const unsure = unsureNote(met, ctx);
      if (img.schematic === undefined) {
        const forces = secureBootForcesConfidentiality(img.version.version);
        if (forces === false || someSchematicFixes) continue;
        ctx.report(report(img, uses, forces === true, unsure));
        continue;
      }
      const lockdown = lockdownOf(img);
      if (lockdown?.result.level !== 'confidentiality') continue;
      const setByList = !lockdown.result.lockdown.some((l) => l.from === undefined);
      ctx.report(report(img, uses, lockdown.known, unsure, setByList));
    }
  },
);
