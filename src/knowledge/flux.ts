// HelmRelease API versions current Flux no longer serves.
// Sources: fluxcd/helm-controller CHANGELOG.md: 1.4.0 (2025-09-25) "The v2beta1 APIs were removed", 1.5.0
// (2026-02-20) "The v2beta2 APIs were removed"; helm.fluxcd.io/v1 belongs to Flux v1's Helm Operator, which
// helm-controller never served.
export const REMOVED_HELMRELEASE_APIS: Readonly<Record<string, string>> = {
  'helm.toolkit.fluxcd.io/v2beta1': 'was removed in helm-controller 1.4.0',
  'helm.toolkit.fluxcd.io/v2beta2': 'was removed in helm-controller 1.5.0',
  'helm.fluxcd.io/v1': "belongs to Flux v1's Helm Operator, never served by Flux v2's helm-controller",
};

export const isRemovedHelmReleaseApi = (apiVersion: string) => apiVersion in REMOVED_HELMRELEASE_APIS;
