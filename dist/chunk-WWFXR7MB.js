import { createRequire as __helmvetCreateRequire } from 'node:module'; const require = __helmvetCreateRequire(import.meta.url);
import {
  SEVERITIES
} from "./chunk-HMWWCMAS.js";

// src/report/phrases.ts
function countBySeverity(result) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of result.findings) counts[finding.severity]++;
  return counts;
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function countsText(counts, decorate = (_severity, text) => text) {
  return SEVERITIES.map(
    (severity) => decorate(severity, severity === "info" ? `${counts.info} info` : plural(counts[severity], severity))
  ).join(", ");
}
function fixableCount(result) {
  return result.findings.filter((finding) => finding.fix?.kind === "safe").length;
}
function installedText(release) {
  const installed = release.installed;
  if (release.status !== "resolved" || !installed) return void 0;
  const parts = [`chart ${installed.chart}`, `Falco ${installed.falco}${installed.falcoPinned ? " (image.tag)" : ""}`];
  if (installed.containerPlugin) parts.push(`container plugin ${installed.containerPlugin}`);
  if (installed.k8smetaPlugin) parts.push(`k8smeta ${installed.k8smetaPlugin}`);
  return parts.join(" \xB7 ");
}

export {
  countBySeverity,
  plural,
  countsText,
  fixableCount,
  installedText
};
