import { createRequire as __helmvetCreateRequire } from 'node:module'; const require = __helmvetCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "helmvet",
  version: "0.1.0",
  description: "Lint and migrate GitOps repositories that deploy Falco: Flux, Argo CD, Kustomize and Talos, checked before merge.",
  license: "Apache-2.0",
  type: "module",
  bin: {
    helmvet: "bin/helmvet.js"
  },
  files: [
    "bin",
    "dist",
    "schemas",
    "docs"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    "lint:code": "eslint .",
    test: "tsc --noEmit && eslint . && vitest run",
    corpus: "vitest run --config vitest.corpus.config.ts",
    "gen:knowledge": "node scripts/gen-knowledge.mjs",
    bench: "node bench/run.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@octokit/rest": "^22.0.1",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    commander: "^14.0.3",
    diff: "^9.0.0",
    ignore: "^7.0.16",
    picocolors: "^1.1.1",
    semver: "^7.8.6",
    tinyglobby: "^0.2.17",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@eslint/js": "^9.39.5",
    "@octokit/openapi": "^23.0.2",
    "@types/node": "^20.19.43",
    "@types/semver": "^7.8.0",
    "ajv-draft-04": "^1.0.0",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    "fast-check": "^4.10.2",
    typescript: "~5.9",
    "typescript-eslint": "^8.73.0",
    vitest: "^4.1.12"
  }
};

// src/version.ts
var VERSION = package_default.version;

export {
  VERSION
};
