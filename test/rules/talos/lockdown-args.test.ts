import { describe, expect, it } from 'vitest';
import { located, lintRepo } from '../../helpers/repo.js';

const NO_EFFECT = 'talos/lockdown-no-effect';
const REMOVED = 'talos/lockdown-removed';
const FIX = 'extraKernelArgs: ["-lockdown", "lockdown=integrity"]';

/** A talhelper config for one Secure Boot node whose schematic has these extraKernelArgs. */
const talconfig = (args: string[], version = 'v1.13.9') => `clusterName: home
talosVersion: ${version}
nodes:
  - hostname: cp1
    controlPlane: true
    machineSpec:
      secureboot: true
    schematic:
      customization:
        extraKernelArgs:
${args.map((a) => `          - ${a}`).join('\n')}
`;
const lint = (args: string[], version?: string) => located(lintRepo({ 'talconfig.yaml': talconfig(args, version) })).filter((f) => f.ruleId === NO_EFFECT || f.ruleId === REMOVED);

describe(NO_EFFECT, () => {
  it('lockdown=integrity without "-lockdown" before it: confidentiality stays', () => {
    expect(lint(['apparmor=0', 'lockdown=integrity'])).toEqual([
      {
        ruleId: NO_EFFECT,
        severity: 'warning',
        file: 'talconfig.yaml',
        line: 12,
        column: 13,
        endLine: 12,
        endColumn: 31,
        message: `"lockdown=integrity" has no effect: Secure Boot on Talos 1.13.9 already puts lockdown=confidentiality on the kernel command line, and the kernel never lowers a lockdown level once set (lock_kernel_down refuses with -EPERM), so confidentiality stays. Remove the default first: ${FIX}.`,
      },
    ]);
  });

  it('"-lockdown=integrity" alone deletes nothing; a "-lockdown" after it joins its group and deletes nothing either', () => {
    expect(lint(['-lockdown=integrity'])).toEqual([
      expect.objectContaining({
        ruleId: NO_EFFECT,
        line: 11,
        column: 13,
        endColumn: 32,
        message: `"-lockdown=integrity" removes only that exact argument, which is not on the command line, so the lockdown=confidentiality that Secure Boot on Talos 1.13.9 adds stays. "-lockdown" alone removes every lockdown= argument: ${FIX}.`,
      }),
    ]);
    expect(lint(['-lockdown=integrity', '-lockdown'])).toEqual([
      expect.objectContaining({ ruleId: NO_EFFECT, line: 11 }),
      expect.objectContaining({
        ruleId: NO_EFFECT,
        line: 12,
        column: 13,
        endColumn: 22,
        message: `"-lockdown" does nothing here: Talos (go-procfs) groups arguments of one name under the first of them, "-lockdown=integrity", which removes only the values it lists, so the lockdown=confidentiality that Secure Boot on Talos 1.13.9 adds stays. Write "-lockdown" first: ${FIX}.`,
      }),
    ]);
  });

  it('before Talos 1.6 a "-" argument is kept as written', () => {
    expect(lint(['-lockdown', 'lockdown=integrity'], 'v1.5.5').map((f) => [f.ruleId, f.line, f.message.slice(0, 40)])).toEqual([
      [NO_EFFECT, 11, '"-lockdown" is kept as written: Talos re'],
      [NO_EFFECT, 12, '"lockdown=integrity" has no effect: Secu'],
    ]);
  });

  it('passes: the override, Talos 1.14, a node without Secure Boot, args that are not about lockdown', () => {
    expect(lint(['-lockdown', 'lockdown=integrity'])).toEqual([]);
    expect(lint(['lockdown=integrity'], 'v1.14.0')).toEqual([]);
    expect(lint(['apparmor=0', '-selinux'])).toEqual([]);
    const plain = talconfig(['lockdown=integrity']).replace('secureboot: true', 'secureboot: false');
    expect(located(lintRepo({ 'talconfig.yaml': plain }), NO_EFFECT)).toEqual([]);
    // A schematic on its own is not known to be for Secure Boot: lockdown=integrity raises a non-Secure Boot kernel to integrity.
    expect(located(lintRepo({ 'schematic.yaml': 'customization:\n  extraKernelArgs: [lockdown=integrity]\n' })).filter((f) => f.ruleId.startsWith('talos/'))).toEqual([]);
  });
});

describe(REMOVED, () => {
  it('"-lockdown" with nothing after it: a Secure Boot node without lockdown', () => {
    expect(lint(['-lockdown'])).toEqual([
      {
        ruleId: REMOVED,
        severity: 'warning',
        file: 'talconfig.yaml',
        line: 11,
        column: 13,
        endLine: 11,
        endColumn: 22,
        message:
          '"-lockdown" removes the lockdown=confidentiality that Secure Boot on Talos 1.13.9 adds, and no lockdown=integrity is left after it, so the kernel of node cp1 runs without any lockdown: ' +
          'Secure Boot verifies the kernel at boot, but root can then still change the running kernel (lockdown is what refuses /dev/mem writes, unsigned kexec and hibernation images), a security downgrade. ' +
          `Falco's eBPF probe only needs lockdown lowered to integrity: ${FIX}.`,
      },
    ]);
  });

  it('the falco#3416 list, and lockdown=integrity written before "-lockdown", say why', () => {
    const [f3416] = lint(['-lockdown', '-lockdown=integrity']);
    expect(f3416).toEqual(expect.objectContaining({ ruleId: REMOVED, line: 11 }));
    expect(f3416!.message).toContain('a security downgrade. The "-lockdown=integrity" after it removes nothing: Talos groups it under "-lockdown" (this is the list from falco#3416). Falco');
    const [order] = lint(['lockdown=integrity', '-lockdown']);
    expect(order).toEqual(expect.objectContaining({ ruleId: REMOVED, line: 12 }));
    expect(order!.message).toContain('a security downgrade. It also removes the "lockdown=integrity" before it: Talos applies the arguments in order, so lockdown=integrity has to come after "-lockdown". Falco');
  });

  it('-lockdown=confidentiality removes the default too; an unknown Talos version says so', () => {
    expect(lint(['-lockdown=confidentiality'], '"${TALOS_VERSION}"')).toEqual([
      expect.objectContaining({
        ruleId: REMOVED,
        message: expect.stringMatching(
          /^"-lockdown=confidentiality" removes the lockdown=confidentiality that Secure Boot on Talos before 1\.14 adds, .* \(talosVersion "\$\{TALOS_VERSION\}" is not a version helmvet can read; Talos 1\.14 and newer no longer add lockdown=confidentiality\.\)$/,
        ),
      }),
    ]);
  });

  it('passes: "-lockdown" followed by lockdown=integrity (even with a second "-lockdown" grouped before it), Talos 1.14', () => {
    expect(lint(['-lockdown', 'lockdown=integrity', '-lockdown'])).toEqual([]);
    expect(lint(['-lockdown'], 'v1.14.1')).toEqual([]);
  });
});
