// helmvet on real repositories, where users wait: the 8 largest repositories of ../shared/repos (when it is beside the
// project), each linted on its own and all of them together as one 7,000-file repository, side by side with a bare
// parse of the same files, yamllint, and the same file in a repository of its own.
//   node bench/repos.mjs          every measure (about 10 minutes on 2 cores; BENCH_SKIP_YAMLLINT=1 saves most)
// Writes bench/out/repos.md and bench/out/repos.json. Medians of RUNS runs taken in turns (A B A B …, so that a machine
// slowing down moves both alike), with the spread (min–max) of each. See bench/README.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = join(ROOT, 'bench/out');
// HELMVET_BIN: another build to measure (an older checkout's dist/helmvet.js), for figures before and after.
const CLI = resolve(process.env.HELMVET_BIN ?? join(ROOT, 'dist/helmvet.js'));
const MEASURE = join(ROOT, 'bench/measure-child.mjs');
const BARE = join(ROOT, 'bench/bare-parse.mjs');
const REPOS = resolve(ROOT, process.env.HELMVET_REPOS ?? '../shared/repos');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LARGEST = 8;
const YAMLLINT = !process.env.BENCH_SKIP_YAMLLINT && spawnSync('yamllint', ['--version']).status === 0;
/** The targets, as ratios of two commands measured in one run (absolute times move with the machine). */
const TARGETS = {
  lintVsParse: 1.0,
  stagedVsAlone: 1.3,
  checkVsLint: 1.5,
  stagedCheckVsAlone: 1.3,
  startup: 1.5,
  rssMB: 200,
};

if (!existsSync(CLI)) throw new Error('dist/helmvet.js is missing: npm run build first');
if (!existsSync(join(REPOS, 'INDEX.tsv'))) {
  console.log(`bench/repos.mjs: ${REPOS} is not there; nothing measured`);
  process.exit(0);
}
mkdirSync(OUT, { recursive: true });
const work = mkdtempSync(join(os.tmpdir(), 'helmvet-bench-repos-'));
// The copies of the repositories and helmvet's caches, removed however the run ends.
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (xs) => [Math.min(...xs), Math.max(...xs)];

/** One run of `node ARGS` (a script and its arguments): wall milliseconds and the process's peak RSS. */
function node(args, cwd, env = {}) {
  const result = join(work, `m-${process.pid}.json`);
  rmSync(result, { force: true });
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [MEASURE, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    // A cache of the run's own unless one is named: the user's ~/.cache/helmvet must not change what is measured.
    env: { ...process.env, BENCH_RESULT: result, NO_COLOR: '1', HELMVET_CACHE_DIR: join(work, 'cache'), ...env },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (![0, 1].includes(r.status ?? -1) || !existsSync(result))
    throw new Error(`node ${args.join(' ')} in ${cwd}: exit ${r.status}\n${r.stderr}`);
  return { ms, rssMB: JSON.parse(readFileSync(result, 'utf8')).maxRssMB };
}
/** One run of another program: wall milliseconds. */
function program(cmd, args, cwd) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (![0, 1].includes(r.status ?? -1))
    throw new Error(`${cmd} ${args.join(' ')} in ${cwd}: exit ${r.status}\n${r.stderr}`);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6 };
}
/** A and B in turns, RUNS times: their medians, spreads, and the ratio of the medians. */
function pair(a, b, runs = RUNS) {
  const as = [];
  const bs = [];
  for (let i = 0; i < runs; i++) {
    as.push(a());
    bs.push(b());
  }
  const am = median(as.map((x) => x.ms));
  const bm = median(bs.map((x) => x.ms));
  return {
    a: { ms: am, spread: spread(as.map((x) => x.ms)), rssMB: Math.max(...as.map((x) => x.rssMB ?? 0)) },
    b: { ms: bm, spread: spread(bs.map((x) => x.ms)), rssMB: Math.max(...bs.map((x) => x.rssMB ?? 0)) },
    ratio: am / bm,
  };
}
const git = (cwd, ...args) => execFileSync('git', args, { cwd, stdio: 'ignore' });
function asRepository(dir) {
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  return dir;
}

// The repositories: the 8 largest, each a git repository of its own, and all of them in one.
const index = readFileSync(join(REPOS, 'INDEX.tsv'), 'utf8')
  .trimEnd()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t'));
const largest = index
  .sort((a, b) => Number(b[3]) - Number(a[3]))
  .slice(0, LARGEST)
  .map((r) => r[0]);
const merged = join(work, 'merged');
const each = largest.map((name) => {
  cpSync(join(REPOS, name), join(merged, name), { recursive: true });
  const dir = join(work, 'each', name);
  cpSync(join(REPOS, name), dir, { recursive: true });
  return { name, dir: asRepository(dir) };
});
asRepository(merged);
// The staged file: the Falco HelmRelease of the largest repository, and that file in a repository of its own.
const stagedRepo =
  largest.find((name) => existsSync(join(REPOS, name, 'kubernetes/platform/falco/falco/app/helmrelease.yaml'))) ??
  largest[0];
const stagedPath = 'kubernetes/platform/falco/falco/app/helmrelease.yaml';
const staged = `${stagedRepo}/${stagedPath}`;
const alone = join(work, 'alone');
mkdirSync(join(alone, 'app'), { recursive: true });
cpSync(join(REPOS, stagedRepo, stagedPath), join(alone, 'app/helmrelease.yaml'));
asRepository(alone);
const cache = (name) => ({ HELMVET_CACHE_DIR: join(work, `cache-${name}`) });
const lintArgs = ['lint', '--format', 'json', '--fail-on', 'none'];
const results = {
  machine: `${os.cpus()[0]?.model.trim()} x ${os.cpus().length}, Node ${process.version}`,
  runs: RUNS,
  targets: TARGETS,
};

console.log(`${results.machine}; ${largest.length} repositories; the staged file ${staged}`);

// 1. Whole-repository lint against a bare parse of the same files (and yamllint), each repository on its own.
results.whole = each.map(({ name, dir }) => {
  const p = pair(
    () => node([CLI, ...lintArgs, '.'], dir),
    () => node([BARE, '.'], dir),
  );
  const yamllint = YAMLLINT
    ? median(
        Array.from(
          { length: 3 },
          () => program('yamllint', ['-f', 'parsable', '-d', '{extends: default}', '.'], dir).ms,
        ),
      )
    : undefined;
  console.log(
    `whole ${name}: lint ${p.a.ms.toFixed(0)} ms, parse ${p.b.ms.toFixed(0)} ms, ${p.ratio.toFixed(2)}x; ${p.a.rssMB.toFixed(0)} MB`,
  );
  return { name, lint: p.a, parse: p.b, ratio: p.ratio, yamllintMs: yamllint };
});
// 2. One staged file in the 7,000-file repository against the same file in a repository of its own: the first run in a
// new cache, and the next ones.
const stagedArgs = ['lint', '--no-error-on-unmatched-pattern', '--format', 'json', '--fail-on', 'none'];
let coldRun = 0;
results.stagedCold = pair(
  () => node([CLI, ...stagedArgs, staged], merged, cache(`cold-${coldRun++}`)),
  () => node([CLI, ...stagedArgs, 'app/helmrelease.yaml'], alone, cache('alone')),
);
node([CLI, ...stagedArgs, staged], merged, cache('warm'));
results.stagedWarm = pair(
  () => node([CLI, ...stagedArgs, staged], merged, cache('warm')),
  () => node([CLI, ...stagedArgs, 'app/helmrelease.yaml'], alone, cache('alone')),
);
console.log(
  `staged: cold ${results.stagedCold.ratio.toFixed(2)}x, warm ${results.stagedWarm.ratio.toFixed(2)}x of the file alone`,
);
// 3. migrate --check against lint, on the merged repository and on the largest; and with the staged file named.
results.check = [{ name: 'all 8 in one', dir: merged }, each[0]].map(({ name, dir }) => {
  const p = pair(
    () => node([CLI, 'migrate', '--check'], dir),
    () => node([CLI, ...lintArgs, '.'], dir),
  );
  console.log(`migrate --check ${name}: ${p.ratio.toFixed(2)}x of lint`);
  return { name, check: p.a, lint: p.b, ratio: p.ratio };
});
node([CLI, 'migrate', '--check', staged], merged, cache('warm'));
results.stagedCheck = pair(
  () => node([CLI, 'migrate', '--check', staged], merged, cache('warm')),
  () => node([CLI, ...stagedArgs, 'app/helmrelease.yaml'], alone, cache('alone')),
);
console.log(`migrate --check of the staged file: ${results.stagedCheck.ratio.toFixed(2)}x of linting it alone`);
// 4. Start-up.
results.startup = pair(
  () => node([CLI, '--version'], ROOT),
  () => node([join(ROOT, 'bench/empty.mjs')], ROOT),
  10,
);
console.log(`startup: ${results.startup.ratio.toFixed(2)}x of node running an empty script`);
// 5. Memory: the whole-repository set, all of it in one, and 5,000 generated files.
const gen = join(work, 'generated-5000');
generate(gen, 5000, 42);
results.memory = {
  merged: node([CLI, ...lintArgs, '.'], merged).rssMB,
  largestEach: Math.max(...results.whole.map((w) => w.lint.rssMB)),
  generated5000: node([CLI, ...lintArgs, '.'], gen).rssMB,
};
console.log(`memory: ${JSON.stringify(results.memory)}`);

// The report.
const f = (ms) => `${Math.round(ms)} ms`;
const sp = (m) => `${f(m.ms)} (${Math.round(m.spread[0])}–${Math.round(m.spread[1])})`;
const mark = (ok) => (ok ? 'met' : '**missed**');
const ratios = results.whole.map((w) => w.ratio);
const md = [
  `# helmvet on real repositories`,
  '',
  `${results.machine}; medians of ${RUNS} runs taken in turns, (min–max).`,
  '',
  '| repository | files | lint | bare parse | lint / parse | yamllint | lint peak RSS |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...results.whole.map(
    (w) =>
      `| ${w.name} | ${index.find((r) => r[0] === w.name)[3]} | ${sp(w.lint)} | ${sp(w.parse)} | ${w.ratio.toFixed(2)}x | ${w.yamllintMs ? f(w.yamllintMs) : 'n/a'} | ${w.lint.rssMB.toFixed(0)} MB |`,
  ),
  '',
  '| measure | helmvet | against | ratio | target | |',
  '| --- | --- | --- | --- | --- | --- |',
  `| whole-repository lint, median of the ${LARGEST} ratios | | bare parse | ${median(ratios).toFixed(2)}x (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) | ${TARGETS.lintVsParse}x | ${mark(median(ratios) <= TARGETS.lintVsParse)} |`,
  `| one staged file in all ${LARGEST} in one, first run (new cache) | ${sp(results.stagedCold.a)} | the file alone ${sp(results.stagedCold.b)} | ${results.stagedCold.ratio.toFixed(2)}x | ${TARGETS.stagedVsAlone}x | ${mark(results.stagedCold.ratio <= TARGETS.stagedVsAlone)} |`,
  `| one staged file in all ${LARGEST} in one, next runs | ${sp(results.stagedWarm.a)} | the file alone ${sp(results.stagedWarm.b)} | ${results.stagedWarm.ratio.toFixed(2)}x | ${TARGETS.stagedVsAlone}x | ${mark(results.stagedWarm.ratio <= TARGETS.stagedVsAlone)} |`,
  ...results.check.map(
    (c) =>
      `| migrate --check, ${c.name} | ${sp(c.check)} | lint ${sp(c.lint)} | ${c.ratio.toFixed(2)}x | ${TARGETS.checkVsLint}x | ${mark(c.ratio <= TARGETS.checkVsLint)} |`,
  ),
  `| migrate --check of the staged file | ${sp(results.stagedCheck.a)} | linting it alone ${sp(results.stagedCheck.b)} | ${results.stagedCheck.ratio.toFixed(2)}x | ${TARGETS.stagedCheckVsAlone}x | ${mark(results.stagedCheck.ratio <= TARGETS.stagedCheckVsAlone)} |`,
  `| helmvet --version | ${sp(results.startup.a)} | node, an empty script ${sp(results.startup.b)} | ${results.startup.ratio.toFixed(2)}x | ${TARGETS.startup}x | ${mark(results.startup.ratio <= TARGETS.startup)} |`,
  `| peak RSS: largest repository alone / all ${LARGEST} in one / 5,000 generated files | ${results.memory.largestEach.toFixed(0)} / ${results.memory.merged.toFixed(0)} / ${results.memory.generated5000.toFixed(0)} MB | | | under ${TARGETS.rssMB} MB | ${mark(Math.max(results.memory.largestEach, results.memory.merged, results.memory.generated5000) < TARGETS.rssMB)} |`,
  '',
];
const name = process.env.BENCH_NAME ?? 'repos';
writeFileSync(join(OUT, `${name}.md`), md.join('\n'));
writeFileSync(join(OUT, `${name}.json`), JSON.stringify(results, null, 2));
console.log(md.join('\n'));
