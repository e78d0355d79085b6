import { describe, expect, it } from 'vitest';
import { helmRelease } from '../../helpers/repo.js';
import { findingsOf, testRule } from '../../helpers/rule-tester.js';

const RULE = 'falco/render-blocking-value';
/** A full 8.x values copy: every key the 9.x guard fails on, with everything off. */
const COPY_8X =
  'driver:\n  kind: modern_ebpf\n  ebpf:\n    path: "${HOME}/.falco/falco-bpf.o"\n    hostNetwork: false\n    leastPrivileged: false\n  gvisor:\n    runsc:\n      path: /home/containerd/usr/local/sbin\nfalco:\n  grpc:\n    enabled: false\n  grpc_output:\n    enabled: false';

testRule(RULE, {
  valid: [
    {
      name: 'chart 8.0.5 still has the keys of a full 8.x values copy',
      files: { 'falco.yaml': helmRelease('8.0.5', COPY_8X) },
    },
    {
      name: 'without a known chart version nothing is reported',
      files: { 'a.yaml': helmRelease('${FALCO_VERSION}', 'falco:\n  grpc:\n    enabled: false') },
    },
  ],
  invalid: [
    {
      name: 'a full 8.x values copy fails on 9.1.0 even with everything off',
      files: { 'falco.yaml': helmRelease('9.1.0', COPY_8X) },
      errors: [
        {
          file: 'falco.yaml',
          line: 26,
          column: 7,
          endLine: 26,
          endColumn: 11,
          severity: 'error',
          messageId: 'render-blocking',
          data: {
            variant: 'render-blocking',
            path: 'driver.ebpf',
            target: 'chart 9.1.0',
            replacement: {
              form: 'delete-map',
              note: 'the legacy eBPF probe is gone: use driver.kind modern_ebpf or auto',
              kept: [
                {
                  key: 'leastPrivileged',
                  to: 'driver.modernEbpf.leastPrivileged',
                  setting: null,
                  shape: null,
                  note: null,
                  drop: false,
                  manual: false,
                },
              ],
            },
            inUse: false,
            mechanical: true,
            keysDerived: null,
          },
          fix: { kind: 'safe', description: 'delete driver.ebpf' },
        },
        {
          file: 'falco.yaml',
          line: 30,
          column: 7,
          endLine: 30,
          endColumn: 13,
          severity: 'error',
          messageId: 'render-blocking',
          data: {
            variant: 'render-blocking',
            path: 'driver.gvisor',
            target: 'chart 9.1.0',
            replacement: { form: 'delete', note: 'the gVisor engine is gone, with no replacement' },
            inUse: false,
            mechanical: true,
            keysDerived: null,
          },
          fix: { kind: 'safe', description: 'delete driver.gvisor' },
        },
        {
          file: 'falco.yaml',
          line: 34,
          column: 7,
          endLine: 34,
          endColumn: 11,
          severity: 'error',
          messageId: 'render-blocking',
          data: {
            variant: 'render-blocking',
            path: 'falco.grpc',
            target: 'chart 9.1.0',
            replacement: {
              form: 'delete',
              note: 'gRPC output and server are gone from Falco 0.44.0: move consumers to http_output, file_output, stdout_output or falcosidekick',
            },
            inUse: false,
            mechanical: true,
            keysDerived: null,
          },
          fix: { kind: 'safe', description: 'delete falco.grpc' },
        },
        {
          file: 'falco.yaml',
          line: 36,
          column: 7,
          endLine: 36,
          endColumn: 18,
          severity: 'error',
          messageId: 'render-blocking',
          data: {
            variant: 'render-blocking',
            path: 'falco.grpc_output',
            target: 'chart 9.1.0',
            replacement: {
              form: 'delete',
              note: 'gRPC output and server are gone from Falco 0.44.0: move consumers to http_output, file_output, stdout_output or falcosidekick',
            },
            inUse: false,
            mechanical: true,
            keysDerived: null,
          },
          fix: { kind: 'safe', description: 'delete falco.grpc_output' },
        },
      ],
    },
    {
      name: 'an enabled gRPC output on 9.0.0 needs a decision first',
      files: { 'a.yaml': helmRelease('9.0.0', 'falco:\n  grpc_output:\n    enabled: true') },
      errors: [
        {
          file: 'a.yaml',
          line: 25,
          column: 7,
          endLine: 25,
          endColumn: 18,
          severity: 'error',
          messageId: 'render-blocking',
          data: {
            variant: 'render-blocking',
            path: 'falco.grpc_output',
            target: 'chart 9.0.0',
            replacement: {
              form: 'delete',
              note: 'gRPC output and server are gone from Falco 0.44.0: move consumers to http_output, file_output, stdout_output or falcosidekick',
            },
            inUse: true,
            mechanical: false,
            keysDerived: null,
          },
          fix: { kind: 'manual', description: 'delete falco.grpc_output' },
        },
      ],
    },
    {
      name: 'a null key is a warning: whether Helm drops it before the check depends on the Helm version',
      files: { 'a.yaml': helmRelease('9.1.0', 'driver:\n  ebpf: null') },
      errors: [
        {
          file: 'a.yaml',
          line: 25,
          column: 7,
          endLine: 25,
          endColumn: 11,
          severity: 'warning',
          messageId: 'render-null',
          data: { variant: 'render-null', path: 'driver.ebpf', target: 'chart 9.1.0', keysDerived: null },
          fix: { kind: 'safe', description: 'delete driver.ebpf' },
        },
      ],
    },
  ],
});

describe(RULE, () => {
  it('a key the 9.x guard fails on is not a falco/removed-value finding as well: one finding per key', () => {
    expect(findingsOf('falco/removed-value', { 'falco.yaml': helmRelease('9.1.0', COPY_8X) })).toEqual([]);
    expect(findingsOf(RULE, { 'falco.yaml': helmRelease('9.1.0', COPY_8X) })).toHaveLength(4);
  });
});
