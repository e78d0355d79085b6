// What the rest of helmvet uses of the chart update: the command's engine and the cache it writes.
export { updateKnowledge, DEFAULT_REPO_URL, type UpdateOptions, type UpdateResult } from './update.js';
export {
  readCache,
  writeCache,
  cacheFile,
  CacheError,
  CACHE_FILE,
  CACHE_FORMAT,
  type Cache,
  type CachedChart,
} from './cache.js';
export { cacheDir } from './cache-dir.js';
export { KnowledgeUpdateError } from './errors.js';
export type { ValueKind } from './value-keys.js';
