// "-lockdown" (or "-lockdown=confidentiality") with no lockdown=integrity after it: a Secure Boot node without any
// kernel lockdown. Facts: falco-facts.md §6 and §7 (falco#3416), src/knowledge/talos.ts.
import { LOCKDOWN_FIX, type KernelArg } from '../../knowledge/talos.js';
import { secureBootImages } from '../../model/talos.js';
import { createRule, message } from '../create-rule.js';
import {
  imageData,
  lockdownOf,
  ofNodes,
  secureBootOn,
  unknownVersionNote,
  type ImageData,
} from '../talos-secure-boot.js';

type Data = ImageData & { arg: string; foldedAfter: string[]; removedBefore: string[] };

export default createRule(
  {
    id: 'talos/lockdown-removed',
    title: 'Kernel args remove lockdown from a Talos Secure Boot image without setting integrity',
    severity: 'warning',
    fixable: false,
    references: [
      'https://github.com/falcosecurity/falco/issues/3416',
      'https://github.com/siderolabs/talos/pull/8535',
      'https://github.com/siderolabs/talos/commit/7a4a92854f960dc8976ca190160545516a4820b3',
    ],
    messages: {
      noLockdown: message<Data>({
        title: (d) => `"${d.arg}" leaves the kernel${ofNodes(d.nodes)} without any lockdown`,
        why: (d) =>
          `it removes the lockdown=confidentiality that ${secureBootOn(d)} adds, and no lockdown=integrity is left after it: ` +
          'Secure Boot verifies the kernel at boot, but root can then still change the running kernel (lockdown is what refuses /dev/mem writes, unsigned kexec and hibernation images), a security downgrade.' +
          d.foldedAfter
            .map(
              (a) =>
                ` The "${a}" after it removes nothing: Talos groups it under "${d.arg}" (this is the list from falco#3416).`,
            )
            .join('') +
          d.removedBefore
            .map(
              (a) =>
                ` It also removes the "${a}" before it: Talos applies the arguments in order, so lockdown=integrity has to come after "-lockdown".`,
            )
            .join(''),
        help: (d) =>
          `Falco's eBPF probe only needs lockdown lowered to integrity: ${LOCKDOWN_FIX}.${unknownVersionNote(d)}`,
      }),
    },
  },
  (ctx) => {
    for (const img of secureBootImages(ctx.model.talos)) {
      const lockdown = lockdownOf(img);
      if (!lockdown || lockdown.result.level !== 'none') continue;
      // The argument that removed Talos's own lockdown=confidentiality.
      let remover: KernelArg | undefined;
      let alsoRemoved: KernelArg[] = [];
      for (const [arg, effect] of lockdown.result.effects) {
        if (
          (effect.kind === 'deleted-all' || effect.kind === 'deleted') &&
          effect.removed.some((r) => r.from === undefined)
        ) {
          remover = arg;
          alsoRemoved = effect.removed.flatMap((r) => (r.from ? [r.from] : []));
          break;
        }
      }
      if (!remover) continue;
      const folded = [...lockdown.result.effects]
        .filter(([, e]) => e.kind === 'folded' && e.into === remover)
        .map(([a]) => a);
      ctx.report({
        span: remover.node.span,
        messageId: 'noLockdown',
        data: {
          ...imageData(img),
          arg: remover.text,
          foldedAfter: folded.filter((a) => a.text.includes('=')).map((a) => a.text),
          removedBefore: alsoRemoved.map((a) => a.text),
        },
      });
    }
  },
);
