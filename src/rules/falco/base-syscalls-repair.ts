// Tuning advice: base_syscalls.repair (Falco 0.35.0 and newer).
// Sources: falcosecurity/falco CHANGELOG v0.35.0 (#2428 base_syscalls, #2457 base_syscalls.repair); falco.yaml at
// 0.44.1, base_syscalls: repair "is designed to be the most system resource-friendly by activating the least number of
// additional syscalls"; positive custom_set entries replace the state-engine set (configure_interesting_sets.cpp),
// ../shared/reference/falco-facts.md §5.
import semver from 'semver';
import { entryAt, valueAt } from '../../model/values.js';
import { createRule, message } from '../create-rule.js';

export default createRule(
  {
    id: 'falco/base-syscalls-repair',
    title: 'Falco traces more syscalls than it needs: base_syscalls.repair is off',
    severity: 'info',
    fixable: false,
    references: [
      'https://github.com/falcosecurity/falco/pull/2457',
      'https://github.com/falcosecurity/falco/blob/master/falco.yaml',
    ],
    messages: {
      repairOff: message<{ falco: string; written: boolean }>({
        title: (d) =>
          `falco.base_syscalls.repair is ${d.written ? 'false' : 'not set'}: Falco ${d.falco} traces its full syscall set`,
        why: () =>
          'repair: true adds only the syscalls the loaded rules need ("the most system resource-friendly" mode, falco.yaml), lowering CPU and drops',
        help: () =>
          'set falco.base_syscalls.repair: true, or turn this advice off with `falco/base-syscalls-repair: off` under `rules:` in .helmvet.yaml',
      }),
      customSet: message<{ falco: string }>({
        title: () => 'falco.base_syscalls.custom_set names syscalls while repair is off',
        why: () =>
          "those replace the syscalls Falco's state engine needs (process, fd and user tracking), so rule fields can be missing or stale",
        help: () => 'set falco.base_syscalls.repair: true to add back only what the state engine needs',
      }),
    },
  },
  (ctx) => {
    for (const r of ctx.releases) {
      // The Falco that runs: image.tag may pin another than the chart's.
      const falco = r.status === 'resolved' ? (r.runs?.falco.version ?? undefined) : undefined;
      if (!falco || semver.lt(falco, '0.35.0')) continue;
      const values = r.release.values;
      const repair = entryAt(values, ['falco', 'base_syscalls', 'repair']);
      if (repair?.value.kind === 'scalar' && repair.value.value === true) continue;
      const custom = valueAt(values, ['falco', 'base_syscalls', 'custom_set']);
      const positive =
        custom?.kind === 'seq' &&
        custom.items.some((i) => i.kind === 'scalar' && typeof i.value === 'string' && !i.value.startsWith('!'));
      if (positive) {
        ctx.report({
          span: entryAt(values, ['falco', 'base_syscalls', 'custom_set'])!.keySpan,
          severity: 'warning',
          messageId: 'customSet',
          data: { falco },
        });
        continue;
      }
      ctx.report({
        span: repair?.value.span ?? r.span,
        messageId: 'repairOff',
        data: { falco, written: repair !== undefined },
      });
    }
  },
);
