// Lockdown kernel args of a Secure Boot image that change nothing: lockdown=integrity without "-lockdown" before it,
// a "-lockdown=…" that names an argument that is not there. Facts: falco-facts.md §7, src/knowledge/talos.ts.
import { LOCKDOWN_FIX, NEGATED_KERNEL_ARGS_SINCE, type ArgEffect, type KernelArg } from '../../knowledge/talos.js';
import { secureBootImages } from '../../model/talos.js';
import { createRule, message } from '../create-rule.js';
import { imageData, lockdownOf, secureBootOn, unknownVersionNote, type ImageData } from '../talos-secure-boot.js';

type Data = ImageData & { arg: string; into: string | null; negatedSince: string };

/** Why the argument changes nothing, by what Talos does with it; undefined when it does change something. */
function effectKind(
  arg: KernelArg,
  effect: ArgEffect,
): 'appended' | 'deleted-nothing' | 'folded' | 'literal' | undefined {
  switch (effect.kind) {
    case 'appended':
      return /(^|\s)lockdown=integrity(\s|$)/.test(arg.text) ? 'appended' : undefined;
    case 'deleted':
      return effect.removed.length > 0 ? undefined : 'deleted-nothing';
    case 'folded':
      return 'folded';
    case 'literal':
      return 'literal';
    case 'deleted-all':
      return undefined;
  }
}

const stays = (d: Data) => `the lockdown=confidentiality that ${secureBootOn(d)} adds stays`;

const messages = {
  appended: message<Data>({
    title: (d) => `"${d.arg}" has no effect`,
    why: (d) =>
      `${secureBootOn(d)} already puts lockdown=confidentiality on the kernel command line, and the kernel never lowers a lockdown level once set (lock_kernel_down refuses with -EPERM), so confidentiality stays`,
    help: (d) => `remove the default first: ${LOCKDOWN_FIX}.${unknownVersionNote(d)}`,
  }),
  'deleted-nothing': message<Data>({
    title: (d) => `"${d.arg}" removes only that exact argument, which is not on the command line`,
    why: (d) => `so ${stays(d)}`,
    help: (d) => `"-lockdown" alone removes every lockdown= argument: ${LOCKDOWN_FIX}.${unknownVersionNote(d)}`,
  }),
  folded: message<Data>({
    title: (d) => `"${d.arg}" does nothing here`,
    why: (d) =>
      `Talos (go-procfs) groups arguments of one name under the first of them, "${d.into ?? ''}", which removes only the values it lists, so ${stays(d)}`,
    help: (d) => `write "-lockdown" first: ${LOCKDOWN_FIX}.${unknownVersionNote(d)}`,
  }),
  literal: message<Data>({
    title: (d) => `"${d.arg}" is kept as written`,
    why: (d) => `Talos removes arguments with a leading "-" only from ${d.negatedSince}, so ${stays(d)}`,
    help: (d) => `upgrade Talos, then use ${LOCKDOWN_FIX}.${unknownVersionNote(d)}`,
  }),
};

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
    messages,
  },
  (ctx) => {
    for (const img of secureBootImages(ctx.model.talos)) {
      const lockdown = lockdownOf(img);
      // Only while Talos's own lockdown=confidentiality is still there: that is what these args fail to change.
      if (!lockdown?.result.lockdown.some((l) => l.from === undefined && l.value === 'confidentiality')) continue;
      for (const [arg, effect] of lockdown.result.effects) {
        const kind = effectKind(arg, effect);
        if (!kind) continue;
        ctx.report({
          span: arg.node.span,
          messageId: kind,
          data: {
            ...imageData(img),
            arg: arg.text,
            into: effect.kind === 'folded' ? effect.into.text : null,
            negatedSince: NEGATED_KERNEL_ARGS_SINCE,
          },
        });
      }
    }
  },
);
