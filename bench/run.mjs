// helmvet benchmark: lint time against a bare YAML parse of the same files, peak memory, start-up.
//   node bench/run.mjs            N = 1000 and 5000
//   node bench/run.mjs 200 [...]  other sizes
// Writes bench/out/results.md and bench/out/results.json. See bench/README.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = join(ROOT, 'bench/out');
const CLI = join(ROOT, 'dist/helmvet.js');
const MEASURE = join(ROOT, 'bench/measure-child.mjs');
const BARE = join(ROOT, 'bench/bare-parse.mjs');
const RUNS = 3;
const STARTUP_RUNS = 10;
const SEED = Number(process.env.BENCH_SEED ?? 42);
const TARGETS = { ratio: 1.5, startupMs: 150, rssMB: 300, rssAtN: 5000 };

const fail = (message) => {
  console.error(`bench: ${message}`);
  process.exit(1);
};

if (!existsSync(CLI)) fail('dist/helmvet.js is missing; run `npm run build` first');
const sizes = process.argv.slice(2).map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 20)) fail('usage: node bench/run.mjs [N ...]  (each N an integer >= 20)');
if (!sizes.length) sizes.push(1000, 5000);
mkdirSync(OUT, { recursive: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const show = (args) => ['node', ...args.map((a) => (a.startsWith(ROOT) ? relative(ROOT, a) || '.' : a))].join(' ');

/** One run of `node SCRIPT ARGS` inside measure-child.mjs: {wallMs, maxRssMB, stdout}. */
function measure(script, args) {
  const resultFile = join(OUT, `measure-${process.pid}.json`);
  rmSync(resultFile, { force: true });
  const child = spawnSync(process.execPath, [MEASURE, script, ...args], {
    cwd: ROOT,
    env: { ...process.env, BENCH_RESULT: resultFile, NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (child.status !== 0 || !existsSync(resultFile)) {
    fail(`\`${show([script, ...args])}\` failed (exit ${child.status ?? child.signal}) in ${ROOT}\n${child.stderr || child.stdout}`);
  }
  const result = JSON.parse(readFileSync(resultFile, 'utf8'));
  rmSync(resultFile);
  return { ...result, stdout: child.stdout };
}

function repeat(times, script, args) {
  const runs = Array.from({ length: times }, () => measure(script, args));
  return { ms: median(runs.map((r) => r.wallMs)), rssMB: Math.max(...runs.map((r) => r.maxRssMB)), runs, last: runs.at(-1) };
}

const cpus = os.cpus();
const machine = {
  cpu: cpus[0]?.model.trim() ?? 'unknown',
  cpus: cpus.length,
  memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
  node: process.version,
  os: `${os.platform()} ${os.release()}`,
};
console.log(`machine: ${machine.cpu} x ${machine.cpus}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}`);

const rows = [];
for (const n of sizes) {
  const repo = mkdtempSync(join(OUT, `repo-${n}-`));
  const report = join(OUT, `lint-${n}-${process.pid}.json`);
  try {
    generate(repo, n, SEED);
    const parse = repeat(RUNS, BARE, [repo]);
    const parsed = JSON.parse(parse.last.stdout);
    const lint = repeat(RUNS, CLI, ['lint', repo, '--format', 'json', '-o', report, '--fail-on', 'none']);
    const linted = JSON.parse(readFileSync(report, 'utf8'));
    const startup = repeat(STARTUP_RUNS, CLI, ['--version']);
    if (parsed.errors) console.warn(`warning: N=${n}: the bare parse found ${parsed.errors} YAML errors in the generated files`);
    if (linted.files !== parsed.files) console.warn(`warning: N=${n}: helmvet linted ${linted.files} files, the bare parse read ${parsed.files}`);
    const row = {
      n,
      files: parsed.files,
      documents: parsed.documents,
      lintedFiles: linted.files,
      findings: linted.findings.length,
      releases: linted.releases.length,
      parseMs: parse.ms,
      lintMs: lint.ms,
      ratio: lint.ms / parse.ms,
      lintRssMB: lint.rssMB,
      parseRssMB: parse.rssMB,
      startupMs: startup.ms,
      samples: { parseMs: parse.runs.map((r) => r.wallMs), lintMs: lint.runs.map((r) => r.wallMs), startupMs: startup.runs.map((r) => r.wallMs) },
    };
    rows.push(row);
    console.log(`N=${n}: parse ${row.parseMs.toFixed(0)} ms, lint ${row.lintMs.toFixed(0)} ms (${row.ratio.toFixed(2)}x), ` +
      `${row.lintRssMB.toFixed(0)} MB, start-up ${row.startupMs.toFixed(0)} ms; ${row.releases} releases, ${row.findings} findings`);
  } finally {
    rmSync(report, { force: true });
    if (!process.env.BENCH_KEEP) rmSync(repo, { recursive: true, force: true });
  }
}

const ok = (pass) => (pass ? 'met' : '**missed**');
const big = rows.find((r) => r.n === TARGETS.rssAtN);
const worstRatio = Math.max(...rows.map((r) => r.ratio));
const worstStartup = Math.max(...rows.map((r) => r.startupMs));
const md = [
  '# helmvet benchmark',
  '',
  `Machine: ${machine.cpu} x ${machine.cpus}, ${machine.memoryGiB} GiB RAM, Node ${machine.node}, ${machine.os}  `,
  `${new Date().toISOString()}, seed ${SEED}; times are the median of ${RUNS} runs (start-up: ${STARTUP_RUNS}), RSS the maximum.`,
  '',
  '| N | files | bare parse ms | helmvet lint ms | lint/parse | peak RSS MB (lint) | start-up ms |',
  '|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.n} | ${r.files} | ${r.parseMs.toFixed(0)} | ${r.lintMs.toFixed(0)} | ${r.ratio.toFixed(2)} | ${r.lintRssMB.toFixed(0)} | ${r.startupMs.toFixed(0)} |`),
  '',
  'Targets:',
  `- lint within ${TARGETS.ratio}x of the bare parse: ${ok(worstRatio <= TARGETS.ratio)} (worst ${worstRatio.toFixed(2)}x)`,
  `- start-up under ${TARGETS.startupMs} ms: ${ok(worstStartup < TARGETS.startupMs)} (worst ${worstStartup.toFixed(0)} ms)`,
  `- ${TARGETS.rssAtN} files under ${TARGETS.rssMB} MB: ${big ? `${ok(big.lintRssMB < TARGETS.rssMB)} (${big.lintRssMB.toFixed(0)} MB)` : `not measured (run with N=${TARGETS.rssAtN})`}`,
  '',
].join('\n');

writeFileSync(join(OUT, 'results.md'), md);
writeFileSync(join(OUT, 'results.json'), `${JSON.stringify({ machine, date: new Date().toISOString(), seed: SEED, runs: RUNS, startupRuns: STARTUP_RUNS, targets: TARGETS, rows }, null, 2)}\n`);
console.log(`\n${md}`);
console.log('written: bench/out/results.md, bench/out/results.json');
