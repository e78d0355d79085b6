// A Falco release that loads the kernel module in a repository that boots Talos with Secure Boot: the unsigned
// falco.ko cannot load. Facts: falco-facts.md §6 ("kmod"), src/knowledge/talos.ts.
import { LOCKDOWN_FIX, SECURE_BOOT_LOCKDOWN_UNTIL, talosLine } from '../../knowledge/talos.js';
import { secureBootImages } from '../../model/talos.js';
import { createRule, message } from '../create-rule.js';
import {
  describeRelease,
  falcoDrivers,
  meeting,
  releaseData,
  unsureData,
  unsureNote,
  where,
  type ReleaseData,
  type Unsure,
} from '../talos-secure-boot.js';

export default createRule(
  {
    id: 'talos/secureboot-kmod',
    title: 'A Falco release loads the kernel module on Talos with Secure Boot, which refuses unsigned modules',
    severity: 'error',
    fixable: false,
    references: [
      'https://github.com/siderolabs/talos/commit/ced57b047a389e26f7e5bfa3efab5b64f3fced87',
      'https://github.com/torvalds/linux/blob/master/include/linux/security.h',
    ],
    reads: [
      { read: 'talos-configs', when: 'falco-release' },
      { read: 'falco-releases', when: 'talos-config' },
    ],
    messages: {
      kmod: message<ReleaseData & Unsure & { secureBootAt: string; nodes: string[]; lockdownUntil: string }>({
        title: (d) => `${d.release} loads the Falco kernel module on Talos with Secure Boot`,
        why: (d) =>
          `this repository boots Talos with Secure Boot (${d.secureBootAt}${d.nodes.length ? `, node${d.nodes.length > 1 ? 's' : ''} ${d.nodes.join(', ')}` : ''})${unsureNote(d)}, and ${describeRelease(d)} loads falco.ko: ` +
          'Talos loads only modules signed when Talos was built (module.sig_enforce, which cannot be turned off under Secure Boot, and every kernel lockdown level refuses unsigned modules), so falco.ko is refused and Falco does not start on those nodes',
        help: (d) =>
          `use driver.kind: modern_ebpf, with ${LOCKDOWN_FIX} in the nodes' schematic on Talos before ${d.lockdownUntil}`,
      }),
    },
  },
  (ctx) => {
    const images = secureBootImages(ctx.model.talos);
    if (images.length === 0) return;
    for (const use of falcoDrivers(ctx).filter((u) => u.driver.kind === 'kmod')) {
      // The Secure Boot images this release's pods can meet, narrowed to the nodes they can run on.
      const met = images.map((img) => meeting(ctx, img, [use])).filter((m) => m !== undefined);
      if (met.length === 0) continue;
      ctx.report({
        span: use.span,
        messageId: 'kmod',
        data: {
          ...releaseData(use),
          ...unsureData(met[0]!, ctx),
          secureBootAt: where(met[0]!.img.declaration.span),
          nodes: met.flatMap((m) => m.img.nodes),
          lockdownUntil: talosLine(SECURE_BOOT_LOCKDOWN_UNTIL),
        },
      });
    }
  },
);
