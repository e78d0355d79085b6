// Which Talos nodes a Falco release meets: its nodeSelector, required node affinity and tolerations against the
// labels and taints the Talos config gives its nodes, and which of several clusters it is applied to.
import { describe, expect, it } from 'vitest';
import { expectSameAlone, helmRelease, located, lintRepo, writeRepo, type Files } from '../../helpers/repo.js';

const LOCKDOWN = 'talos/secureboot-lockdown';
const KMOD = 'talos/secureboot-kmod';
const found = (files: Files, rule = LOCKDOWN) => located(lintRepo(files), rule).map((f) => ({ file: f.file, line: f.line, severity: f.severity, message: f.message }));

/** Secure Boot on the control planes only (a node group), a plain worker. */
const talconfig = (more = '', cluster = 'main', cpExtra = '', workerExtra = '') => `clusterName: ${cluster}
talosVersion: v1.13.9
endpoint: https://10.0.0.1:6443
${more}controlPlane:
  machineSpec:
    secureboot: true
nodes:
  - hostname: cp1
    controlPlane: true
${cpExtra}  - hostname: w1
    controlPlane: false
${workerExtra}`;

const falco = (values = '') => helmRelease('9.1.0', `driver:\n  kind: modern_ebpf\n${values}`);
const notOnControlPlanes = 'affinity:\n  nodeAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n      nodeSelectorTerms:\n        - matchExpressions:\n            - key: node-role.kubernetes.io/control-plane\n              operator: DoesNotExist';

describe('Falco releases meet the Secure Boot nodes they can be scheduled on', () => {
  it('the chart default tolerates the control-plane taint: the control planes are met', () => {
    expect(found({ 'talos/talconfig.yaml': talconfig(), 'falco.yaml': falco() }).map((f) => [f.line, f.message.slice(0, 120)])).toEqual([
      [6, 'Secure Boot on Talos 1.13.9 adds lockdown=confidentiality to the kernel command line of node cp1, and its schematic has '],
    ]);
  });

  it('a required node affinity that keeps Falco off the control planes: no Falco pod meets the Secure Boot nodes', () => {
    expect(found({ 'talos/talconfig.yaml': talconfig(), 'falco.yaml': falco(notOnControlPlanes) })).toEqual([]);
  });

  it('tolerations that replace the default: the control-plane taint is not tolerated, so no pod runs there', () => {
    expect(found({ 'talos/talconfig.yaml': talconfig(), 'falco.yaml': falco('tolerations: []') })).toEqual([]);
    // Unless Talos lets workloads onto the control planes.
    expect(found({ 'talos/talconfig.yaml': talconfig('allowSchedulingOnControlPlanes: true\n'), 'falco.yaml': falco('tolerations: []') })).toHaveLength(1);
  });

  it('a taint set by the node, in talhelper nodeTaints or a patch, that Falco does not tolerate', () => {
    const tainted = '    nodeTaints:\n      dedicated: gpu:NoSchedule\n';
    expect(found({ 'talos/talconfig.yaml': talconfig('', 'main', tainted), 'falco.yaml': falco() })).toEqual([]);
    const tolerated = 'tolerations:\n  - operator: Exists';
    expect(found({ 'talos/talconfig.yaml': talconfig('', 'main', tainted), 'falco.yaml': falco(tolerated) })).toHaveLength(1);
    const patched = '    patches:\n      - "@./patches/taint.yaml"\n';
    const patch = 'machine:\n  nodeTaints:\n    dedicated: gpu:NoExecute\n';
    expect(found({ 'talos/talconfig.yaml': talconfig('', 'main', patched), 'talos/patches/taint.yaml': patch, 'falco.yaml': falco() })).toEqual([]);
  });

  it('a nodeSelector on a label the node is known to carry with another value, or is known not to carry', () => {
    expect(found({ 'talos/talconfig.yaml': talconfig(), 'falco.yaml': falco('nodeSelector:\n  kubernetes.io/hostname: w1') })).toEqual([]);
    const labelled = '    nodeLabels:\n      zone: a\n';
    expect(found({ 'talos/talconfig.yaml': talconfig('', 'main', labelled), 'falco.yaml': falco('nodeSelector:\n  zone: b') })).toEqual([]);
    expect(found({ 'talos/talconfig.yaml': talconfig('', 'main', labelled), 'falco.yaml': falco('nodeSelector:\n  zone: a') })).toHaveLength(1);
    // A label helmvet does not see may be set on the cluster (node-feature-discovery, kubectl): the node may match.
    expect(found({ 'talos/talconfig.yaml': talconfig(), 'falco.yaml': falco('nodeSelector:\n  feature.node.kubernetes.io/cpu: "true"') })).toHaveLength(1);
  });

  it('Secure Boot on the workers as well: only the nodes the release can run on are named', () => {
    const both = `clusterName: main
talosVersion: v1.13.9
worker:
  machineSpec:
    secureboot: true
controlPlane:
  machineSpec:
    secureboot: true
nodes:
  - hostname: cp1
    controlPlane: true
  - hostname: w1
    controlPlane: false
  - hostname: w2
    controlPlane: false
`;
    expect(found({ 'talos/talconfig.yaml': both, 'falco.yaml': falco(notOnControlPlanes) }).map((f) => f.message.slice(0, 112))).toEqual([
      'Secure Boot on Talos 1.13.9 adds lockdown=confidentiality to the kernel command line of nodes w1, w2, and their ',
    ]);
  });

  it('talos/secureboot-kmod likewise: a kernel-module release kept off the Secure Boot nodes is not an error', () => {
    const kmod = (values = '') => helmRelease('9.1.0', `driver:\n  kind: kmod\n${values}`);
    expect(found({ 'talos/talconfig.yaml': talconfig(), 'falco.yaml': kmod() }, KMOD)).toHaveLength(1);
    expect(found({ 'talos/talconfig.yaml': talconfig(), 'falco.yaml': kmod(notOnControlPlanes) }, KMOD)).toEqual([]);
  });

  it('each file linted alone gets what the whole repository gives it', () => {
    const dir = writeRepo({ 'talos/talconfig.yaml': talconfig('', 'main', '    nodeTaints:\n      dedicated: gpu:NoSchedule\n'), 'falco.yaml': falco(), 'other/falco.yaml': falco(notOnControlPlanes).replace('name: falco\n  namespace: falco', 'name: falco2\n  namespace: falco') });
    expectSameAlone(dir, ['talos/talconfig.yaml', 'falco.yaml', 'other/falco.yaml']);
  });
});

describe('several clusters in one repository', () => {
  const prod = talconfig('', 'prod');
  const lab = talconfig('', 'lab');

  it('a release is paired with the cluster its path names, not with the other', () => {
    const files = { 'talos/prod/talconfig.yaml': prod, 'talos/lab/talconfig.yaml': lab, 'clusters/prod/apps/falco.yaml': falco() };
    expect(found(files).map((f) => f.file)).toEqual(['talos/prod/talconfig.yaml']);
    // The lab release keeps off the control planes: lab's Secure Boot nodes are met by nothing.
    const both = { ...files, 'clusters/lab/apps/falco.yaml': falco(notOnControlPlanes).replace('name: falco\n  namespace: falco', 'name: falco-lab\n  namespace: falco') };
    expect(found(both).map((f) => f.file)).toEqual(['talos/prod/talconfig.yaml']);
  });

  it('where the repository does not tell, each cluster is paired and the finding says so', () => {
    const files = { 'talos/prod/talconfig.yaml': prod, 'talos/lab/talconfig.yaml': lab, 'apps/falco.yaml': falco() };
    const messages = found(files);
    expect(messages.map((f) => f.file)).toEqual(['talos/lab/talconfig.yaml', 'talos/prod/talconfig.yaml']);
    for (const m of messages) expect(m.message).toContain('(this repository describes clusters lab, prod and nothing in it tells which one HelmRelease falco/falco is applied to, so helmvet pairs it with each)');
  });

  it('each file linted alone gets what the whole repository gives it', () => {
    const dir = writeRepo({ 'talos/prod/talconfig.yaml': prod, 'talos/lab/talconfig.yaml': lab, 'clusters/prod/apps/falco.yaml': falco(), 'apps/falco.yaml': falco().replace('name: falco\n  namespace: falco', 'name: x\n  namespace: falco') });
    expectSameAlone(dir, ['talos/prod/talconfig.yaml', 'talos/lab/talconfig.yaml', 'clusters/prod/apps/falco.yaml', 'apps/falco.yaml']);
  });
});
