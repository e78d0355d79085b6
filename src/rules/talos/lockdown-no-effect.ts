// Lockdown kernel args of a Secure Boot image that change nothing: lockdown=integrity without "-lockdown" before it,
// a "-lockdown=…" that names an argument that is not there. Facts: falco-facts.md §7, src/knowledge/talos.ts.
import { LOCKDOWN_FIX, NEGATED_KERNEL_ARGS_SINCE, type ArgEffect, type KernelArg } from '../../knowledge/talos.js';
import { secureBootImages } from '../../model/talos.js';
import { createRule } from '../create-rule.js';
import { lockdownOf, secureBootOn, unknownVersionNote } from '../talos-secure-boot.js';

function why(arg: KernelArg, effect: ArgEffect, on: string): string | undefined {
  const quoted = `"${arg.text}"`;
  const stays = `the lockdown=confidentiality that ${on} adds stays`;
  switch (effect.kind) {
    case 'appended':
      if (!/(^|\s)lockdown=integrity(\s|$)/.test(arg.text)) return undefined;
      return `${quoted} has no effect: ${on} already puts lockdown=confidentiality on the kernel command line, and the kernel never lowers a lockdown level once set (lock_kernel_down refuses with -EPERM), so confidentiality stays. Remove the default first: ${LOCKDOWN_FIX}.`;
    case 'deleted':
      if (effect.removed.length > 0) return undefined;
      return `${quoted} removes only that exact argument, which is not on the command line, so ${stays}. "-lockdown" alone removes every lockdown= argument: ${LOCKDOWN_FIX}.`;
    case 'folded':
      return `${quoted} does nothing here: Talos (go-procfs) groups arguments of one name under the first of them, "${effect.into.text}", which removes only the values it lists, so ${stays}. Write "-lockdown" first: ${LOCKDOWN_FIX}.`;
    case 'literal':
      return `${quoted} is kept as written: Talos removes arguments with a leading "-" only from ${NEGATED_KERNEL_ARGS_SINCE}, so ${stays}. Upgrade Talos, then use ${LOCKDOWN_FIX}.`;
    case 'deleted-all':
      return undefined;
  }
}

export default createRule(
  {
    id: 'talos/lockdown-no-effect',
    title: 'A lockdown kernel arg of a Talos Secure Boot image changes nothing',
    severity: 'warning',
    fixable: false,
    references: [
      'https://github.com/siderolabs/talos/pull/8535',
      'https://github.com/torvalds/linux/blob/master/security/lockdown/lockdown.c',
      'https://github.com/siderolabs/go-procfs/blob/main/procfs/cmdline.go',
    ],
  },
  (ctx) => {
    for (const img of secureBootImages(ctx.model.talos)) {
      const lockdown = lockdownOf(img);
      // Only while Talos's own lockdown=confidentiality is still there: that is what these args fail to change.
      if (!lockdown?.result.lockdown.some((l) => l.from === undefined && l.value === 'confidentiality')) continue;
      for (const [arg, effect] of lockdown.result.effects) {
        const message = why(arg, effect, secureBootOn(img));
        if (message) ctx.report({ span: arg.node.span, message: `${message}${unknownVersionNote(img)}` });
      }
    }
  },
);
