// Known-bad versions of the chart, Falco or a plugin the chart runs, driven by the advisories in src/knowledge/advisories/.
import { defaultComponent, loadAdvisories, shortRef, type LoadedAdvisory } from '../../knowledge/advisories.js';
import type { ChartVersion } from '../../knowledge/charts.js';
import type { Knowledge } from '../../knowledge/index.js';
import { pluginTag } from '../../knowledge/plugins.js';
import { containerPluginLoaded, k8smetaPluginLoaded, userPluginRefs } from '../../resolve/plugins.js';
import { runsOf, type Runs } from '../../resolve/runs.js';
import { effectiveDriver } from '../../resolve/driver.js';
import { severityRank, type Severity } from '../../findings.js';
import { scalarAt, type VNode } from '../../model/values.js';
import { advisoryApplies } from '../../resolve/advisory-conditions.js';
import type { ResolvedImage } from '../../resolve/images.js';
import type { ResolvedRelease } from '../../resolve/resolve.js';
import { createRule, message, type RuleContext } from '../create-rule.js';

const ADVISORIES_URL = 'https://github.com/helmvet/helmvet/tree/main/src/knowledge/advisories';

/** The advisories this helmvet knows, as `helmvet explain` prints them after the rule's page. */
function advisoryTable(advisories: readonly LoadedAdvisory[]): string {
  const conditions = (a: LoadedAdvisory) =>
    [
      a.drivers && `driver ${a.drivers.join(' or ')}`,
      a.plugins && `the chart loads the ${a.plugins.join(' and ')} plugin`,
      a.values && 'values as its file says',
      a.kernel && `Linux ${a.kernel}, where a talconfig tells the kernel`,
      a.nodeNames && 'a node name a talconfig gives matches',
    ]
      .filter(Boolean)
      .join('; ') || 'none';
  const rows = advisories.map(
    (a) =>
      `| ${shortRef(a.references[0]!)}: ${a.title} | ${COMPONENT_NAME[a.component]} ${a.affected.map((x) => x.range).join(', ')} | ${a.fixedIn} | ${conditions(a)} | ${a.severity ?? 'error'} |`,
  );
  return [
    '',
    '## The advisories this helmvet knows',
    '',
    '| advisory | affected | fixed in | condition | severity |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...advisories.map((a) => `- ${shortRef(a.references[0]!)}: ${a.references.join(', ')}`),
    '',
  ].join('\n');
}

const COMPONENT_NAME = {
  chart: 'chart',
  falco: 'Falco',
  'plugin:container': 'container plugin',
  'plugin:k8smeta': 'k8smeta plugin',
} as const;
type Plugin = 'container' | 'k8smeta';
const pluginOf = (a: LoadedAdvisory): Plugin | undefined =>
  a.component === 'plugin:container' ? 'container' : a.component === 'plugin:k8smeta' ? 'k8smeta' : undefined;

/**
 * The version of the advisory's component that runs (resolve/runs.ts): the chart, its Falco or the Falco image.tag
 * pins, or the plugin it loads; undefined when it runs none, the user pins the plugin, or the pin names no version.
 */
function componentOf(advisory: LoadedAdvisory, chart: ChartVersion, runs: Runs): string | undefined {
  switch (advisory.component) {
    case 'chart':
      return chart.version;
    case 'falco':
      return runs.falco.version ?? undefined;
    case 'plugin:container':
      return runs.container.loaded && !runs.container.userRef ? (runs.container.version ?? undefined) : undefined;
    case 'plugin:k8smeta':
      return runs.k8smeta.loaded && !runs.k8smeta.userRef ? (runs.k8smeta.version ?? undefined) : undefined;
  }
}

/** The first stable chart version, after the last affected one, whose default component is fixed. */
function firstFixedChart(advisory: LoadedAdvisory, knowledge: Knowledge): ChartVersion | undefined {
  const charts = knowledge.charts.filter((c) => !c.prerelease);
  let last = -1;
  charts.forEach((c, i) => {
    const v = defaultComponent(advisory, c);
    if (v && advisory.affects(v)) last = i;
  });
  if (last < 0) return undefined;
  return charts.slice(last + 1).find((c) => {
    const v = defaultComponent(advisory, c);
    return !!v && !advisory.affects(v);
  });
}

/** What the messages say of an advisory: its words and its fix. */
type Defect = {
  advisory: string;
  ref: string;
  name: string;
  component: string;
  when: string | null;
  effect: string;
  fixedIn: string;
  firstFixedChart: string | null;
  action: string;
};

function defectData(advisory: LoadedAdvisory, effect: string, knowledge: Knowledge): Defect {
  const first = advisory.component === 'chart' ? undefined : firstFixedChart(advisory, knowledge);
  return {
    advisory: advisory.id,
    ref: shortRef(advisory.references[0]!),
    name: advisory.title,
    component: COMPONENT_NAME[advisory.component],
    when: advisory.when ?? null,
    effect,
    fixedIn: advisory.fixedIn,
    firstFixedChart: first?.version ?? null,
    action: advisory.action,
  };
}

/** `when …, it spins … (falco#3610)` */
const defect = (d: Defect) => `${d.when ? `${d.when}, ` : ''}it ${d.effect} (${d.ref})`;
/** `Fixed in container plugin 0.3.4, first in chart 6.2.2` */
const fixed = (d: Defect) =>
  `Fixed in ${d.component} ${d.fixedIn}${d.firstFixedChart ? `, first in chart ${d.firstFixedChart}` : ''}`;

function span(list: readonly ChartVersion[]): string {
  const first = list[0]!.version;
  const last = list[list.length - 1]!.version;
  return first === last ? first : `${first} to ${last}`;
}

/** The advisory's own severity where it applies; never above `cap`. */
function severityOf(advisory: LoadedAdvisory, cap: Severity = 'error'): Severity {
  const own = advisory.severity ?? 'error';
  return severityRank[own] <= severityRank[cap] ? own : cap;
}

type Installed = Defect & {
  constraint: string;
  pins: boolean;
  chart: string;
  falco: string | null;
  falcoPinned: boolean;
  version: string;
  condition: string;
  openAbove: boolean;
  newest: string;
};
/** `chart 4.22.0 (Falco 0.41.0), which runs container plugin 0.2.4`; a Falco image.tag pins is said to be pinned. */
function runs(d: Installed): string {
  if (d.component === 'chart') return `chart ${d.chart}`;
  if (d.component === 'Falco')
    return d.falcoPinned
      ? `chart ${d.chart} with image.tag pinning Falco ${d.version}`
      : `chart ${d.chart}, which deploys Falco ${d.version}`;
  return `chart ${d.chart} (Falco ${d.falco ?? 'of the image.tag pin'}), which runs ${d.component} ${d.version}`;
}

const messages = {
  installed: message<Installed>({
    title: (d) => `"${d.constraint}" ${d.pins ? 'pins' : 'installs'} ${d.component} ${d.version}, affected by ${d.ref}`,
    why: (d) =>
      `"${d.constraint}" ${d.pins ? 'pins' : 'resolves to'} ${runs(d)}${d.condition}${d.openAbove ? ` as far as helmvet knows (newest known ${d.newest}; the range admits newer)` : ''}: ${defect(d)}`,
    help: (d) => `${fixed(d)}: ${d.action}`,
  }),
  admitted: message<Defect & { constraint: string; installed: string; affected: string; count: number }>({
    title: (d) => `"${d.constraint}" also admits chart ${d.affected}, affected by ${d.ref}`,
    why: (d) =>
      `it installs chart ${d.installed} today, but a stale or mirrored index would install one of those, which ${d.count === 1 ? 'has' : 'have'} the defect "${d.name}"`,
    help: (d) => `${fixed(d)}: raise the lower bound past the affected versions`,
  }),
  pinned: message<Defect & { version: string; condition: string }>({
    title: (d) => `${d.component} ${d.version} is pinned here, affected by ${d.ref}`,
    why: (d) => `${d.condition ? `${d.condition.trim()}: ` : ''}${defect(d)}`,
    help: (d) => `${fixed(d)}: ${d.action}`,
  }),
  imageTag: message<Defect & { chart: string; chartFalco: string; falco: string; condition: string }>({
    title: (d) => `image.tag pins Falco ${d.falco}, affected by ${d.ref}`,
    why: (d) =>
      `chart ${d.chart} would deploy Falco ${d.chartFalco}, but image.tag runs Falco ${d.falco}${d.condition}: ${defect(d)}`,
    help: (d) => `Fixed in Falco ${d.fixedIn}: pin image.tag to ${d.fixedIn} or newer, or remove the pin`,
  }),
  image: message<Defect & { workload: string; falco: string; image: string; condition: string }>({
    title: (d) => `Falco ${d.falco} from image ${d.image} is affected by ${d.ref}`,
    why: (d) => `${d.workload} runs it without the falco chart${d.condition}: ${defect(d)}`,
    help: (d) => `Fixed in Falco ${d.fixedIn}: use a Falco ${d.fixedIn} or newer image tag`,
  }),
};

/** What each chart a range admits would run with the release's values: worked out once per release, not per advisory. */
const admittedRuns = new WeakMap<ResolvedRelease, Map<ChartVersion, Runs>>();
function runsAt(r: ResolvedRelease, chart: ChartVersion): Runs {
  let byChart = admittedRuns.get(r);
  if (!byChart) admittedRuns.set(r, (byChart = new Map<ChartVersion, Runs>()));
  let runs = byChart.get(chart);
  if (!runs) byChart.set(chart, (runs = runsOf(r.release.values, chart)));
  return runs;
}

function checkRelease(ctx: RuleContext<typeof messages>, r: ResolvedRelease, advisory: LoadedAdvisory) {
  const values = r.release.values;
  const installed = r.installed;
  const running = r.runs;
  if (!installed || !running || r.status !== 'resolved') return;
  const where = advisoryApplies(advisory, {
    values,
    chart: installed,
    driver: running.driver?.kind,
    chartValues: true,
    talos: ctx.model.talos,
  });
  if (where === undefined) return;
  const v = componentOf(advisory, installed, running);
  const effect = v ? advisory.affects(v) : undefined;
  // A Falco that image.tag pins: at the pin, which is what to change.
  const tag = advisory.component === 'falco' && running.falco.pinned ? scalarAt(values, ['image', 'tag']) : undefined;
  if (effect && v && tag) {
    ctx.report({
      span: tag.span,
      severity: severityOf(advisory),
      messageId: 'imageTag',
      data: {
        ...defectData(advisory, effect, ctx.knowledge),
        chart: installed.version,
        chartFalco: installed.falco,
        falco: v,
        condition: where,
      },
      references: advisory.references,
    });
    return;
  }
  if (effect && v) {
    ctx.report({
      span: r.span,
      severity: severityOf(advisory, r.openAbove ? 'warning' : 'error'),
      messageId: 'installed',
      data: {
        ...defectData(advisory, effect, ctx.knowledge),
        constraint: r.constraint,
        pins: r.exact,
        chart: installed.version,
        falco: running.falco.version,
        falcoPinned: running.falco.pinned,
        version: v,
        condition: where,
        openAbove: r.openAbove,
        newest: ctx.knowledge.newest.version,
      },
      references: advisory.references,
    });
    return;
  }
  // What the range admits but does not install is info; where falco/open-version-range already says the range is
  // open to every major, it is not repeated; and an advisory that is itself only info is not worth it there.
  if (r.exact || r.anyMajor || severityOf(advisory) === 'info') return;
  const componentAt = (c: ChartVersion) => {
    const there = runsAt(r, c);
    const cv = componentOf(advisory, c, there);
    return cv !== undefined &&
      advisory.affects(cv) !== undefined &&
      advisoryApplies(advisory, {
        values,
        chart: c,
        driver: there.driver?.kind,
        chartValues: true,
        talos: ctx.model.talos,
      }) !== undefined
      ? cv
      : undefined;
  };
  const affected = r.admitted.flatMap((c) => {
    const cv = componentAt(c);
    return cv === undefined ? [] : [{ chart: c, version: cv }];
  });
  if (affected.length === 0) return;
  const bad = affected.map((a) => a.chart);
  const firstBad = affected[0]!.version;
  ctx.report({
    span: r.span,
    severity: 'info',
    messageId: 'admitted',
    data: {
      ...defectData(advisory, advisory.affects(firstBad)!, ctx.knowledge),
      constraint: r.constraint,
      installed: installed.version,
      affected: span(bad),
      count: bad.length,
    },
    references: advisory.references,
  });
}

/** Refs the user pins by hand: an affected one is an error at the ref itself. */
function checkUserRefs(
  ctx: RuleContext<typeof messages>,
  values: VNode | undefined,
  chart: ChartVersion | undefined,
  advisory: LoadedAdvisory,
) {
  const plugin = pluginOf(advisory);
  if (!plugin) return;
  const loaded = plugin === 'container' ? containerPluginLoaded(values, chart) : k8smetaPluginLoaded(values, chart);
  if (!loaded) return;
  const refs = userPluginRefs(values, plugin);
  if (refs.length === 0) return;
  const where = advisoryApplies(advisory, {
    values,
    chart,
    driver: effectiveDriver(values, chart)?.kind,
    chartValues: true,
    talos: ctx.model.talos,
  });
  if (where === undefined) return;
  for (const ref of refs) {
    const tag = pluginTag(String(ref.value), plugin);
    const effect = tag ? advisory.affects(tag) : undefined;
    if (!effect || !tag) continue;
    ctx.report({
      span: ref.span,
      severity: severityOf(advisory),
      messageId: 'pinned',
      data: { ...defectData(advisory, effect, ctx.knowledge), version: tag, condition: where },
      references: advisory.references,
    });
  }
}

/**
 * Falco run from its image, without the falco chart: the advisories of Falco itself, at the image tag. Which driver
 * and plugins it loads is in its own falco.yaml, which helmvet does not read: advisories that need them are left out.
 */
function checkImage(ctx: RuleContext<typeof messages>, img: ResolvedImage, advisory: LoadedAdvisory) {
  if (advisory.component !== 'falco' || !img.falco) return;
  const effect = advisory.affects(img.falco);
  const where = effect
    ? advisoryApplies(advisory, {
        values: undefined,
        chart: undefined,
        driver: undefined,
        chartValues: false,
        talos: ctx.model.talos,
      })
    : undefined;
  if (!effect || where === undefined) return;
  ctx.report({
    span: img.image.span,
    severity: severityOf(advisory),
    messageId: 'image',
    data: {
      ...defectData(advisory, effect, ctx.knowledge),
      workload: img.image.title,
      falco: img.falco,
      image: img.image.image,
      condition: where,
    },
    references: advisory.references,
  });
}

export default createRule(
  {
    id: 'falco/version-advisory',
    title: 'A release installs a chart, Falco or plugin version with a known defect',
    severity: 'error',
    fixable: false,
    // Each finding carries its advisory's own sources; the rule rests on the advisories, one data file each.
    references: [ADVISORIES_URL],
    // Kernel and node-name conditions are decided on the Talos configs the release meets.
    reads: [{ read: 'talos-configs', when: 'falco-release' }],
    explainFromData: () => advisoryTable(loadAdvisories()),
    messages,
  },
  (ctx) => {
    for (const advisory of ctx.knowledge.advisories) {
      for (const r of ctx.releases) {
        checkRelease(ctx, r, advisory);
        checkUserRefs(ctx, r.release.values, r.installed, advisory);
      }
      for (const s of ctx.model.standaloneValues) checkUserRefs(ctx, s.values, undefined, advisory);
      for (const img of ctx.images) checkImage(ctx, img, advisory);
    }
  },
);
