import { createRequire as __helmvetCreateRequire } from 'node:module'; const require = __helmvetCreateRequire(import.meta.url);

// src/edit/atomic.ts
import * as nodeFs from "node:fs";
import { basename, dirname, join } from "node:path";
function writeFileAtomic(path, content, fs = nodeFs) {
  let mode;
  try {
    mode = fs.statSync(path).mode & 4095;
  } catch {
    mode = void 0;
  }
  const tmp = join(dirname(path), `.${basename(path)}.helmvet-${process.pid}-${Date.now()}.tmp`);
  try {
    const fd = fs.openSync(tmp, "wx", mode ?? 420);
    try {
      fs.writeSync(fd, typeof content === "string" ? Buffer.from(content, "utf8") : content);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (mode !== void 0) fs.chmodSync(tmp, mode);
    fs.renameSync(tmp, path);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

export {
  writeFileAtomic
};
