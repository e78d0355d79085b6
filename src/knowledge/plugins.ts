// The plugin references of the falco chart: which tag a ref names (when the chart loads them: resolve/plugins.ts).

/** `ghcr.io/falcosecurity/plugins/plugin/container:0.2.4` or `container:0.2.4` → `0.2.4`; floating tags and digests give undefined. */
export function pluginTag(ref: string, plugin: 'container' | 'k8smeta'): string | undefined {
  const m = new RegExp(`(?:^|/)${plugin}:v?(\\d+\\.\\d+\\.\\d+)$`).exec(ref.trim());
  return m?.[1];
}

export const isPluginRef = (ref: string, plugin: 'container' | 'k8smeta') =>
  new RegExp(`(?:^|/)${plugin}(?::|@|$)`).test(ref.trim());
