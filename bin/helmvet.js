#!/usr/bin/env node
// The published entry: the esbuild bundle built by `npm run build` (npm ci runs it through `prepare`).
import '../dist/helmvet.js';
