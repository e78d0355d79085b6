// Values keys the falco chart removed or renamed: old path, new path, the chart version it stopped working in, the
// value rewrite, and what the old key does after. The lint rules explain findings with it; `helmvet migrate` applies
// the mechanical ones. Facts from ../shared/reference/falco-chart-migrations.md (4.0.0 on), the chart's CHANGELOG
// (v2.0.0: the 1.x → 2.x refactor) and BREAKING-CHANGES.md, each with its commit. test/knowledge/migrations.test.ts
// checks every entry against the generated key history (src/knowledge/data/falco-values-keys.json).

/**
 * How a value moves to its new key:
 * - `move`: the same value at the new path.
 * - `socket-to-sockets`: a socket path string becomes a one-item list (`socket: /x` → `sockets: [/x]`).
 * - `camel-to-snake`: a chart 1.x camelCase key under `falco` becomes Falco's snake_case key, keys below it too
 *   (`httpOutput: {userAgent: x}` → `http_output: {user_agent: x}`).
 * - `snake-to-camel`: a Falco snake_case metrics key becomes the chart's camelCase `metrics` key.
 * - `ebpf-enabled-to-driver-kind`: `ebpf.enabled: true` → `driver.kind: ebpf`; `false` is dropped.
 * - `gvisor-enabled-to-driver-kind`: `gvisor.enabled: true` → `driver.kind: gvisor`; `false` is dropped.
 * - `delete`: nothing replaces it; removing it changes nothing the chart still does.
 * - `each-key`: a map whose keys have entries of their own.
 * - `manual`: no mechanical rewrite (see `note`).
 */
export type ValueTransform =
  | 'move'
  | 'socket-to-sockets'
  | 'camel-to-snake'
  | 'snake-to-camel'
  | 'ebpf-enabled-to-driver-kind'
  | 'gvisor-enabled-to-driver-kind'
  | 'delete'
  | 'each-key'
  | 'manual';

/**
 * What the old key does from `since` on:
 * - `ignored`: nothing; the chart (or Falco, for keys under `falco`) never reads it.
 * - `overwritten`: the chart now writes that Falco setting itself from another key.
 * - `startup-failure`: Falco refuses to start.
 * - `render-failure`: the chart refuses to render.
 */
export type RemovedEffect = 'ignored' | 'overwritten' | 'startup-failure' | 'render-failure';

export interface ValuesMigration {
  /** The old key path, dotted. A map's entry covers the keys below it that have none of their own. */
  from: string;
  /** The first chart version in which `from` no longer works as it did. */
  since: string;
  /** The new key path, or undefined when nothing replaces it. */
  to?: string;
  transform: ValueTransform;
  effect: RemovedEffect;
  /** What cannot be mapped, or what the user has to decide; one clause, lower case. */
  note?: string;
  /** What ignoring the old key breaks, when that is not obvious; one clause, lower case. */
  breaks?: string;
  /** Primary sources. */
  sources: readonly string[];
}

const CHARTS = 'https://github.com/falcosecurity/charts';
const commit = (sha: string) => `${CHARTS}/commit/${sha}`;
const falcoCommit = (sha: string) => `https://github.com/falcosecurity/falco/commit/${sha}`;
const V2_CHANGELOG = `${CHARTS}/blob/falco-2.0.0/falco/CHANGELOG.md`;
const BREAKING = `${CHARTS}/blob/falco-9.1.0/charts/falco/BREAKING-CHANGES.md`;

// 1.x → 2.0.0: "a complete refactor of the Falco Helm Chart" (CHANGELOG v2.0.0).
const v2 = (from: string, to: string | undefined, transform: ValueTransform, note?: string): ValuesMigration => ({
  from,
  since: '2.0.0',
  ...(to ? { to } : {}),
  transform,
  effect: 'ignored',
  ...(note ? { note } : {}),
  sources: [V2_CHANGELOG],
});
/** Chart 1.x keys under `falco`, which chart 2.0.0 passes to Falco as they are, in Falco's own snake_case names. */
const v2Falco = (camel: string, snake: string) => v2(`falco.${camel}`, `falco.${snake}`, 'camel-to-snake');

const CONTAINER_ENGINES_7 = [commit('dcc98894fe3538c295d91d01403cb90ae8e2f925'), BREAKING];
const LEGACY_COLLECTOR_BREAKS =
  'the container plugin runs with the collectors.containerEngine defaults, not with this engine setting';
const legacyCollector = (old: string, engine: string): ValuesMigration[] => [
  {
    from: `collectors.${old}`,
    since: '7.0.0',
    to: `collectors.containerEngine.engines.${engine}`,
    transform: 'each-key',
    effect: 'ignored',
    breaks: LEGACY_COLLECTOR_BREAKS,
    sources: CONTAINER_ENGINES_7,
  },
  {
    from: `collectors.${old}.enabled`,
    since: '7.0.0',
    to: `collectors.containerEngine.engines.${engine}.enabled`,
    transform: 'move',
    effect: 'ignored',
    sources: CONTAINER_ENGINES_7,
  },
  {
    from: `collectors.${old}.socket`,
    since: '7.0.0',
    to: `collectors.containerEngine.engines.${engine}.sockets`,
    transform: 'socket-to-sockets',
    effect: 'ignored',
    sources: CONTAINER_ENGINES_7,
  },
];

const METRICS_7 = [
  commit('faac8bf1be9910d71f7dedd3c6a7d2f544a943ec'),
  commit('6317d2576309bd2ac9d14c44930cf2d72a72545a'),
];
const metric = (snake: string, camel: string): ValuesMigration => ({
  from: `falco.metrics.${snake}`,
  since: '7.0.0',
  to: `metrics.${camel}`,
  transform: 'snake-to-camel',
  effect: 'overwritten',
  sources: METRICS_7,
});

const DRIVERS_4 = [commit('95496d0b1e1e795d199bbf25127757648ab619b1'), BREAKING];
const K8S_4 = [commit('55cf23c5680d2178a4419f2e58e304be786287ba'), BREAKING];
const EBPF_9 = [
  falcoCommit('312d9af6133c6a6f78a7d7bc94cc2ebcb9453ba8'),
  falcoCommit('23a1f6d9a042655e9b84431c2912f9c30ed72286'),
  BREAKING,
];
const GVISOR_9 = [
  falcoCommit('95ad6d32fa50f204ca611a522c64db4c22084a3b'),
  falcoCommit('23a1f6d9a042655e9b84431c2912f9c30ed72286'),
  BREAKING,
];
const GRPC_9 = [
  falcoCommit('cbfdabaf4bf5210b9984e09a39437fbae21d3605'),
  falcoCommit('23a1f6d9a042655e9b84431c2912f9c30ed72286'),
  BREAKING,
];
const GRPC_NOTE =
  'gRPC output and server are gone from Falco 0.44.0: move consumers to http_output, file_output, stdout_output or falcosidekick';

/**
 * An `each-key` entry with no new place whose key fails the render while present (chart 9's `driver.ebpf`): the map is
 * removed whole, keys without entries of their own included. Read by what lint says `helmvet migrate` does
 * (resolve/values.ts) and by what it does (migrate/transforms.ts).
 */
export const removesWholeMap = (m: ValuesMigration) =>
  m.transform === 'each-key' && m.to === undefined && m.effect === 'render-failure';

export const VALUES_MIGRATIONS: readonly ValuesMigration[] = [
  // ---- chart 1.x → 2.0.0
  v2('ebpf', 'driver', 'each-key'),
  v2('ebpf.enabled', 'driver.kind', 'ebpf-enabled-to-driver-kind'),
  v2('ebpf.path', 'driver.ebpf.path', 'move'),
  v2('ebpf.settings', 'driver.ebpf', 'each-key'),
  v2('ebpf.settings.hostNetwork', 'driver.ebpf.hostNetwork', 'move'),
  v2('leastPrivileged', 'driver.ebpf', 'each-key'),
  v2('leastPrivileged.enabled', 'driver.ebpf.leastPrivileged', 'move'),
  v2('docker', 'collectors.docker', 'each-key'),
  v2('docker.enabled', 'collectors.docker.enabled', 'move'),
  v2('docker.socket', 'collectors.docker.socket', 'move'),
  v2('containerd', 'collectors.containerd', 'each-key'),
  v2('containerd.enabled', 'collectors.containerd.enabled', 'move'),
  v2('containerd.socket', 'collectors.containerd.socket', 'move'),
  v2('crio', 'collectors.crio', 'each-key'),
  v2('crio.enabled', 'collectors.crio.enabled', 'move'),
  v2('crio.socket', 'collectors.crio.socket', 'move'),
  v2('kubernetesSupport', 'collectors.kubernetes', 'each-key'),
  v2('kubernetesSupport.enabled', 'collectors.kubernetes.enabled', 'move'),
  v2('kubernetesSupport.apiAuth', 'collectors.kubernetes.apiAuth', 'move'),
  v2('kubernetesSupport.apiUrl', 'collectors.kubernetes.apiUrl', 'move'),
  v2('kubernetesSupport.enableNodeFilter', 'collectors.kubernetes.enableNodeFilter', 'move'),
  v2('daemonset', undefined, 'each-key'),
  v2('daemonset.updateStrategy', 'controller.daemonset.updateStrategy', 'move'),
  v2('daemonset.podAnnotations', 'podAnnotations', 'move'),
  v2(
    'daemonset.env',
    'extra.env',
    'manual',
    'move the variables to extra.env, as a list of {name, value} entries from chart 2.5.0 on',
  ),
  v2('extraArgs', 'extra.args', 'move'),
  v2('extraInitContainers', 'extra.initContainers', 'move'),
  v2('extraVolumes', 'mounts.volumes', 'move'),
  v2('extraVolumeMounts', 'mounts.volumeMounts', 'move'),
  v2('image.pullSecrets', 'imagePullSecrets', 'move'),
  v2('securityContext', 'containerSecurityContext', 'move'),
  v2(
    'timezone',
    'extra.env',
    'manual',
    'set the TZ variable in extra.env instead (chart 2.0.0 moved such settings to extra.env)',
  ),
  v2(
    'proxy',
    'extra.env',
    'manual',
    'set HTTP_PROXY, HTTPS_PROXY and NO_PROXY in extra.env instead (chart 2.0.0 moved such settings to extra.env)',
  ),
  v2(
    'auditLog',
    undefined,
    'manual',
    'Kubernetes audit events come from the k8saudit plugin since chart 1.19.0: configure it in falco.plugins (see the chart values-k8saudit.yaml)',
  ),
  v2(
    'fakeEventGenerator',
    undefined,
    'delete',
    'chart 2.0.0 dropped the embedded event generator; install the event-generator chart instead',
  ),
  v2('podSecurityPolicy', undefined, 'delete', 'chart 2.0.0 removed the PodSecurityPolicy template'),
  v2Falco('jsonOutput', 'json_output'),
  v2Falco('jsonIncludeOutputProperty', 'json_include_output_property'),
  v2Falco('jsonIncludeTagsProperty', 'json_include_tags_property'),
  v2Falco('logStderr', 'log_stderr'),
  v2Falco('logSyslog', 'log_syslog'),
  v2Falco('logLevel', 'log_level'),
  v2Falco('bufferedOutputs', 'buffered_outputs'),
  v2Falco('timeFormatISO8601', 'time_format_iso_8601'),
  v2Falco('watchConfigFiles', 'watch_config_files'),
  v2Falco('rulesFile', 'rules_file'),
  v2Falco('loadPlugins', 'load_plugins'),
  v2Falco('syscallEventDrops', 'syscall_event_drops'),
  v2Falco('syscallEventTimeouts', 'syscall_event_timeouts'),
  v2Falco('metadataDownload', 'metadata_download'),
  v2Falco('stdoutOutput', 'stdout_output'),
  v2Falco('syslogOutput', 'syslog_output'),
  v2Falco('fileOutput', 'file_output'),
  v2Falco('programOutput', 'program_output'),
  v2Falco('httpOutput', 'http_output'),
  v2Falco('grpcOutput', 'grpc_output'),
  v2('falco.livenessProbe', 'healthChecks.livenessProbe', 'move'),
  v2('falco.readinessProbe', 'healthChecks.readinessProbe', 'move'),
  {
    from: 'integrations',
    since: '1.6.0',
    transform: 'manual',
    effect: 'ignored',
    note: 'chart 1.6.0 removed the deprecated integrations; from 1.6.1 the falcosidekick sub-chart forwards events: enable it and configure the outputs under falcosidekick.config',
    sources: [`${CHARTS}/issues/123`, `${CHARTS}/blob/falco-1.6.1/falco/CHANGELOG.md`],
  },
  {
    from: 'priorityClassName',
    since: '2.0.7',
    to: 'podPriorityClassName',
    transform: 'move',
    effect: 'ignored',
    sources: [commit('8a2cd385e691e67f5e71fb592bf2b9101378f17f'), V2_CHANGELOG],
  },

  // ---- 3.0.0
  {
    from: 'driver.loader.initContainer.enabled',
    since: '3.0.0',
    to: 'driver.loader.enabled',
    transform: 'move',
    effect: 'ignored',
    sources: [`${CHARTS}/issues/418`, BREAKING],
  },

  // ---- 4.0.0 (Falco 0.37.0)
  { from: 'gvisor', since: '4.0.0', to: 'driver', transform: 'each-key', effect: 'ignored', sources: DRIVERS_4 },
  {
    from: 'gvisor.enabled',
    since: '4.0.0',
    to: 'driver.kind',
    transform: 'gvisor-enabled-to-driver-kind',
    effect: 'ignored',
    sources: DRIVERS_4,
  },
  {
    from: 'gvisor.runsc',
    since: '4.0.0',
    to: 'driver.gvisor.runsc',
    transform: 'move',
    effect: 'ignored',
    sources: DRIVERS_4,
  },
  {
    from: 'driver.modern_bpf',
    since: '4.0.0',
    to: 'driver.modernEbpf',
    transform: 'each-key',
    effect: 'ignored',
    sources: DRIVERS_4,
  },
  {
    from: 'driver.modern_bpf.leastPrivileged',
    since: '4.0.0',
    to: 'driver.modernEbpf.leastPrivileged',
    transform: 'move',
    effect: 'ignored',
    sources: DRIVERS_4,
  },
  {
    from: 'collectors.kubernetes.apiAuth',
    since: '4.0.0',
    transform: 'delete',
    effect: 'ignored',
    note: 'Falco 0.37 dropped its Kubernetes client; the k8smeta plugin and k8s-metacollector replace it',
    sources: K8S_4,
  },
  {
    from: 'collectors.kubernetes.apiUrl',
    since: '4.0.0',
    transform: 'delete',
    effect: 'ignored',
    note: 'Falco 0.37 dropped its Kubernetes client; the k8smeta plugin and k8s-metacollector replace it',
    sources: K8S_4,
  },
  {
    from: 'collectors.kubernetes.enableNodeFilter',
    since: '4.0.0',
    transform: 'delete',
    effect: 'ignored',
    note: 'the chart now always filters by node (k8smeta init_config nodeName)',
    sources: K8S_4,
  },
  {
    from: 'falco.metadata_download',
    since: '4.0.0',
    transform: 'delete',
    effect: 'ignored',
    note: 'it tuned the Kubernetes client Falco 0.37 dropped',
    sources: K8S_4,
  },
  // Chart 4.0.0 moved these under driver.*; Falco still read them until 0.38.0 (chart 4.4.0).
  {
    from: 'falco.syscall_buf_size_preset',
    since: '4.4.0',
    transform: 'manual',
    effect: 'ignored',
    note: 'set bufSizePreset under the driver you use instead: driver.kmod, driver.ebpf or driver.modernEbpf (chart 4.0.0 moved it there)',
    sources: DRIVERS_4,
  },
  {
    from: 'falco.syscall_drop_failed_exit',
    since: '4.4.0',
    transform: 'manual',
    effect: 'ignored',
    note: 'set dropFailedExit under the driver you use instead: driver.kmod, driver.ebpf or driver.modernEbpf (chart 4.0.0 moved it there)',
    sources: DRIVERS_4,
  },
  {
    from: 'falco.modern_bpf',
    since: '4.4.0',
    to: 'driver.modernEbpf',
    transform: 'each-key',
    effect: 'ignored',
    sources: DRIVERS_4,
  },
  {
    from: 'falco.modern_bpf.cpus_for_each_syscall_buffer',
    since: '4.4.0',
    to: 'driver.modernEbpf.cpusForEachBuffer',
    transform: 'move',
    effect: 'ignored',
    sources: DRIVERS_4,
  },

  // ---- 4.7.1: the chart sets rules_files, and Falco 0.38+ refuses a config with both keys.
  {
    from: 'falco.rules_file',
    since: '4.7.1',
    to: 'falco.rules_files',
    transform: 'move',
    effect: 'startup-failure',
    sources: [
      commit('d17eebf46c8c8264f20e0410912ce640518c7ff3'),
      'https://github.com/falcosecurity/falco/blob/0.38.0/userspace/falco/configuration.cpp#L275',
    ],
  },
  // ---- 4.9.0 (Falco 0.39.0)
  {
    from: 'falco.outputs',
    since: '4.9.0',
    transform: 'delete',
    effect: 'ignored',
    note: 'Falco 0.39.0 removed the outputs rate limiter',
    sources: [commit('ed8c5351e63fb8540b3d9300215b1dc8108aa726')],
  },
  {
    from: 'mounts.enforceProcMount',
    since: '4.9.0',
    transform: 'delete',
    effect: 'ignored',
    note: 'the chart always mounts /proc since 4.9.0',
    sources: [commit('47541d456b14594c8ea04f29d10b8a05975147e7')],
  },

  // ---- 6.0.0
  {
    from: 'falcotalon',
    since: '6.0.0',
    to: 'falco-talon',
    transform: 'each-key',
    effect: 'ignored',
    sources: [commit('049a366d92f72667dada688aa8f0977eea7a6495'), BREAKING],
  },
  {
    from: 'falcotalon.enabled',
    since: '6.0.0',
    to: 'responseActions.enabled',
    transform: 'move',
    effect: 'ignored',
    sources: [
      commit('a6baf31059b4ff250b2b6ae2838a8d003bf280c7'),
      commit('60f43e7ad445a22956c71149fc4a58e16b9d7123'),
      BREAKING,
    ],
  },

  // ---- 7.0.0 (Falco 0.42.0)
  ...legacyCollector('docker', 'docker'),
  ...legacyCollector('containerd', 'containerd'),
  ...legacyCollector('crio', 'cri'),
  {
    from: 'falco.container_engines',
    since: '7.0.0',
    to: 'collectors.containerEngine.engines',
    transform: 'manual',
    effect: 'ignored',
    note: 'configure collectors.containerEngine.engines instead: the container plugin replaced it in Falco 0.41, and its engines take lists of sockets',
    sources: [commit('faac8bf1be9910d71f7dedd3c6a7d2f544a943ec')],
  },
  {
    from: 'falco.metrics',
    since: '7.0.0',
    to: 'metrics',
    transform: 'each-key',
    effect: 'overwritten',
    note: 'set metrics.enabled: true; the chart then sets the webserver and Prometheus endpoint itself',
    sources: METRICS_7,
  },
  metric('enabled', 'enabled'),
  metric('interval', 'interval'),
  metric('output_rule', 'outputRule'),
  metric('rules_counters_enabled', 'rulesCountersEnabled'),
  metric('resource_utilization_enabled', 'resourceUtilizationEnabled'),
  metric('state_counters_enabled', 'stateCountersEnabled'),
  metric('kernel_event_counters_enabled', 'kernelEventCountersEnabled'),
  metric('kernel_event_counters_per_cpu_enabled', 'kernelEventCountersPerCPUEnabled'),
  metric('libbpf_stats_enabled', 'libbpfStatsEnabled'),
  metric('plugins_metrics_enabled', 'pluginsMetricsEnabled'),
  metric('jemalloc_stats_enabled', 'jemallocStatsEnabled'),
  metric('convert_memory_to_mb', 'convertMemoryToMB'),
  metric('include_empty_values', 'includeEmptyValues'),

  // ---- 9.0.0 (Falco 0.44.0): the removed-configuration guard fails the render on these keys' presence.
  {
    from: 'driver.ebpf',
    since: '9.0.0',
    transform: 'each-key',
    effect: 'render-failure',
    note: 'the legacy eBPF probe is gone: use driver.kind modern_ebpf or auto',
    sources: EBPF_9,
  },
  {
    from: 'driver.ebpf.leastPrivileged',
    since: '9.0.0',
    to: 'driver.modernEbpf.leastPrivileged',
    transform: 'move',
    effect: 'render-failure',
    sources: EBPF_9,
  },
  {
    from: 'driver.gvisor',
    since: '9.0.0',
    transform: 'delete',
    effect: 'render-failure',
    note: 'the gVisor engine is gone, with no replacement',
    sources: GVISOR_9,
  },
  {
    from: 'falco.grpc',
    since: '9.0.0',
    transform: 'delete',
    effect: 'render-failure',
    note: GRPC_NOTE,
    sources: GRPC_9,
  },
  {
    from: 'falco.grpc_output',
    since: '9.0.0',
    transform: 'delete',
    effect: 'render-failure',
    note: GRPC_NOTE,
    sources: GRPC_9,
  },
];

const BY_PATH = new Map(VALUES_MIGRATIONS.map((m) => [m.from, m]));

/** The entry for exactly this path. */
export const migrationFor = (path: string): ValuesMigration | undefined => BY_PATH.get(path);

/** The entry for this path, or for the nearest map above it. */
export function migrationCovering(path: string): ValuesMigration | undefined {
  for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    const m = BY_PATH.get(p);
    if (m) return m;
  }
  return undefined;
}

/** Rewrites that `helmvet migrate` applies without asking. */
export const MECHANICAL: ReadonlySet<ValueTransform> = new Set([
  'move',
  'socket-to-sockets',
  'camel-to-snake',
  'snake-to-camel',
  'ebpf-enabled-to-driver-kind',
  'gvisor-enabled-to-driver-kind',
  'delete',
]);
