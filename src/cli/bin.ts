// The executable entry bundled into dist/helmvet.js.
import { main } from './main.js';

// A reader that stops early (`helmvet migrate | head -1`) closes the pipe: what is left unwritten has no reader, so
// helmvet stops without a word, as `ls | head` does, instead of dying of an unhandled EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

process.exitCode = await main(process.argv.slice(2));
