// helmvet's version: put in by the build (scripts/build.mjs) and by vitest (vitest configs), from package.json.
declare const __HELMVET_VERSION__: string;

export const VERSION: string = __HELMVET_VERSION__;
