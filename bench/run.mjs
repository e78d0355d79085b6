// helmvet benchmark, every measure in one run: helmvet lint against a bare YAML parse of the same files and against
// yamllint, on generated repositories and on the corpus; peak memory; growth with the number of files; start-up;
// one changed file as the pre-commit hook lints it.
//   node bench/run.mjs            N = 1000 and 5000, and the corpus
//   node bench/run.mjs 200 [...]  other sizes
// Writes bench/out/results.md and bench/out/results.json. See bench/README.md.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = join(ROOT, 'bench/out');
const CLI = join(ROOT, 'dist/helmvet.js');
const MEASURE = join(ROOT, 'bench/measure-child.mjs');
const BARE = join(ROOT, 'bench/bare-parse.mjs');
/** The corpus of real files, beside the project when it is there (a directory of YAML files, INDEX.tsv). */
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus');
const GNU_TIME = '/usr/bin/time';
/**
 * helmvet's cache directory for this run (the staged-file context summaries), removed at the end: the generated
 * repositories are new each run, and their caches would otherwise pile up in the user's ~/.cache/helmvet.
 */
const CACHE = mkdtempSync(join(os.tmpdir(), 'helmvet-bench-cache-'));
process.on('exit', () => rmSync(CACHE, { recursive: true, force: true }));
const RUNS = 5;
/** The corpus takes half a second a run, where a machine's hiccup weighs most: more runs. */
const CORPUS_RUNS = 15;
/** yamllint is slow (a minute at 5,000 files): fewer runs. */
const YAMLLINT_RUNS = 3;
const STARTUP_RUNS = 10;
const HOOK_RUNS = 5;
const SEED = Number(process.env.BENCH_SEED ?? 42);
/** yamllint's own default configuration, named so that no .yamllint or user configuration changes it. */
const YAMLLINT_CONFIG = '{extends: default}';
const TARGETS = { ratio: 1.5, startupMs: 150, hookMs: 300, rssMB: 300, rssAtN: 5000, growth: 1.2 };

const fail = (message) => {
  console.error(`bench: ${message}`);
  process.exit(1);
};

if (!existsSync(CLI)) fail('dist/helmvet.js is missing; run `npm run build` first');
const sizes = process.argv.slice(2).map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 20))
  fail('usage: node bench/run.mjs [N ...]  (each N an integer >= 20)');
if (!sizes.length) sizes.push(1000, 5000);
sizes.sort((a, b) => a - b);
mkdirSync(OUT, { recursive: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const show = (cmd, args) => [cmd, ...args].map((a) => (a.startsWith(ROOT) ? relative(ROOT, a) || '.' : a)).join(' ');
const elapsedMs = (start) => Number(process.hrtime.bigint() - start) / 1e6;

/** What this machine offers: yamllint's version (or why not), and whether GNU time can report a child's peak RSS. */
function tool(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.status === 0 ? (r.stdout || r.stderr).trim() : undefined;
}
const yamllintVersion = process.env.BENCH_SKIP_YAMLLINT ? undefined : tool('yamllint', ['--version']);
const yamllintMissing = process.env.BENCH_SKIP_YAMLLINT
  ? 'skipped (BENCH_SKIP_YAMLLINT)'
  : 'not installed (apt-get install yamllint)';
const gnuTime = existsSync(GNU_TIME) && tool(GNU_TIME, ['-f', '%M', 'true']) !== undefined;

/**
 * One run of `node SCRIPT ARGS`. Wall time: measured here, from spawning the process to its exit, as for every command
 * of the benchmark. Peak RSS: the process's own ru_maxrss, which bench/measure-child.mjs records at exit.
 */
function measureNode(script, args, { cwd = ROOT, ok = [0] } = {}) {
  const resultFile = join(OUT, `measure-${process.pid}.json`);
  rmSync(resultFile, { force: true });
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [MEASURE, script, ...args], {
    cwd,
    env: { ...process.env, BENCH_RESULT: resultFile, NO_COLOR: '1', HELMVET_CACHE_DIR: CACHE },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = elapsedMs(start);
  if (!ok.includes(child.status) || !existsSync(resultFile)) {
    fail(
      `\`${show('node', [script, ...args])}\` failed (exit ${child.status ?? child.signal}) in ${cwd}\n${child.stderr || child.stdout}`,
    );
  }
  const result = JSON.parse(readFileSync(resultFile, 'utf8'));
  rmSync(resultFile);
  return { ms, rssMB: result.maxRssMB, stdout: child.stdout };
}

/** One run of another program: wall time as above; peak RSS the child's ru_maxrss as GNU time reports it (%M, KiB). */
function measureProgram(cmd, args, { cwd = ROOT, ok = [0] } = {}) {
  const rssFile = join(OUT, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const [exe, argv] = gnuTime ? [GNU_TIME, ['-f', '%M', '-o', rssFile, cmd, ...args]] : [cmd, args];
  const start = process.hrtime.bigint();
  const child = spawnSync(exe, argv, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = elapsedMs(start);
  if (!ok.includes(child.status))
    fail(
      `\`${show(cmd, args)}\` failed (exit ${child.status ?? child.signal}) in ${cwd}\n${child.stderr || child.stdout}`,
    );
  // GNU time writes "Command exited with non-zero status N" before the format when the command fails.
  const rssKiB = gnuTime ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) : NaN;
  rmSync(rssFile, { force: true });
  return { ms, rssMB: Number.isFinite(rssKiB) ? rssKiB / 1024 : undefined, stdout: child.stdout };
}

function repeat(times, run) {
  return summarise(Array.from({ length: times }, run));
}
function summarise(runs) {
  const rss = runs.map((r) => r.rssMB).filter((x) => x !== undefined);
  return {
    ms: median(runs.map((r) => r.ms)),
    rssMB: rss.length ? Math.max(...rss) : undefined,
    runs,
    last: runs.at(-1),
  };
}
const samples = (m) =>
  m && {
    ms: m.runs.map((r) => Math.round(r.ms)),
    rssMB: m.runs.map((r) => (r.rssMB === undefined ? null : Math.round(r.rssMB))),
  };

const cpus = os.cpus();
const machine = {
  cpu: cpus[0]?.model.trim() ?? 'unknown',
  cpus: cpus.length,
  memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
  node: process.version,
  os: `${os.platform()} ${os.release()}`,
  yamllint: yamllintVersion ?? yamllintMissing,
};
console.log(
  `machine: ${machine.cpu} x ${machine.cpus}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}; ${machine.yamllint}`,
);

/** Bare parse and helmvet lint of one tree, `runs` times each, taking turns; yamllint YAMLLINT_RUNS times. */
function measureTree(label, dir, runs = RUNS) {
  const report = join(OUT, `lint-${process.pid}.json`);
  try {
    // Parse and lint take turns, so that the machine slowing down or speeding up during the run moves both alike and
    // leaves their ratio alone.
    const turns = Array.from({ length: runs }, () => [
      measureNode(BARE, [dir]),
      measureNode(CLI, ['lint', dir, '--format', 'json', '-o', report, '--fail-on', 'none']),
    ]);
    const parse = summarise(turns.map(([p]) => p));
    const parsed = JSON.parse(parse.last.stdout);
    const lint = summarise(turns.map(([, l]) => l));
    const linted = JSON.parse(readFileSync(report, 'utf8'));
    let yaml;
    let yamllintFiles;
    if (yamllintVersion) {
      // Exit 1: yamllint found problems (the default configuration checks style too); that is a result, not a failure.
      yaml = repeat(YAMLLINT_RUNS, () =>
        measureProgram('yamllint', ['-f', 'parsable', '-d', YAMLLINT_CONFIG, dir], { ok: [0, 1] }),
      );
      yamllintFiles = measureProgram('yamllint', ['--list-files', '-d', YAMLLINT_CONFIG, dir])
        .stdout.split('\n')
        .filter(Boolean).length;
    }
    if (parsed.errors) console.warn(`warning: ${label}: the bare parse found ${parsed.errors} YAML errors`);
    if (linted.files !== parsed.files)
      console.warn(`warning: ${label}: helmvet linted ${linted.files} files, the bare parse read ${parsed.files}`);
    if (yamllintFiles !== undefined && yamllintFiles !== parsed.files)
      console.warn(`warning: ${label}: yamllint lists ${yamllintFiles} files, the bare parse read ${parsed.files}`);
    return {
      label,
      files: parsed.files,
      documents: parsed.documents,
      findings: linted.findings.length,
      releases: linted.releases.length,
      parseMs: parse.ms,
      lintMs: lint.ms,
      ratio: lint.ms / parse.ms,
      yamllintMs: yaml?.ms,
      yamllintProblems: yaml ? yaml.last.stdout.split('\n').filter(Boolean).length : undefined,
      vsYamllint: yaml ? lint.ms / yaml.ms : undefined,
      parseRssMB: parse.rssMB,
      lintRssMB: lint.rssMB,
      yamllintRssMB: yaml?.rssMB,
      lintMsPerFile: lint.ms / parsed.files,
      parseMsPerFile: parse.ms / parsed.files,
      samples: { parse: samples(parse), lint: samples(lint), yamllint: samples(yaml) },
    };
  } finally {
    rmSync(report, { force: true });
  }
}

/** `helmvet lint FILE` from the repository root, as the pre-commit hook runs it on one staged file. */
function measureHook(dir, file) {
  const rel = relative(dir, file);
  // A warm-up, not counted: it writes the repository's context cache, as the first commit after a change does.
  measureNode(CLI, ['lint', rel], { cwd: dir, ok: [0, 1] });
  const hook = repeat(HOOK_RUNS, () => measureNode(CLI, ['lint', rel], { cwd: dir, ok: [0, 1] }));
  // What that lint saw: the named file only, and the release it takes part in (read from the files around it).
  const json = JSON.parse(
    measureNode(CLI, ['lint', rel, '--format', 'json', '--fail-on', 'none'], { cwd: dir }).stdout,
  );
  return {
    file: rel,
    ms: hook.ms,
    rssMB: hook.rssMB,
    files: json.files,
    releases: json.releases.map((r) => r.title),
    samples: samples(hook),
  };
}

const rows = [];
const hooks = [];
for (const n of sizes) {
  const repo = mkdtempSync(join(OUT, `repo-${n}-`));
  try {
    generate(repo, n, SEED);
    const row = measureTree(`${n.toLocaleString('en')} files`, repo);
    rows.push({ n, ...row });
    const all = readdirSync(repo, { recursive: true }).map(String).sort();
    const release = all.find((p) => /^clusters\/[^/]+\/apps\/falco\/[^/]+\/helmrelease\.yaml$/.test(p));
    const values = all.find((p) => /^values\/[^/]+\/[^/]+\.yaml$/.test(p));
    // The floor of that design: listing and reading every YAML file of the repository, nothing parsed.
    const readAll = repeat(HOOK_RUNS, () => measureNode(BARE, [repo, '--read-only']));
    const hook = {
      n,
      release: measureHook(repo, join(repo, release)),
      values: measureHook(repo, join(repo, values)),
      readAllMs: readAll.ms,
    };
    hooks.push(hook);
    console.log(
      `N=${n}: parse ${row.parseMs.toFixed(0)} ms, lint ${row.lintMs.toFixed(0)} ms (${row.ratio.toFixed(2)}x), ` +
        `yamllint ${row.yamllintMs === undefined ? 'n/a' : `${row.yamllintMs.toFixed(0)} ms`}, lint ${row.lintRssMB.toFixed(0)} MB; ` +
        `one HelmRelease ${hook.release.ms.toFixed(0)} ms, one values file ${hook.values.ms.toFixed(0)} ms (reading every file ${readAll.ms.toFixed(0)} ms); ${row.releases} releases, ${row.findings} findings`,
    );
  } finally {
    if (!process.env.BENCH_KEEP) rmSync(repo, { recursive: true, force: true });
  }
}

// The corpus: real files, copied into a temporary directory outside the project, with a .git to mark its root.
let corpus;
let corpusNote;
if (existsSync(join(CORPUS, 'INDEX.tsv'))) {
  const dir = mkdtempSync(join(os.tmpdir(), 'helmvet-bench-corpus-'));
  try {
    mkdirSync(join(dir, '.git'));
    for (const name of readdirSync(CORPUS))
      if (/\.ya?ml$/.test(name)) copyFileSync(join(CORPUS, name), join(dir, name));
    corpus = measureTree('corpus', dir, CORPUS_RUNS);
    rows.push(corpus);
    console.log(
      `corpus: ${corpus.files} files, parse ${corpus.parseMs.toFixed(0)} ms, lint ${corpus.lintMs.toFixed(0)} ms (${corpus.ratio.toFixed(2)}x), yamllint ${corpus.yamllintMs === undefined ? 'n/a' : `${corpus.yamllintMs.toFixed(0)} ms`}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else {
  corpusNote = `the corpus (${relative(ROOT, CORPUS)}) is not there: not measured`;
  console.log(corpusNote);
}

const startup = repeat(STARTUP_RUNS, () => measureNode(CLI, ['--version']));
console.log(`start-up: ${startup.ms.toFixed(0)} ms`);

// ---------------------------------------------------------------- the report

const ms = (x) => (x === undefined ? 'n/a' : Math.round(x).toLocaleString('en'));
const mb = (x) => (x === undefined ? 'n/a' : Math.round(x).toString());
const x2 = (x) => (x === undefined ? 'n/a' : `${x.toFixed(2)}x`);
const ok = (pass) => (pass ? 'met' : '**missed**');
const generated = rows.filter((r) => r.n !== undefined);
const small = generated[0];
const large = generated.at(-1);
const growth =
  small && large && large !== small
    ? {
        from: small,
        to: large,
        ratio: large.lintMsPerFile / small.lintMsPerFile,
        parseRatio: large.parseMsPerFile / small.parseMsPerFile,
      }
    : undefined;
const big = generated.find((r) => r.n === TARGETS.rssAtN);
const worstRatio = rows.reduce((w, r) => (r.ratio > w.ratio ? r : w));
const yamllintRows = rows.filter((r) => r.vsYamllint !== undefined);
const worstVsYamllint = yamllintRows.length
  ? yamllintRows.reduce((w, r) => (r.vsYamllint > w.vsYamllint ? r : w))
  : undefined;
const hookRuns = hooks.flatMap((h) => [
  { n: h.n, kind: 'HelmRelease', ...h.release },
  { n: h.n, kind: 'values file', ...h.values },
]);
const worstHook = hookRuns.length ? hookRuns.reduce((w, h) => (h.ms > w.ms ? h : w)) : undefined;
const timeNote = gnuTime ? '' : " (GNU time is missing, so yamllint's peak RSS is not measured: apt-get install time)";

const md = [
  '# helmvet benchmark',
  '',
  `Machine: ${machine.cpu} x ${machine.cpus}, ${machine.memoryGiB} GiB RAM, Node ${machine.node}, ${machine.os}; ${machine.yamllint}  `,
  `${new Date().toISOString()}, seed ${SEED}. Times are wall times from spawning the process to its exit, medians of ${RUNS} runs (corpus: ${CORPUS_RUNS}; parse and lint taking turns; yamllint: ${YAMLLINT_RUNS}) ` +
    `(pre-commit: ${HOOK_RUNS}, start-up: ${STARTUP_RUNS}); memory is the highest peak RSS of those runs${timeNote}. ` +
    `yamllint runs with its default configuration (\`-d "${YAMLLINT_CONFIG}"\`, \`-f parsable\`).`,
  '',
  '| tree | files | bare parse ms | helmvet lint ms | lint / parse | yamllint ms | lint / yamllint | peak RSS MB: parse / lint / yamllint | lint ms per file |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.label} | ${r.files.toLocaleString('en')} | ${ms(r.parseMs)} | ${ms(r.lintMs)} | ${x2(r.ratio)} | ${ms(r.yamllintMs)} | ${x2(r.vsYamllint)} | ` +
      `${mb(r.parseRssMB)} / ${mb(r.lintRssMB)} / ${mb(r.yamllintRssMB)} | ${r.lintMsPerFile.toFixed(2)} |`,
  ),
  ...(corpusNote ? ['', `Corpus: ${corpusNote}.`] : []),
  '',
  ...(hooks.length
    ? [
        'One changed file as the pre-commit hook lints it (`helmvet lint FILE` from the repository root, which reads the files around it):',
        '',
        '| tree | one HelmRelease ms | one values file ms | listing and reading every YAML file ms (node, nothing parsed) |',
        '|---|---:|---:|---:|',
        ...hooks.map(
          (h) =>
            `| ${h.n.toLocaleString('en')} files | ${ms(h.release.ms)} | ${ms(h.values.ms)} | ${ms(h.readAllMs)} |`,
        ),
        '',
      ]
    : []),
  `Start-up, \`helmvet --version\`: ${ms(startup.ms)} ms.`,
  ...(growth
    ? [
        '',
        `Growth from ${growth.from.n.toLocaleString('en')} to ${growth.to.n.toLocaleString('en')} files: lint ${(growth.to.lintMs / growth.from.lintMs).toFixed(2)}x the time for ` +
          `${(growth.to.n / growth.from.n).toFixed(0)}x the files, ${growth.from.lintMsPerFile.toFixed(2)} then ${growth.to.lintMsPerFile.toFixed(2)} ms a file ` +
          `(${growth.ratio.toFixed(2)}x; the bare parse ${growth.parseRatio.toFixed(2)}x).`,
      ]
    : []),
  '',
  'Targets:',
  `- lint within ${TARGETS.ratio}x of the bare parse: ${ok(worstRatio.ratio <= TARGETS.ratio)} (worst ${worstRatio.ratio.toFixed(2)}x, ${worstRatio.label})`,
  `- lint faster than yamllint: ${worstVsYamllint ? `${ok(worstVsYamllint.vsYamllint < 1)} (worst ${worstVsYamllint.vsYamllint.toFixed(2)}x its time, ${worstVsYamllint.label})` : `not measured: yamllint ${machine.yamllint}`}`,
  `- start-up under ${TARGETS.startupMs} ms: ${ok(startup.ms < TARGETS.startupMs)} (${startup.ms.toFixed(0)} ms)`,
  `- one changed file under ${TARGETS.hookMs} ms: ${worstHook ? `${ok(worstHook.ms < TARGETS.hookMs)} (worst ${worstHook.ms.toFixed(0)} ms, one ${worstHook.kind} at ${worstHook.n.toLocaleString('en')} files)` : 'not measured'}`,
  `- ${TARGETS.rssAtN.toLocaleString('en')} files under ${TARGETS.rssMB} MB: ${big ? `${ok(big.lintRssMB < TARGETS.rssMB)} (${big.lintRssMB.toFixed(0)} MB)` : `not measured (run with N=${TARGETS.rssAtN})`}`,
  `- linear growth (time per file at most ${TARGETS.growth}x from the smallest to the largest tree): ${growth ? `${ok(growth.ratio <= TARGETS.growth)} (${growth.ratio.toFixed(2)}x)` : 'not measured (needs two sizes)'}`,
  '',
].join('\n');

writeFileSync(join(OUT, 'results.md'), md);
writeFileSync(
  join(OUT, 'results.json'),
  `${JSON.stringify({ machine, date: new Date().toISOString(), seed: SEED, runs: RUNS, hookRuns: HOOK_RUNS, startupRuns: STARTUP_RUNS, targets: TARGETS, rows, hooks, startup: { ms: startup.ms, samples: samples(startup) }, growth: growth && { ratio: growth.ratio, parseRatio: growth.parseRatio } }, null, 2)}\n`,
);
console.log(`\n${md}`);
console.log('written: bench/out/results.md, bench/out/results.json');
