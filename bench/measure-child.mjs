// Runs a script in this process and, at exit, writes {wallMs, maxRssMB, exitCode} to $BENCH_RESULT.
//   BENCH_RESULT=/tmp/r.json node bench/measure-child.mjs SCRIPT [ARGS...]
// wallMs counts from the process's start (performance.timeOrigin), so Node's own start-up is included;
// maxRssMB is the process's peak resident set size. Every measurement in run.mjs goes through here.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const resultFile = process.env.BENCH_RESULT;
const [script, ...args] = process.argv.slice(2);
if (!resultFile || !script) {
  console.error('usage: BENCH_RESULT=FILE node bench/measure-child.mjs SCRIPT [ARGS...]');
  process.exit(2);
}
process.on('exit', (code) => {
  const wallMs = performance.now();
  const maxRssMB = process.resourceUsage().maxRSS / 1024; // maxRSS is in KiB
  writeFileSync(resultFile, JSON.stringify({ wallMs, maxRssMB, exitCode: code ?? process.exitCode ?? 0 }));
});
// The target sees the command line it would see when run directly.
process.argv = [process.argv[0], resolve(script), ...args];
await import(pathToFileURL(resolve(script)).href);
