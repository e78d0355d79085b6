// The rule registry: every rule helmvet has, by id.
import type { Rule } from './create-rule.js';
import baseSyscallsRepair from './falco/base-syscalls-repair.js';
import cpuLimit from './falco/cpu-limit.js';
import driverKind from './falco/driver-kind.js';
import invalidChartVersion from './falco/invalid-chart-version.js';
import k8sMetadataNodeFilter from './falco/k8s-metadata-node-filter.js';
import openVersionRange from './falco/open-version-range.js';
import removedValue from './falco/removed-value.js';
import renderBlockingValue from './falco/render-blocking-value.js';
import removedCliOption from './falco/removed-cli-option.js';
import unknownChartVersion from './falco/unknown-chart-version.js';
import unknownValue from './falco/unknown-value.js';
import versionAdvisory from './falco/version-advisory.js';
import removedApi from './flux/removed-api.js';
import removedField from './flux/removed-field.js';
import duplicateKey from './helmvet/duplicate-key.js';
import unreadableFile from './helmvet/unreadable-file.js';
import unresolvedReference from './helmvet/unresolved-reference.js';
import unusedSuppression from './helmvet/unused-suppression.js';
import yamlSyntax from './helmvet/yaml-syntax.js';
import installKernelArgsIgnored from './talos/install-kernel-args-ignored.js';
import lockdownNoEffect from './talos/lockdown-no-effect.js';
import lockdownRemoved from './talos/lockdown-removed.js';
import securebootKmod from './talos/secureboot-kmod.js';
import securebootLockdown from './talos/secureboot-lockdown.js';

export const RULES: readonly Rule[] = [
  versionAdvisory,
  renderBlockingValue,
  removedValue,
  unknownValue,
  driverKind,
  openVersionRange,
  k8sMetadataNodeFilter,
  removedCliOption,
  removedApi,
  removedField,
  baseSyscallsRepair,
  cpuLimit,
  securebootLockdown,
  securebootKmod,
  lockdownNoEffect,
  lockdownRemoved,
  installKernelArgsIgnored,
  unknownChartVersion,
  invalidChartVersion,
  yamlSyntax,
  duplicateKey,
  unreadableFile,
  unresolvedReference,
  unusedSuppression,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
