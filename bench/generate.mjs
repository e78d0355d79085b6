// Writes a synthetic GitOps repository of exactly N YAML files, the same for the same seed.
//   node bench/generate.mjs DIR N [SEED]
// Shape: ~10% Flux HelmReleases of the falco chart (some with a values ConfigMap), ~10% values files
// (for Argo CD Applications and kustomize), ~5% kustomization.yaml (helmCharts or configMapGenerator),
// ~5% Talos talconfig.yaml, one HelmRepository file per cluster, and the rest unrelated manifests.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const VERSIONS = ['4.22.0', '>=4.0.0 <5.0.0', '6.2.5', '9.1.0', '7.x', '8.0.5'];
const CLUSTERS = ['prod-eu-1', 'prod-us-1', 'staging', 'lab', 'edge-fra', 'edge-nyc', 'dev', 'ci'];
const NAMESPACES = [
  'default',
  'monitoring',
  'ingress',
  'media',
  'home',
  'databases',
  'observability',
  'tools',
  'auth',
  'storage',
];
const APPS = [
  'grafana',
  'prometheus',
  'loki',
  'postgres',
  'redis',
  'homepage',
  'authelia',
  'vaultwarden',
  'minio',
  'jellyfin',
  'sonarr',
  'radarr',
  'paperless',
  'immich',
  'gitea',
  'uptime-kuma',
  'external-dns',
  'tempo',
  'mosquitto',
  'zigbee2mqtt',
];
const NOISE_FILES = [
  'deployment.yaml',
  'service.yaml',
  'configmap.yaml',
  'ks.yaml',
  'helmrelease.yaml',
  'resources.yaml',
];

/** mulberry32: a tiny seeded PRNG, plus the helpers the generator needs. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  const shuffle = (list) => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  return { int, pick, chance, shuffle };
}

const indent = (lines, n) => lines.map((l) => (l ? ' '.repeat(n) + l : l));
const q = (s) => JSON.stringify(s);

// ---------------------------------------------------------------- falco values

/** Realistic falco chart values, between lo and hi lines, unique top-level keys. */
function falcoValues(r, lo, hi, title) {
  const target = r.int(lo, hi);
  const out = [`# ${title}`];
  out.push('driver:', `  kind: ${r.pick(['modern_ebpf', 'modern_ebpf', 'kmod', 'ebpf', 'auto', 'module'])}`);
  if (r.chance(0.4)) out.push('  # modern_ebpf needs kernel >= 5.8; the edge nodes run 6.6');
  if (r.chance(0.5)) {
    out.push(
      'collectors:',
      '  containerEngine:',
      '    enabled: true',
      '    engines:',
      '      containerd:',
      '        enabled: true',
      `        sockets: [${q(r.pick(['/run/containerd/containerd.sock', '/run/k3s/containerd/containerd.sock']))}]`,
      '      docker:',
      '        enabled: false',
    );
  } else {
    out.push(
      'collectors:',
      '  containerd:',
      '    enabled: true',
      '    socket: /run/containerd/containerd.sock',
      `  docker:`,
      `    enabled: ${r.chance(0.2)}`,
    );
  }
  out.push(
    'falco:',
    `  json_output: ${r.chance(0.7)}`,
    '  json_include_output_property: true',
    `  log_level: ${r.pick(['info', 'notice', 'debug'])}`,
    `  priority: ${r.pick(['debug', 'notice', 'warning'])}`,
  );
  if (r.chance(0.6))
    out.push(
      '  rules_files:',
      '    - /etc/falco/falco_rules.yaml',
      '    - /etc/falco/falco_rules.local.yaml',
      '    - /etc/falco/rules.d',
    );
  if (r.chance(0.5)) out.push('  http_output:', '    enabled: true', '    url: http://falco-falcosidekick:2801');

  const optional = [
    [
      'resources:',
      '  requests:',
      `    cpu: ${r.pick(['100m', '200m'])}`,
      `    memory: ${r.pick(['512Mi', '256Mi'])}`,
      '  limits:',
      '    cpu: 1000m',
      `    memory: ${r.pick(['1024Mi', '2Gi'])}`,
    ],
    ['nodeSelector:', '  kubernetes.io/os: linux'],
    ['tty: true'],
    ['podPriorityClassName: system-node-critical'],
    [
      'falcosidekick:',
      `  enabled: ${r.chance(0.6)}`,
      '  webui:',
      `    enabled: ${r.chance(0.5)}`,
      '    replicaCount: 1',
      '  config:',
      '    slack:',
      '      webhookurl: ""',
      '      minimumpriority: notice',
    ],
    ['metrics:', '  enabled: true', `  interval: ${r.pick(['15m', '1h'])}`, '  outputRule: false'],
    ['serviceMonitor:', '  create: true', '  labels:', '    release: kube-prometheus-stack'],
    [
      'image:',
      '  registry: docker.io',
      '  repository: falcosecurity/falco',
      `  tag: ${r.pick(['0.39.2', '0.40.0', '0.41.3'])}`,
    ],
    [
      'controller:',
      '  kind: daemonset',
      '  daemonset:',
      '    updateStrategy:',
      '      type: RollingUpdate',
      '      rollingUpdate:',
      '        maxUnavailable: 1',
    ],
    [
      'falcoctl:',
      '  artifact:',
      '    install:',
      '      enabled: true',
      '    follow:',
      `      enabled: ${r.chance(0.5)}`,
      '  config:',
      '    artifact:',
      '      allowedTypes: [rulesfile, plugin]',
      '      install:',
      '        refs: [falco-rules:3]',
    ],
    [
      'customRules:',
      '  local-rules.yaml: |-',
      '    - macro: user_known_shell_spawn',
      '      condition: (container.image.repository = "ghcr.io/example/debug")',
      '    - rule: Unexpected outbound connection',
      '      desc: Detect outbound traffic from the payments namespace',
      '      condition: outbound and k8s.ns.name = "payments"',
      '      output: Outbound connection (command=%proc.cmdline connection=%fd.name)',
      '      priority: WARNING',
    ],
  ];
  for (const section of r.shuffle(optional)) if (out.length + section.length + 4 <= target) out.push(...section);
  out.push('# Run on every node, control plane included.', 'tolerations:');
  const keys = [
    'node-role.kubernetes.io/control-plane',
    'node-role.kubernetes.io/master',
    'dedicated',
    'gpu',
    'storage',
    'edge',
  ];
  for (let k = 0; k === 0 || out.length + 3 <= target; k++) {
    out.push(
      `  - key: ${keys[k % keys.length]}${k >= keys.length ? `-${k}` : ''}`,
      '    operator: Exists',
      `    effect: ${r.pick(['NoSchedule', 'NoExecute'])}`,
    );
  }
  while (out.length < target) out.push('# Reviewed by security; keep in sync with the runbook.');
  return out;
}

// ---------------------------------------------------------------- falco objects

function falcoHelmRelease(r, name, configMap, extra = []) {
  const lines = [
    '---',
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    `  name: ${name}`,
    '  namespace: falco',
    'spec:',
    '  interval: 30m',
    '  chart:',
    '    spec:',
    '      chart: falco',
    `      version: ${q(r.pick(VERSIONS))}`,
    '      sourceRef:',
    '        kind: HelmRepository',
    '        name: falcosecurity',
    '        namespace: flux-system',
    '      interval: 12h',
    '  install:',
    '    remediation:',
    '      retries: 3',
    '  upgrade:',
    '    cleanupOnFail: true',
    '    remediation:',
    '      retries: 3',
  ];
  if (configMap)
    lines.push('  valuesFrom:', '    - kind: ConfigMap', `      name: ${configMap}`, '      valuesKey: values.yaml');
  if (r.chance(0.7))
    lines.push(
      '  values:',
      '    driver:',
      `      kind: ${r.pick(['modern_ebpf', 'kmod', 'ebpf'])}`,
      `    tty: ${r.chance(0.5)}`,
    );
  return [...lines, ...extra];
}

const valuesConfigMap = (r, name, title) => [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  `  name: ${name}`,
  '  namespace: falco',
  'data:',
  '  values.yaml: |',
  ...indent(falcoValues(r, 30, 80, title), 4),
];

const helmRepositories = () =>
  [
    ['falcosecurity', 'https://falcosecurity.github.io/charts'],
    ['jetstack', 'https://charts.jetstack.io'],
    ['ingress-nginx', 'https://kubernetes.github.io/ingress-nginx'],
  ].flatMap(([name, url]) => [
    '---',
    'apiVersion: source.toolkit.fluxcd.io/v1',
    'kind: HelmRepository',
    'metadata:',
    `  name: ${name}`,
    '  namespace: flux-system',
    'spec:',
    '  interval: 12h',
    `  url: ${url}`,
  ]);

function argoApplication(r, name, valueFiles) {
  return [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    `  name: ${name}`,
    '  namespace: argocd',
    '  finalizers:',
    '    - resources-finalizer.argocd.argoproj.io',
    'spec:',
    '  project: security',
    '  sources:',
    '    - repoURL: https://falcosecurity.github.io/charts',
    '      chart: falco',
    `      targetRevision: ${q(r.pick(VERSIONS))}`,
    '      helm:',
    '        releaseName: falco',
    '        valueFiles:',
    ...valueFiles.map((f) => `          - $values/${f}`),
    '    - repoURL: https://github.com/example/gitops.git',
    '      targetRevision: main',
    '      ref: values',
    '  destination:',
    '    server: https://kubernetes.default.svc',
    '    namespace: falco',
    '  syncPolicy:',
    '    automated:',
    '      prune: true',
    '      selfHeal: true',
    '    syncOptions:',
    '      - CreateNamespace=true',
    '      - ServerSideApply=true',
  ];
}

const kustomizeHelmCharts = (r, name) => [
  'apiVersion: kustomize.config.k8s.io/v1beta1',
  'kind: Kustomization',
  'namespace: falco',
  'helmCharts:',
  '  - name: falco',
  '    repo: https://falcosecurity.github.io/charts',
  `    version: ${q(r.pick(VERSIONS.filter((v) => /^\d+\.\d+\.\d+$/.test(v))))}`,
  `    releaseName: ${name}`,
  '    namespace: falco',
  '    includeCRDs: false',
  '    valuesFile: values.yaml',
  ...(r.chance(0.5) ? ['    valuesInline:', '      tty: true'] : []),
];

const kustomizeGenerator = (name) => [
  'apiVersion: kustomize.config.k8s.io/v1beta1',
  'kind: Kustomization',
  'namespace: falco',
  'resources:',
  '  - helmrelease.yaml',
  'configMapGenerator:',
  `  - name: ${name}`,
  '    files:',
  '      - values.yaml=values.yaml',
  'generatorOptions:',
  '  disableNameSuffixHash: true',
];

function talconfig(r, cluster, k) {
  const lines = [
    '# yaml-language-server: $schema=https://raw.githubusercontent.com/budimanjojo/talhelper/master/pkg/config/schemas/talconfig.json',
    '---',
    `clusterName: ${cluster}-${k}`,
    `talosVersion: ${r.pick(['v1.8.4', 'v1.9.5', 'v1.10.3'])}`,
    `kubernetesVersion: ${r.pick(['v1.31.4', 'v1.32.3', 'v1.33.1'])}`,
    `endpoint: https://10.${k % 250}.0.10:6443`,
    'allowSchedulingOnControlPlanes: true',
    'clusterPodNets:',
    '  - 10.244.0.0/16',
    'clusterSvcNets:',
    '  - 10.96.0.0/12',
    'cniConfig:',
    '  name: none',
    'nodes:',
  ];
  const nodes = r.int(1, 6);
  for (let i = 1; i <= nodes; i++) {
    lines.push(
      `  - hostname: ${i <= 3 ? 'cp' : 'worker'}-${i}`,
      `    ipAddress: 10.${k % 250}.0.${10 + i}`,
      `    controlPlane: ${i <= 3}`,
      `    installDisk: ${r.pick(['/dev/sda', '/dev/nvme0n1'])}`,
      '    schematic:',
      '      customization:',
      '        extraKernelArgs:',
      '          - net.ifnames=0',
      `          - ${r.pick(['security=apparmor', 'talos.platform=metal', 'apparmor=0', 'intel_iommu=on'])}`,
      '        systemExtensions:',
      '          officialExtensions:',
      `            - siderolabs/${r.pick(['intel-ucode', 'amd-ucode', 'i915', 'qemu-guest-agent'])}`,
    );
  }
  return [
    ...lines,
    'patches:',
    '  - |-',
    '    machine:',
    '      kubelet:',
    '        extraArgs:',
    '          rotate-server-certificates: "true"',
  ];
}

// ---------------------------------------------------------------- noise

/** Unrelated manifests; `extra` filler lines make a file reach its drawn length. */
const NOISE = {
  deployment: (r, app, ns, extra) => [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${app}`,
    `  namespace: ${ns}`,
    '  labels:',
    `    app.kubernetes.io/name: ${app}`,
    'spec:',
    `  replicas: ${r.int(1, 3)}`,
    '  selector:',
    '    matchLabels:',
    `      app.kubernetes.io/name: ${app}`,
    '  template:',
    '    metadata:',
    '      labels:',
    `        app.kubernetes.io/name: ${app}`,
    '    spec:',
    '      containers:',
    `        - name: ${app}`,
    `          image: ghcr.io/example/${app}:${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`,
    '          ports:',
    '            - name: http',
    `              containerPort: ${r.pick([80, 3000, 8080, 9000])}`,
    '          env:',
    ...Array.from({ length: Math.max(1, Math.ceil(extra / 2)) }, (_, i) => [
      `            - name: ${app.toUpperCase().replace(/-/g, '_')}_SETTING_${i}`,
      `              value: ${q(String(r.int(0, 99999)))}`,
    ]).flat(),
    '          resources:',
    '            requests:',
    '              cpu: 10m',
    '              memory: 64Mi',
  ],
  service: (r, app, ns, extra) => [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    `  name: ${app}`,
    `  namespace: ${ns}`,
    '  annotations:',
    ...Array.from({ length: Math.max(1, extra) }, (_, i) => `    example.com/note-${i}: ${q(`owner ${r.int(1, 50)}`)}`),
    'spec:',
    '  type: ClusterIP',
    '  selector:',
    `    app.kubernetes.io/name: ${app}`,
    '  ports:',
    '    - name: http',
    '      port: 80',
    '      targetPort: http',
  ],
  configmap: (r, app, ns, extra) => [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    `  name: ${app}-config`,
    `  namespace: ${ns}`,
    'data:',
    ...Array.from(
      { length: Math.max(1, extra) },
      (_, i) => `  ${app.toUpperCase().replace(/-/g, '_')}_KEY_${i}: ${q(`value-${r.int(0, 1e6)}`)}`,
    ),
  ],
  ks: (r, app, ns, extra, cluster) => [
    '---',
    'apiVersion: kustomize.toolkit.fluxcd.io/v1',
    'kind: Kustomization',
    'metadata:',
    `  name: ${app}`,
    '  namespace: flux-system',
    'spec:',
    `  targetNamespace: ${ns}`,
    `  path: ./clusters/${cluster}/apps/${ns}/${app}`,
    '  prune: true',
    '  sourceRef:',
    '    kind: GitRepository',
    '    name: flux-system',
    '  interval: 30m',
    '  postBuild:',
    '    substitute:',
    ...Array.from({ length: Math.max(1, extra) }, (_, i) => `      VAR_${i}: ${q(`${app}-${r.int(0, 999)}`)}`),
  ],
  helmrelease: (r, app, ns, extra) => {
    const nginx = r.chance(0.5);
    return [
      '---',
      'apiVersion: helm.toolkit.fluxcd.io/v2',
      'kind: HelmRelease',
      'metadata:',
      `  name: ${nginx ? 'ingress-nginx' : 'cert-manager'}`,
      `  namespace: ${ns}`,
      'spec:',
      '  interval: 1h',
      '  chart:',
      '    spec:',
      `      chart: ${nginx ? 'ingress-nginx' : 'cert-manager'}`,
      `      version: ${nginx ? '4.12.1' : 'v1.17.2'}`,
      '      sourceRef:',
      '        kind: HelmRepository',
      `        name: ${nginx ? 'ingress-nginx' : 'jetstack'}`,
      '        namespace: flux-system',
      '  values:',
      ...(nginx
        ? [
            '    controller:',
            '      config:',
            ...Array.from(
              { length: Math.max(1, extra) },
              (_, i) => `        custom-setting-${i}: ${q(String(r.int(0, 9999)))}`,
            ),
          ]
        : [
            '    crds:',
            '      enabled: true',
            '    extraArgs:',
            ...Array.from({ length: Math.max(1, extra) }, (_, i) => `      - --flag-${i}=${r.int(0, 9999)}`),
          ]),
    ];
  },
};
const BASE = { deployment: 30, service: 14, configmap: 6, ks: 16, helmrelease: 20 };

function noiseFile(r, file, app, ns, cluster) {
  const target = r.int(20, 300);
  if (file !== 'resources.yaml') {
    const kind = file.replace('.yaml', '');
    return NOISE[kind](r, app, ns, Math.max(1, target - BASE[kind]), cluster);
  }
  // Multi-document: two to five objects sharing the line budget.
  const kinds = r.shuffle(Object.keys(NOISE)).slice(0, r.int(2, 5));
  return kinds.flatMap((kind, i) => {
    const doc = NOISE[kind](r, `${app}-${i}`, ns, Math.max(1, Math.floor(target / kinds.length) - BASE[kind]), cluster);
    return i && doc[0] !== '---' ? ['---', ...doc] : doc;
  });
}

// ---------------------------------------------------------------- the repository

export function generate(dir, n, seed = 1) {
  if (!Number.isInteger(n) || n < 20) throw new Error(`N must be an integer >= 20 (got ${n})`);
  if (existsSync(dir) && readdirSync(dir).length) throw new Error(`${dir} exists and is not empty`);
  const r = rng(seed);
  const files = new Map(); // path -> lines
  const put = (path, lines) => {
    if (files.has(path)) throw new Error(`generator bug: ${path} written twice`);
    files.set(path, lines);
  };
  const clusters = Array.from(
    { length: Math.max(1, Math.round(n / 250)) },
    (_, i) => CLUSTERS[i % CLUSTERS.length] + (i >= CLUSTERS.length ? `-${Math.floor(i / CLUSTERS.length) + 1}` : ''),
  );
  const clusterOf = (i) => clusters[i % clusters.length];

  for (const c of clusters) put(`clusters/${c}/flux-system/repositories/helm.yaml`, helmRepositories());

  // Flux HelmReleases of falco; the first `generators` of them get their values from a kustomize configMapGenerator.
  const nReleases = Math.round(n * 0.1);
  const nKustomize = Math.round(n * 0.05);
  const generators = Math.min(Math.floor(nKustomize / 2), nReleases);
  for (let i = 0; i < nReleases; i++) {
    const c = clusterOf(i);
    const dir = `clusters/${c}/apps/falco/falco-${i}`;
    const cm = `falco-values-${i}`;
    if (i < generators) {
      put(`${dir}/helmrelease.yaml`, falcoHelmRelease(r, `falco-${i}`, cm));
      put(`${dir}/kustomization.yaml`, kustomizeGenerator(cm));
      put(`${dir}/values.yaml`, falcoValues(r, 30, 120, `Falco values for ${c}, generated into ConfigMap ${cm}`));
    } else if (r.chance(0.45)) {
      put(`${dir}/helmrelease.yaml`, falcoHelmRelease(r, `falco-${i}`, cm));
      put(`${dir}/configmap.yaml`, valuesConfigMap(r, cm, `Falco values for ${c}`));
    } else {
      put(`${dir}/helmrelease.yaml`, falcoHelmRelease(r, `falco-${i}`, undefined));
    }
  }
  // kustomize helmCharts, each with its values.yaml.
  for (let i = generators; i < nKustomize; i++) {
    const c = clusterOf(i);
    put(`clusters/${c}/apps/security/falco-kustomize-${i}/kustomization.yaml`, kustomizeHelmCharts(r, `falco-${i}`));
    put(
      `clusters/${c}/apps/security/falco-kustomize-${i}/values.yaml`,
      falcoValues(r, 30, 120, `Falco values for ${c} (kustomize helmCharts)`),
    );
  }
  // Standalone values files (10% in all, with the kustomize ones), read by Argo CD Applications through `$values/`.
  const argoValues = Math.max(0, Math.round(n * 0.1) - nKustomize);
  for (let i = 0, app = 0; i < argoValues; app++) {
    const c = clusterOf(app);
    const paths = [`values/${c}/falco-${app}.yaml`];
    if (i + 1 < argoValues && r.chance(0.5)) paths.unshift(`values/${c}/falco-${app}-base.yaml`);
    for (const p of paths) put(p, falcoValues(r, 30, 150, `Falco values for ${c} (Argo CD application falco-${app})`));
    put(`clusters/${c}/argocd/falco-${app}.yaml`, argoApplication(r, `falco-${c}-${app}`, paths));
    i += paths.length;
  }
  const nTalos = Math.round(n * 0.05);
  for (let i = 0; i < nTalos; i++) put(`talos/${clusterOf(i)}-${i}/talconfig.yaml`, talconfig(r, clusterOf(i), i));

  // Noise: app directories of one to four unrelated files, until there are exactly n files.
  if (files.size > n) throw new Error(`N=${n} is too small for this layout (needs ${files.size} files before noise)`);
  for (let a = 0; files.size < n; a++) {
    const c = clusterOf(a);
    const ns = r.pick(NAMESPACES);
    const app = `${r.pick(APPS)}-${a}`;
    for (const file of r.shuffle(NOISE_FILES).slice(0, Math.min(r.int(1, 4), n - files.size)))
      put(`clusters/${c}/apps/${ns}/${app}/${file}`, noiseFile(r, file, app, ns, c));
  }

  mkdirSync(dir, { recursive: true });
  // A .git directory marks the repository root: helmvet stops there when it looks for .gitignore files and
  // resolves `$values/` paths. Without it the enclosing checkout's .gitignore (which lists bench/out/) applies.
  mkdirSync(join(dir, '.git'));
  writeFileSync(
    join(dir, '.gitignore'),
    [
      '# Local files that must never be committed',
      '.env',
      '*.agekey',
      '*.decrypted~*',
      'kubeconfig',
      'talosconfig',
      '/talos/*/clusterconfig/',
      '*.tgz',
      '.DS_Store',
      '',
    ].join('\n'),
  );
  for (const [path, lines] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), `${lines.join('\n')}\n`);
  }
  return { dir, files: files.size, clusters: clusters.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [dir, n, seed] = process.argv.slice(2);
  if (!dir || !n) {
    console.error('usage: node bench/generate.mjs DIR N [SEED]');
    process.exit(2);
  }
  try {
    const out = generate(resolve(dir), Number(n), seed === undefined ? 1 : Number(seed));
    console.log(`wrote ${out.files} YAML files for ${out.clusters} cluster(s) to ${out.dir}`);
  } catch (e) {
    console.error(`generate: ${e.message}`);
    process.exit(1);
  }
}
