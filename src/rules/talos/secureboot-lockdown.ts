// Secure Boot's lockdown=confidentiality left in place on Talos nodes while the repository deploys Falco with an eBPF
// driver: the probe cannot load. Facts: falco-facts.md §6 and §7, src/knowledge/talos.ts.
import { EBPF_DRIVERS } from '../../knowledge/drivers.js';
import {
  applyKernelArgs,
  LOCKDOWN_FIX,
  NEGATED_KERNEL_ARGS_SINCE,
  secureBootForcesConfidentiality,
  supportsNegatedArgs,
  talosLine,
} from '../../knowledge/talos.js';
import { allSchematics, secureBootImages, type SecureBootImage } from '../../model/talos.js';
import { createRule, message } from '../create-rule.js';
import {
  falcoDrivers,
  imageData,
  lockdownOf,
  meeting,
  ofNodes,
  releaseData,
  releasesCannotLoad,
  secureBootOn,
  unknownVersionNote,
  unsureData,
  unsureNote,
  type FalcoDriverUse,
  type ImageData,
  type ReleaseData,
  type Unsure,
} from '../talos-secure-boot.js';

const MECHANISM = 'Confidentiality lockdown withholds the bpf_probe_read helpers from eBPF programs, so';
const FAILS = 'and Falco exits with "Initialization issues during scap_init"';
const INTEGRITY = "(integrity lockdown keeps the kernel's integrity protections and allows eBPF tracing)";

type Data = ImageData &
  Unsure & {
    releases: ReleaseData[];
    /** The Talos version is known to add confidentiality (else assumed, and said). */
    known: boolean;
    /** The extraKernelArgs list sets confidentiality again after removing it. */
    setByList: boolean;
    /** Talos before 1.6 keeps a "-" argument as written. */
    negationKept: boolean;
    /** The Image Factory schematic ID of an installer URL, shortened. */
    installerId: string | null;
    /** A machineSpec.secureboot node with an extraKernelArgs list of its own. */
    hasArgsList: boolean;
  };

/** What is missing and what to write, for each way an image is declared. */
function wording(d: Data): { missing: string; fix: string } {
  switch (d.declaredBy) {
    case 'talosImageURL':
    case 'machine.install.image':
      return {
        missing: `${d.nodes.length ? `${ofNodes(d.nodes)}, installed from` : ' of'} this Secure Boot installer, and no schematic in this repository removes it (helmvet cannot see what ${d.installerId ? `schematic ${d.installerId}…` : 'the installer'} holds)`,
        fix: `build the installer from a schematic with customization.${LOCKDOWN_FIX} and use its ID here`,
      };
    case 'customization.secureboot':
      return {
        missing:
          ' of images built from this schematic (its customization.secureboot options are for Secure Boot images), and its extraKernelArgs do not remove it',
        fix: `add to the schematic's customization: ${LOCKDOWN_FIX}`,
      };
    default:
      return d.hasArgsList
        ? {
            missing: `${ofNodes(d.nodes)}, and this extraKernelArgs list does not remove it`,
            fix: `add "-lockdown" and then "lockdown=integrity" to this list: ${LOCKDOWN_FIX}`,
          }
        : {
            missing: `${ofNodes(d.nodes)}, and ${d.nodes.length > 1 ? 'their schematics have' : 'its schematic has'} no extraKernelArgs that remove it`,
            fix: `give ${d.nodes.length > 1 ? 'these nodes' : 'this node'} schematic.customization.${LOCKDOWN_FIX}`,
          };
  }
}

const messages = {
  confidentiality: message<Data>({
    title: (d) =>
      `${secureBootOn(d)} keeps lockdown=confidentiality${d.nodes.length ? ` on node${d.nodes.length > 1 ? 's' : ''} ${d.nodes.join(', ')}` : ''}`,
    why: (d) => {
      const missing = d.setByList
        ? `${ofNodes(d.nodes)}, and this extraKernelArgs list sets lockdown=confidentiality again after removing it`
        : wording(d).missing;
      return `${secureBootOn(d)} adds lockdown=confidentiality to the kernel command line${missing}. ${MECHANISM} ${releasesCannotLoad(d.releases)} ${FAILS}${unsureNote(d)}`;
    },
    help: (d) =>
      `${wording(d).fix} ${INTEGRITY}.${d.negationKept ? ` Talos before ${talosLine(NEGATED_KERNEL_ARGS_SINCE)} keeps a "-" argument as written; upgrade Talos first.` : ''}${unknownVersionNote(d)}`,
  }),
};

function data(img: SecureBootImage, uses: FalcoDriverUse[], known: boolean, unsure: Unsure, setByList = false): Data {
  return {
    ...imageData(img),
    ...unsure,
    releases: uses.map(releaseData),
    known,
    setByList,
    negationKept: !supportsNegatedArgs(img.version.version),
    installerId: (img.image ? /\/([0-9a-f]{64})(?::|@|$)/.exec(img.image)?.[1]?.slice(0, 12) : undefined) ?? null,
    hasArgsList: img.schematic !== 'empty' && !!img.schematic?.kernelArgs,
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
    reads: [
      { read: 'talos-configs', when: 'falco-release' },
      { read: 'falco-releases', when: 'talos-config' },
    ],
    messages,
  },
  (ctx) => {
    const ebpf = falcoDrivers(ctx).filter((u) => EBPF_DRIVERS.has(u.driver.kind));
    if (ebpf.length === 0) return;
    // An installer named by an Image Factory ID may be built from any schematic of the repository: when one of them
    // removes confidentiality, helmvet cannot tell that the installer lacks it.
    const someSchematicFixes = allSchematics(ctx.model.talos).some(
      (s) => applyKernelArgs(['confidentiality'], s.args, true).level !== 'confidentiality',
    );
    for (const image of secureBootImages(ctx.model.talos)) {
      const met = meeting(ctx, image, ebpf);
      if (!met) continue;
      const { img, uses } = met;
      const unsure = unsureData(met, ctx);
      const report = (known: boolean, setByList = false) =>
        ctx.report({
          span: img.argsAnchor,
          severity: known ? 'error' : 'warning',
          messageId: 'confidentiality',
          data: data(img, uses, known, unsure, setByList),
        });
      if (img.schematic === undefined) {
        const forces = secureBootForcesConfidentiality(img.version.version);
        if (forces === false || someSchematicFixes) continue;
        report(forces === true);
        continue;
      }
      const lockdown = lockdownOf(img);
      if (lockdown?.result.level !== 'confidentiality') continue;
      report(lockdown.known, !lockdown.result.lockdown.some((l) => l.from === undefined));
    }
  },
);
