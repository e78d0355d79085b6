// Lockdown args written in machine.install.extraKernelArgs for Secure Boot nodes, where Talos never applies them.
// Facts: falco-facts.md §7 (YAML shapes (b)), src/knowledge/talos.ts.
import {
  INSTALL_ARGS_DEPRECATED_SINCE,
  INSTALL_ARGS_IGNORED_WITH_SYSTEMD_BOOT_SINCE,
  isLockdownArg,
  isSecureBootInstaller,
  LOCKDOWN_FIX,
  talosLine,
} from '../../knowledge/talos.js';
import { patchTargets, secureBootImages, type MachineConfig } from '../../model/talos.js';
import { createRule, message } from '../create-rule.js';
import { where } from '../talos-secure-boot.js';

export default createRule(
  {
    id: 'talos/install-kernel-args-ignored',
    title: 'Lockdown args in machine.install.extraKernelArgs never reach a Talos Secure Boot kernel',
    severity: 'warning',
    fixable: false,
    references: [
      'https://github.com/siderolabs/talos/blob/v1.10.0/pkg/machinery/config/types/v1alpha1/v1alpha1_types.go',
      'https://github.com/siderolabs/talos/blob/v1.12.0/pkg/machinery/config/types/v1alpha1/v1alpha1_types.go',
    ],
    messages: {
      ignored: message<{ args: string[]; reason: string; ignoredSince: string; deprecatedSince: string }>({
        title: (d) =>
          `machine.install.extraKernelArgs ${d.args.map((a) => `"${a}"`).join(', ')} never reach${d.args.length > 1 ? '' : 'es'} the kernel here`,
        why: (d) =>
          `${d.reason}. A Secure Boot node boots a signed UKI whose kernel command line is part of the signature, so Talos does not apply install.extraKernelArgs there ` +
          `(from Talos ${d.ignoredSince} they are ignored under systemd-boot, the UEFI default, and from ${d.deprecatedSince} the field is deprecated)`,
        help: () => `put the args in the schematic the installer is built from: customization.${LOCKDOWN_FIX}`,
      }),
    },
  },
  (ctx) => {
    const images = secureBootImages(ctx.model.talos);
    const patches = patchTargets(ctx.model.talos);
    /** Why this machine config is for Secure Boot nodes; undefined when helmvet cannot tell. */
    const secureBootReason = (m: MachineConfig, negatedOnly: boolean): string | undefined => {
      const image = m.installImage ? String(m.installImage.value) : undefined;
      if (image && isSecureBootInstaller(image)) return `this config installs the Secure Boot installer ${image}`;
      const sbNodes = (patches.get(m.file.absPath) ?? []).flatMap(({ talconfig, nodes }) =>
        nodes
          .filter((n) => (n.talosImageURL ? isSecureBootInstaller(String(n.talosImageURL.value)) : !!n.secureboot))
          .map((n) => ({ talconfig, n })),
      );
      if (sbNodes.length)
        return `${sbNodes[0]!.talconfig.file.path} applies this patch to Secure Boot node${sbNodes.length > 1 ? 's' : ''} ${sbNodes.map((s) => s.n.hostname).join(', ')}`;
      // "-lockdown" only ever matters on a Secure Boot kernel, and this repository installs one.
      if (negatedOnly && images.length)
        return `this repository installs Talos with Secure Boot (${where(images[0]!.declaration.span)}), the only kernel where "-lockdown" matters`;
      return undefined;
    };
    for (const m of ctx.model.talos.machineConfigs) {
      const lockdownArgs = m.installArgs.filter((a) => isLockdownArg(a.text));
      if (lockdownArgs.length === 0) continue;
      const reason = secureBootReason(
        m,
        lockdownArgs.some((a) => /(^|\s)-lockdown(=|\s|$)/.test(a.text)),
      );
      if (!reason) continue;
      ctx.report({
        span: lockdownArgs[0]!.node.span,
        messageId: 'ignored',
        data: {
          args: lockdownArgs.map((a) => a.text),
          reason,
          ignoredSince: talosLine(INSTALL_ARGS_IGNORED_WITH_SYSTEMD_BOOT_SINCE),
          deprecatedSince: talosLine(INSTALL_ARGS_DEPRECATED_SINCE),
        },
      });
    }
  },
);
