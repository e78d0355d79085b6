import { describe, expect, it } from 'vitest';
import { helmRelease, located, lintRepo } from '../../helpers/repo.js';

const RULE = 'falco/render-blocking-value';
const lintRule = (files: Record<string, string>) => located(lintRepo(files), RULE);
/** Values start on line 24 of helmRelease(), indented by 4. */
const V = 23;
const GUARD = (key: string) => `its removed-configuration guard fails on the key's mere presence, whatever it holds ("The following chart configuration is no longer supported: ${key}")`;
const GRPC = 'gRPC output and server are gone from Falco 0.44.0: move consumers to http_output, file_output, stdout_output or falcosidekick';

describe(RULE, () => {
  it('a full 8.x values copy fails on 9.x even with everything off', () => {
    const values = 'driver:\n  kind: modern_ebpf\n  ebpf:\n    path: "${HOME}/.falco/falco-bpf.o"\n    hostNetwork: false\n    leastPrivileged: false\n  gvisor:\n    runsc:\n      path: /home/containerd/usr/local/sbin\nfalco:\n  grpc:\n    enabled: false\n  grpc_output:\n    enabled: false';
    expect(lintRule({ 'falco.yaml': helmRelease('9.1.0', values) })).toEqual([
      {
        ruleId: RULE,
        severity: 'error',
        file: 'falco.yaml',
        line: V + 3,
        column: 7,
        endLine: V + 3,
        endColumn: 11,
        message: `\`driver.ebpf\` makes chart 9.1.0 fail to render: ${GUARD('driver.ebpf')}. Delete it (the legacy eBPF probe is gone: use driver.kind modern_ebpf or auto); first \`leastPrivileged\` → \`driver.modernEbpf.leastPrivileged\`. \`helmvet migrate\` rewrites it.`,
      },
      expect.objectContaining({
        line: V + 7,
        message: `\`driver.gvisor\` makes chart 9.1.0 fail to render: ${GUARD('driver.gvisor')}. Delete it: the gVisor engine is gone, with no replacement. \`helmvet migrate\` rewrites it.`,
      }),
      expect.objectContaining({
        line: V + 11,
        column: 7,
        endColumn: 11,
        message: `\`falco.grpc\` makes chart 9.1.0 fail to render: ${GUARD('falco.grpc')}. Delete it: ${GRPC}. \`helmvet migrate\` rewrites it.`,
      }),
      expect.objectContaining({ line: V + 13, severity: 'error' }),
    ]);
    // Not removed-value as well: one finding per key.
    expect(located(lintRepo({ 'falco.yaml': helmRelease('9.1.0', values) }), 'falco/removed-value')).toEqual([]);
    // Chart 8.0.5 still has these keys.
    expect(lintRule({ 'falco.yaml': helmRelease('8.0.5', values) })).toEqual([]);
  });

  it('an enabled gRPC output needs a decision first', () => {
    expect(lintRule({ 'a.yaml': helmRelease('9.0.0', 'falco:\n  grpc_output:\n    enabled: true') })).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: `\`falco.grpc_output\` makes chart 9.0.0 fail to render: ${GUARD('falco.grpc_output')}. Delete it: ${GRPC}. It is enabled here: decide what replaces it first. \`helmvet migrate\` cannot rewrite it; change it by hand.`,
      }),
    ]);
  });

  it('a null key is a warning: whether Helm drops it before the check depends on the Helm version', () => {
    expect(lintRule({ 'a.yaml': helmRelease('9.1.0', 'driver:\n  ebpf: null') })).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: V + 2,
        column: 7,
        message: `\`driver.ebpf\` is set to null, and chart 9.1.0 fails to render when the key is present: ${GUARD('driver.ebpf')}. Whether Helm drops a null key the chart does not define before the check depends on the Helm version (helm#6900), so delete it.`,
      }),
    ]);
  });

  it('without a known chart version nothing is reported', () => {
    expect(lintRule({ 'a.yaml': helmRelease('${FALCO_VERSION}', 'falco:\n  grpc:\n    enabled: false') })).toEqual([]);
  });
});
