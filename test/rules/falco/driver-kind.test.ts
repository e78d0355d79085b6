import { helmRelease } from '../../helpers/repo.js';
import { testRule } from '../../helpers/rule-tester.js';

// helmRelease puts values at line 24: `driver:`, line 25: `  kind: …` indented by 4 more, so the kind starts at column 13.
const release = (version: string, kind: string, extra = '') => ({
  'a.yaml': helmRelease(version, `driver:\n  kind: ${kind}${extra}`),
});
// Values with no chart version to judge them by.
const values = (kind: string) => ({ 'values.yaml': `driver:\n  kind: ${kind}\ncollectors:\n  enabled: true\n` });

testRule('falco/driver-kind', {
  valid: [
    { name: 'ebpf on chart 6.2.2, where it is current', files: release('6.2.2', 'ebpf') },
    { name: 'auto on chart 4.4.0, which added it', files: release('4.4.0', 'auto') },
    { name: 'modern-bpf on chart 3.8.5, which knows it', files: release('3.8.5', 'modern-bpf') },
    { name: 'ebpf on chart 9.1.0 with the driver off', files: release('9.1.0', 'ebpf', '\n  enabled: false') },
    { name: 'any kind on chart 1.19.4, before driver.kind', files: release('1.19.4', 'whatever') },
    { name: 'kmod on chart 9.1.0', files: release('9.1.0', 'kmod') },
    { name: 'modern_ebpf on chart 9.1.0', files: release('9.1.0', 'modern_ebpf') },
    { name: 'auto on chart 9.1.0', files: release('9.1.0', 'auto') },
    { name: 'values without a chart version: ebpf, which some chart knows', files: values('ebpf') },
  ],
  invalid: [
    {
      name: 'the alias module on chart 4.2.5',
      files: release('4.2.5', 'module'),
      errors: [
        {
          file: 'a.yaml',
          line: 25,
          column: 13,
          endLine: 25,
          endColumn: 19,
          severity: 'warning',
          messageId: 'alias',
          data: { kind: 'module', chart: '4.2.5', replacement: 'kmod' },
          fix: { kind: 'safe', description: 'driver.kind: kmod' },
        },
      ],
    },
    {
      name: 'the alias modern-bpf on chart 9.1.0',
      files: release('9.1.0', 'modern-bpf'),
      errors: [
        {
          file: 'a.yaml',
          line: 25,
          column: 13,
          endLine: 25,
          endColumn: 23,
          severity: 'warning',
          messageId: 'alias',
          data: { kind: 'modern-bpf', chart: '9.1.0', replacement: 'modern_ebpf' },
          fix: { kind: 'safe', description: 'driver.kind: modern_ebpf' },
        },
      ],
    },
    {
      name: 'ebpf on chart 8.0.5, deprecated',
      files: release('8.0.5', 'ebpf'),
      errors: [
        {
          file: 'a.yaml',
          line: 25,
          column: 13,
          endLine: 25,
          endColumn: 17,
          severity: 'warning',
          messageId: 'deprecated',
          data: { kind: 'ebpf', chart: '8.0.5', since: 'Falco 0.43.0' },
        },
      ],
    },
    {
      name: 'ebpf on chart 9.1.0, a render failure',
      files: release('9.1.0', 'ebpf'),
      errors: [
        {
          file: 'a.yaml',
          line: 25,
          column: 13,
          endLine: 25,
          endColumn: 17,
          severity: 'error',
          messageId: 'removed',
          data: { kind: 'ebpf', chart: '9.1.0' },
        },
      ],
    },
    {
      name: 'gvisor on chart 9.1.0, a render failure',
      files: release('9.1.0', 'gvisor'),
      errors: [
        {
          file: 'a.yaml',
          line: 25,
          column: 13,
          endLine: 25,
          endColumn: 19,
          severity: 'error',
          messageId: 'removed',
          data: { kind: 'gvisor', chart: '9.1.0' },
        },
      ],
    },
    {
      name: 'auto on chart 4.2.0, before the chart knew it',
      files: release('4.2.0', 'auto'),
      errors: [
        {
          file: 'a.yaml',
          line: 25,
          column: 13,
          endLine: 25,
          endColumn: 17,
          severity: 'error',
          messageId: 'unsupported',
          data: { kind: 'auto', chart: '4.2.0', supported: ['kmod', 'ebpf', 'modern_ebpf', 'gvisor'] },
        },
      ],
    },
    {
      name: 'modern_ebpf on chart 3.8.5, silently the kernel module',
      files: release('3.8.5', 'modern_ebpf'),
      errors: [
        {
          file: 'a.yaml',
          line: 25,
          column: 13,
          endLine: 25,
          endColumn: 24,
          severity: 'error',
          messageId: 'ignored',
          data: {
            kind: 'modern_ebpf',
            chart: '3.8.5',
            supported: ['module', 'ebpf', 'modern-bpf'],
            fallback: 'the kernel module (the driver loader builds it and Falco starts without a driver flag)',
          },
        },
      ],
    },
    {
      name: 'modern-bpf on chart 2.5.5, before the chart knew it',
      files: release('2.5.5', 'modern-bpf'),
      errors: [
        {
          file: 'a.yaml',
          line: 25,
          column: 13,
          endLine: 25,
          endColumn: 23,
          severity: 'error',
          messageId: 'ignored',
          data: {
            kind: 'modern-bpf',
            chart: '2.5.5',
            supported: ['module', 'ebpf'],
            fallback: 'the kernel module (the driver loader builds it and Falco starts without a driver flag)',
          },
        },
      ],
    },
    {
      name: 'values without a chart version: epbf, which no chart knows',
      files: values('epbf'),
      errors: [
        {
          file: 'values.yaml',
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 13,
          severity: 'error',
          messageId: 'unknownAnywhere',
          data: { kind: 'epbf', known: ['module', 'ebpf', 'modern-bpf', 'kmod', 'modern_ebpf', 'gvisor', 'auto'] },
        },
      ],
    },
  ],
});
