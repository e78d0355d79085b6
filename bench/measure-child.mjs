// Runs a script in this process and, at exit, writes {maxRssMB, exitCode} to $BENCH_RESULT: the process's peak
// resident set size, for every Node command run.mjs measures (its time run.mjs takes itself, around the process).
//   BENCH_RESULT=/tmp/r.json node bench/measure-child.mjs SCRIPT [ARGS...]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const resultFile = process.env.BENCH_RESULT;
const [script, ...args] = process.argv.slice(2);
if (!resultFile || !script) {
  console.error('usage: BENCH_RESULT=FILE node bench/measure-child.mjs SCRIPT [ARGS...]');
  process.exit(2);
}
process.on('exit', (code) => {
  const maxRssMB = process.resourceUsage().maxRSS / 1024; // maxRSS is in KiB
  writeFileSync(resultFile, JSON.stringify({ maxRssMB, exitCode: code ?? process.exitCode ?? 0 }));
});
// The target sees the command line it would see when run directly.
process.argv = [process.argv[0], resolve(script), ...args];
await import(pathToFileURL(resolve(script)).href);
