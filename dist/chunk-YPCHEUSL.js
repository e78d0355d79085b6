import { createRequire as __helmvetCreateRequire } from 'node:module'; const require = __helmvetCreateRequire(import.meta.url);

// src/version.ts
var VERSION = "0.1.0";

export {
  VERSION
};
