import { createRequire as __helmvetCreateRequire } from 'node:module'; const require = __helmvetCreateRequire(import.meta.url);

// src/cli/errors.ts
var EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 };
var UsageFailure = class extends Error {
};

export {
  EXIT,
  UsageFailure
};
