// Which GitHub repository a checkout belongs to: --repo, GITHUB_REPOSITORY, or the origin remote in .git/config.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RepoName {
  owner: string;
  repo: string;
}

export function parseRepoName(text: string): RepoName | undefined {
  const m = /^([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(text.trim());
  return m ? { owner: m[1]!, repo: m[2]! } : undefined;
}

/** `https://github.com/o/r.git`, `git@github.com:o/r.git`, `ssh://git@host/o/r` → o/r. */
export function repoFromRemote(url: string): RepoName | undefined {
  const m = /[:/]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? { owner: m[1]!, repo: m[2]! } : undefined;
}

export function originOf(gitRoot: string): RepoName | undefined {
  const config = join(gitRoot, '.git', 'config');
  if (!existsSync(config)) return undefined;
  const text = readFileSync(config, 'utf8');
  const section = /\[remote "origin"\]([^[]*)/.exec(text)?.[1] ?? '';
  const url = /^\s*url\s*=\s*(.+)$/m.exec(section)?.[1];
  return url ? repoFromRemote(url) : undefined;
}
