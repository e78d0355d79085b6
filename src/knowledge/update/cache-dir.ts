// Where helmvet keeps what `helmvet knowledge update` learned: HELMVET_CACHE_DIR, else the XDG cache directory.
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/**
 * `$HELMVET_CACHE_DIR` (resolved against the working directory), else `$XDG_CACHE_HOME/helmvet`, else
 * `~/.cache/helmvet`. A relative XDG_CACHE_HOME is ignored, as the XDG Base Directory spec says.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  if (env.HELMVET_CACHE_DIR) return resolve(env.HELMVET_CACHE_DIR);
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'helmvet');
  return join(home, '.cache', 'helmvet');
}
