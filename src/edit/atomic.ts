// Writes a file so that a reader, or a crash, sees either the old content or the new, never half of it: the new
// content goes to a temporary file beside it, is flushed, takes the old file's mode, and replaces it by rename.
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file-system calls used, so that tests can make any of them fail. */
export type AtomicFs = Pick<
  typeof nodeFs,
  'statSync' | 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'chmodSync' | 'renameSync' | 'rmSync'
>;

export function writeFileAtomic(path: string, content: string | Uint8Array, fs: AtomicFs = nodeFs): void {
  let mode: number | undefined;
  try {
    mode = fs.statSync(path).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  const tmp = join(dirname(path), `.${basename(path)}.helmvet-${process.pid}-${Date.now()}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'wx', mode ?? 0o644);
    try {
      fs.writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (mode !== undefined) fs.chmodSync(tmp, mode);
    fs.renameSync(tmp, path);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
