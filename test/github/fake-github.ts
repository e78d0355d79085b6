// A local fake of GitHub's REST API for tests. Every request is checked against GitHub's own OpenAPI description
// (@octokit/openapi) and so is every answer the fake gives, so neither the code under test nor the fake can drift from
// GitHub unnoticed. State is kept the way a repository keeps it: git objects under their real git SHA-1, refs, pulls.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { structuredPatch } from 'diff';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';

// CommonJS with `exports.default`: under NodeNext the default import is the whole module.
const addFormats = addFormatsModule.default;

export interface FakeRepo {
  owner: string;
  name: string;
  defaultBranch: string;
  /** path → content of the default branch's first commit */
  files?: Record<string, string>;
  private?: boolean;
}

export interface FakePull {
  number: number;
  title: string;
  body: string;
  head: string;
  base: string;
  state: 'open' | 'closed';
  html_url: string;
}

export interface FakeGitHub {
  /** http://127.0.0.1:<port>, for octokit's `baseUrl`. */
  url: string;
  /** The only token accepted, made per server. */
  token: string;
  /** Every request in order; `path` is percent-decoded (`/git/ref/heads/main` whether or not the slash was %2F). */
  requests: { method: string; path: string; query: Record<string, string>; body: unknown; status: number }[];
  /** Every mismatch with GitHub's OpenAPI description: requests (answered 400) and, prefixed `response:`, the fake's own answers. */
  violations: string[];
  /** A snapshot of a repository's state. */
  repo(
    owner: string,
    name: string,
  ): {
    refs: Map<string, string>; // 'heads/main' → sha
    commits: Map<string, { message: string; tree: string; parents: string[] }>;
    /** Every file of a branch (`main` or `heads/main`) or commit: path → content. */
    files(ref: string): Record<string, string>;
    pulls: FakePull[];
  };
  /** The next request for this operation (a template of GitHub's, e.g. `/repos/{owner}/{repo}/pulls`) gets this answer; once per call. */
  failNext(method: string, pathTemplate: string, status: number, body: object): void;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------------------
// GitHub's OpenAPI description: read once per worker (13 MB, ~0.4 s), schemas compiled on first use.

type Node = { [key: string]: unknown };
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A member of an object or an array (parameters are listed in arrays). */
const child = (v: unknown, key: string): unknown =>
  typeof v === 'object' && v !== null ? (v as Node)[key] : undefined;

interface Param {
  name: string;
  in: string;
  required: boolean;
  type: unknown;
  check: ValidateFunction;
}
interface Operation {
  key: string; // 'POST /repos/{owner}/{repo}/git/refs'
  docs: string;
  params: Param[];
  body: ValidateFunction | undefined;
  bodyRequired: boolean;
  responses: Map<string, ValidateFunction | null>; // status → schema of its JSON body (null: none)
}

// ajv's name for the whole document: the `#/components/…` $refs inside resolve against it.
const SPEC_ID = 'https://api.github.com/openapi.json';

class OpenApi {
  private readonly spec: Node;
  private readonly ajv = new Ajv({
    // GitHub's schemas use keywords strict mode rejects (example, discriminator, …) and formats ajv-formats does not
    // know (repo.nwo, uri-template, …): those are ignored, quietly. `nullable` is built into ajv.
    strict: false,
    allErrors: true,
    validateSchema: false,
    logger: false,
  });
  private readonly templates: { template: string; pattern: RegExp; literal: number }[] = [];
  private readonly operations = new Map<string, Operation>();

  constructor() {
    // The JSON file itself: the package's index.js would load all six descriptions (400 MB).
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
    this.spec = JSON.parse(readFileSync(file, 'utf8')) as Node;
    addFormats(this.ajv);
    this.ajv.addSchema({ ...this.spec, $id: SPEC_ID });
    for (const [template, item] of Object.entries(this.node(['paths']))) {
      // GitHub marks the parameters that may hold slashes (`{ref}` = heads/main, `{path}`, …) with x-multi-segment.
      const multi = new Set<string>();
      for (const method of Object.keys(item as Node)) {
        const params = this.node(['paths', template, method]).parameters;
        for (const [i] of (Array.isArray(params) ? params : []).entries()) {
          const p = this.locate(['paths', template, method, 'parameters', String(i)]);
          if (p?.node['x-multi-segment'] === true) multi.add(String(p.node.name));
        }
      }
      const source = template
        .split(/(\{[^}]+\})/)
        .map((part) =>
          part.startsWith('{')
            ? multi.has(part.slice(1, -1))
              ? '(.+)'
              : '([^/]+)'
            : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'),
        )
        .join('');
      this.templates.push({
        template,
        pattern: new RegExp(`^${source}$`),
        literal: template.replace(/\{[^}]+\}/g, '').length,
      });
    }
  }

  /** The operation for a request, with its path parameters decoded; the most literal template wins. */
  route(method: string, rawPath: string): { op: Operation; params: Record<string, string> } | string {
    let best: { template: string; match: RegExpExecArray; literal: number } | undefined;
    let pathKnown = false;
    for (const t of this.templates) {
      const match = t.pattern.exec(rawPath);
      if (!match) continue;
      pathKnown = true;
      if (this.node(['paths', t.template])[method.toLowerCase()] === undefined) continue;
      if (!best || t.literal > best.literal) best = { template: t.template, match, literal: t.literal };
    }
    if (!best)
      return pathKnown ? `${method} is not an operation of ${rawPath}` : `no operation matches ${method} ${rawPath}`;
    const { template, match } = best;
    const names = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
    const params = Object.fromEntries(names.map((n, i) => [n, safeDecode(match[i + 1] ?? '')]));
    return { op: this.operation(method, template), params };
  }

  operation(method: string, template: string): Operation {
    const key = `${method.toUpperCase()} ${template}`;
    const known = this.operations.get(key);
    if (known) return known;
    const at = ['paths', template, method.toLowerCase()];
    const op = this.node(at);
    if (!isNode(op.responses)) throw new Error(`fake-github: GitHub has no operation ${key}`);
    const params: Param[] = [];
    for (const [i] of (Array.isArray(op.parameters) ? op.parameters : []).entries()) {
      const p = this.locate([...at, 'parameters', String(i)]);
      if (!p) continue;
      const schema = this.locate([...p.at, 'schema']);
      params.push({
        name: String(p.node.name),
        in: String(p.node.in),
        required: p.node.required === true,
        type: schema?.node.type,
        check: this.validator([...p.at, 'schema']),
      });
    }
    const body = this.locate([...at, 'requestBody']);
    const json = body && this.locate([...body.at, 'content', 'application/json', 'schema']);
    const responses = new Map<string, ValidateFunction | null>();
    for (const status of Object.keys(op.responses)) {
      const schema = this.locate([...at, 'responses', status, 'content', 'application/json', 'schema']);
      responses.set(status, schema ? this.validator(schema.at) : null);
    }
    const externalDocs = op.externalDocs;
    const created: Operation = {
      key,
      docs:
        isNode(externalDocs) && typeof externalDocs.url === 'string'
          ? externalDocs.url
          : 'https://docs.github.com/rest',
      params,
      body: json ? this.validator(json.at) : undefined,
      bodyRequired: body?.node.required === true,
      responses,
    };
    this.operations.set(key, created);
    return created;
  }

  /** Problems with a request, as sentences; empty when GitHub would accept its shape. */
  checkRequest(op: Operation, path: Record<string, string>, query: Record<string, string>, body: unknown): string[] {
    const problems: string[] = [];
    for (const p of op.params) {
      const raw = p.in === 'path' ? path[p.name] : p.in === 'query' ? query[p.name] : undefined;
      if (raw === undefined) {
        if (p.required && (p.in === 'path' || p.in === 'query')) problems.push(`missing ${p.in} parameter ${p.name}`);
      } else if (!p.check(coerce(raw, p.type))) {
        problems.push(`${p.in} parameter ${this.text(p.check.errors, p.name)}`);
      }
    }
    // GitHub ignores unknown query parameters; a test should not: they are almost always a misspelling.
    for (const name of Object.keys(query)) {
      if (!op.params.some((p) => p.in === 'query' && p.name === name)) problems.push(`unknown query parameter ${name}`);
    }
    if (!op.body) {
      if (body !== undefined) problems.push('a request body on an operation that takes none');
    } else if (body === undefined) {
      if (op.bodyRequired) problems.push('missing request body');
    } else if (!op.body(body)) {
      problems.push(this.text(op.body.errors, 'body'));
    }
    return problems.map((p) => `${op.key}: ${p}`);
  }

  /** Problems with an answer; statuses GitHub does not list are fine for errors (it lists few), not for successes. */
  checkResponse(op: Operation, status: number, body: unknown): string[] {
    const schema = op.responses.get(String(status));
    if (schema === undefined) return status < 400 ? [`response: ${op.key}: status ${status} is not documented`] : [];
    if (schema === null) return body === undefined ? [] : [`response: ${op.key}: status ${status} has no body`];
    return schema(body) ? [] : [`response: ${op.key} ${status}: ${this.text(schema.errors, 'body')}`];
  }

  private text(errors: ErrorObject[] | null | undefined, dataVar: string): string {
    return this.ajv.errorsText(errors?.slice(0, 5), { dataVar });
  }

  private validator(at: string[]): ValidateFunction {
    const pointer = at.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');
    return this.ajv.getSchema(`${SPEC_ID}#/${pointer}`) ?? this.ajv.compile({ $ref: `${SPEC_ID}#/${pointer}` });
  }

  private node(at: string[]): Node {
    return this.locate(at)?.node ?? {};
  }

  /** Walks the document, following `$ref`s on the way; `at` is where the node really is. */
  private locate(segments: string[]): { node: Node; at: string[] } | undefined {
    let node: unknown = this.spec;
    let at: string[] = [];
    for (const s of segments) {
      node = child(node, s);
      at = [...at, s];
      while (isNode(node) && typeof node.$ref === 'string') {
        at = node.$ref
          .replace(/^#\//, '')
          .split('/')
          .map((x) => x.replace(/~1/g, '/').replace(/~0/g, '~'));
        node = at.reduce<unknown>(child, this.spec);
      }
    }
    return isNode(node) ? { node, at } : undefined;
  }
}

let openapi: OpenApi | undefined;

function coerce(raw: string, type: unknown): unknown {
  if ((type === 'integer' || type === 'number') && raw.trim() !== '' && !Number.isNaN(Number(raw))) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Git objects, hashed exactly as git hashes them: blob ids agree with `git hash-object`.

interface Person {
  name: string;
  email: string;
  date: string;
}
interface Entry {
  mode: string; // as the API shows it: '100644', '040000', …
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}
type GitObject =
  | { type: 'blob'; data: Buffer }
  | { type: 'tree'; entries: Record<string, Entry> }
  | { type: 'commit'; message: string; tree: string; parents: string[]; author: Person; committer: Person };

interface Pull {
  number: number;
  title: string;
  body: string | null;
  head: string;
  base: string;
  headSha: string; // kept for a closed pull request whose branch is gone
  state: 'open' | 'closed';
  draft: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

interface Repo {
  id: number;
  owner: string;
  name: string;
  defaultBranch: string;
  private: boolean;
  createdAt: string;
  objects: Map<string, GitObject>;
  refs: Map<string, string>; // 'heads/main' → commit sha
  pulls: Pull[];
}

/** A tree's names in git's order: bytewise, a subtree sorting as if its name ended in '/'. */
function names(entries: Record<string, Entry>): string[] {
  const key = (name: string) => Buffer.from(entries[name]?.type === 'tree' ? `${name}/` : name);
  return Object.keys(entries).sort((a, b) => Buffer.compare(key(a), key(b)));
}

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

function store(r: Repo, o: GitObject): string {
  const signature = (p: Person) => `${p.name} <${p.email}> ${Math.floor(Date.parse(p.date) / 1000)} +0000`;
  let payload: Buffer;
  if (o.type === 'blob') payload = o.data;
  else if (o.type === 'commit') {
    const parents = o.parents.map((p) => `parent ${p}\n`).join('');
    payload = Buffer.from(
      `tree ${o.tree}\n${parents}author ${signature(o.author)}\ncommitter ${signature(o.committer)}\n\n${o.message}`,
    );
  } else {
    // git writes 40000 for a subtree's mode, and the id of each entry in binary.
    payload = Buffer.concat(
      names(o.entries).flatMap((name) => {
        const e = o.entries[name] as Entry;
        return [Buffer.from(`${e.mode.replace(/^0+/, '')} ${name}\0`), Buffer.from(e.sha, 'hex')];
      }),
    );
  }
  const sha = createHash('sha1').update(`${o.type} ${payload.length}\0`).update(payload).digest('hex');
  r.objects.set(sha, o);
  return sha;
}

function object<T extends GitObject['type']>(
  r: Repo,
  sha: string,
  type: T,
): Extract<GitObject, { type: T }> | undefined {
  const o = r.objects.get(sha);
  return o?.type === type ? (o as Extract<GitObject, { type: T }>) : undefined;
}

/** Every leaf (blob or submodule) below a tree, by full path. */
function flatten(r: Repo, treeSha: string, prefix = '', into = new Map<string, Entry>()): Map<string, Entry> {
  for (const [name, e] of Object.entries(object(r, treeSha, 'tree')?.entries ?? {})) {
    if (e.type === 'tree') flatten(r, e.sha, `${prefix}${name}/`, into);
    else into.set(`${prefix}${name}`, e);
  }
  return into;
}

/** The nested trees for a set of leaves; directories without leaves vanish, as in git. */
function build(r: Repo, leaves: Map<string, Entry>): string {
  const entries: Record<string, Entry> = {};
  const dirs = new Map<string, Map<string, Entry>>();
  for (const [path, e] of leaves) {
    const slash = path.indexOf('/');
    if (slash < 0) entries[path] = e;
    else {
      const dir = dirs.get(path.slice(0, slash)) ?? new Map<string, Entry>();
      dirs.set(path.slice(0, slash), dir.set(path.slice(slash + 1), e));
    }
  }
  for (const [name, sub] of dirs) entries[name] = { mode: '040000', type: 'tree', sha: build(r, sub) };
  return store(r, { type: 'tree', entries });
}

function ancestors(r: Repo, sha: string): Set<string> {
  const seen = new Set<string>();
  const todo = [sha];
  for (let s = todo.pop(); s !== undefined; s = todo.pop()) {
    if (seen.has(s)) continue;
    seen.add(s);
    todo.push(...(object(r, s, 'commit')?.parents ?? []));
  }
  return seen;
}

/** The nearest common ancestor, breadth first from `head`. */
function mergeBase(r: Repo, base: string, head: string): string | undefined {
  const reachable = ancestors(r, base);
  const queue = [head];
  for (let i = 0; i < queue.length; i++) {
    const s = queue[i] as string;
    if (reachable.has(s)) return s;
    queue.push(...(object(r, s, 'commit')?.parents ?? []));
  }
  return undefined;
}

function filesOf(r: Repo, commitSha: string | undefined): Map<string, Entry> {
  const commit = commitSha === undefined ? undefined : object(r, commitSha, 'commit');
  return commit ? flatten(r, commit.tree) : new Map<string, Entry>();
}

const text = (r: Repo, sha: string) => object(r, sha, 'blob')?.data.toString('utf8') ?? '';

// ---------------------------------------------------------------------------------------------------------------
// The server.

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
interface Context {
  r: Repo;
  p: Record<string, string>;
  q: Record<string, string>;
  /** Already checked against GitHub's schema for the operation, so handlers cast it to that shape. */
  b: unknown;
  self: URL;
}

export async function startFakeGitHub(
  repos: FakeRepo[],
  options: { tokenScopes?: 'write' | 'read' } = {},
): Promise<FakeGitHub> {
  const api = (openapi ??= new OpenApi());
  const token = `ghp_${randomBytes(18).toString('hex')}`;
  const requests: FakeGitHub['requests'] = [];
  const violations: string[] = [];
  const injected: { key: string; status: number; body: object }[] = [];
  const state = new Map<string, Repo>(); // by lower-case owner/name: GitHub's names are not case sensitive
  let url = '';
  let nextId = 1000;
  const ids = new Map<string, number>();
  const idOf = (login: string) => ids.get(login) ?? (ids.set(login, ++nextId), nextId);
  const nodeId = (kind: string, ...parts: (string | number)[]) =>
    Buffer.from(`0${kind.length}:${kind}${parts.join(':')}`).toString('base64');

  for (const fr of repos) {
    const at = now();
    const r: Repo = {
      id: ++nextId,
      owner: fr.owner,
      name: fr.name,
      defaultBranch: fr.defaultBranch,
      private: fr.private ?? false,
      createdAt: at,
      objects: new Map(),
      refs: new Map(),
      pulls: [],
    };
    const leaves = new Map(
      Object.entries(fr.files ?? {}).map(([path, content]): [string, Entry] => [
        path,
        { mode: '100644', type: 'blob', sha: store(r, { type: 'blob', data: Buffer.from(content) }) },
      ]),
    );
    const author = { name: fr.owner, email: `${fr.owner}@users.noreply.github.com`, date: at };
    r.refs.set(
      `heads/${fr.defaultBranch}`,
      store(r, {
        type: 'commit',
        message: 'Initial commit',
        tree: build(r, leaves),
        parents: [],
        author,
        committer: author,
      }),
    );
    state.set(`${fr.owner}/${fr.name}`.toLowerCase(), r);
  }

  // --- JSON as GitHub writes it ---------------------------------------------------------------------------------
  const apiUrl = (r: Repo) => `${url}/repos/${r.owner}/${r.name}`;
  const webUrl = (r: Repo) => `https://github.com/${r.owner}/${r.name}`;
  const error = (status: number, message: string, errors?: object[]): Reply => ({
    status,
    body: { message, ...(errors ? { errors } : {}), status: String(status) },
  });
  const invalid = (field: string, code = 'invalid'): Reply =>
    error(422, 'Validation Failed', [{ resource: 'PullRequest', field, code }]);
  const custom = (message: string): Reply =>
    error(422, 'Validation Failed', [{ resource: 'PullRequest', code: 'custom', message }]);

  const userJson = (login: string) => {
    const u = `${url}/users/${login}`;
    const id = idOf(login);
    return {
      login,
      id,
      node_id: nodeId('User', id),
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      gravatar_id: '',
      url: u,
      html_url: `https://github.com/${login}`,
      followers_url: `${u}/followers`,
      following_url: `${u}/following{/other_user}`,
      gists_url: `${u}/gists{/gist_id}`,
      starred_url: `${u}/starred{/owner}{/repo}`,
      subscriptions_url: `${u}/subscriptions`,
      organizations_url: `${u}/orgs`,
      repos_url: `${u}/repos`,
      events_url: `${u}/events{/privacy}`,
      received_events_url: `${u}/received_events`,
      type: 'User',
      site_admin: false,
    };
  };
  // The URL templates every repository object carries, below its API url.
  const repoUrls = [
    'archive_url /{archive_format}{/ref}',
    'assignees_url /assignees{/user}',
    'blobs_url /git/blobs{/sha}',
    'branches_url /branches{/branch}',
    'collaborators_url /collaborators{/collaborator}',
    'comments_url /comments{/number}',
    'commits_url /commits{/sha}',
    'compare_url /compare/{base}...{head}',
    'contents_url /contents/{+path}',
    'contributors_url /contributors',
    'deployments_url /deployments',
    'downloads_url /downloads',
    'events_url /events',
    'forks_url /forks',
    'git_commits_url /git/commits{/sha}',
    'git_refs_url /git/refs{/sha}',
    'git_tags_url /git/tags{/sha}',
    'issue_comment_url /issues/comments{/number}',
    'issue_events_url /issues/events{/number}',
    'issues_url /issues{/number}',
    'keys_url /keys{/key_id}',
    'labels_url /labels{/name}',
    'languages_url /languages',
    'merges_url /merges',
    'milestones_url /milestones{/number}',
    'notifications_url /notifications{?since,all,participating}',
    'pulls_url /pulls{/number}',
    'releases_url /releases{/id}',
    'stargazers_url /stargazers',
    'statuses_url /statuses/{sha}',
    'subscribers_url /subscribers',
    'subscription_url /subscription',
    'tags_url /tags',
    'teams_url /teams',
    'trees_url /git/trees{/sha}',
    'hooks_url /hooks',
  ].map((s) => s.split(' ') as [string, string]);
  const repoJson = (r: Repo) => {
    const open = r.pulls.filter((p) => p.state === 'open').length;
    return {
      id: r.id,
      node_id: nodeId('Repository', r.id),
      name: r.name,
      full_name: `${r.owner}/${r.name}`,
      owner: userJson(r.owner),
      private: r.private,
      html_url: webUrl(r),
      description: null,
      fork: false,
      url: apiUrl(r),
      ...Object.fromEntries(repoUrls.map(([k, tail]) => [k, `${apiUrl(r)}${tail}`])),
      git_url: `git://github.com/${r.owner}/${r.name}.git`,
      ssh_url: `git@github.com:${r.owner}/${r.name}.git`,
      clone_url: `${webUrl(r)}.git`,
      svn_url: webUrl(r),
      mirror_url: null,
      homepage: null,
      language: null,
      forks_count: 0,
      stargazers_count: 0,
      watchers_count: 0,
      size: 0,
      default_branch: r.defaultBranch,
      open_issues_count: open,
      has_issues: true,
      has_projects: true,
      has_wiki: true,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      visibility: r.private ? 'private' : 'public',
      pushed_at: r.createdAt,
      created_at: r.createdAt,
      updated_at: r.createdAt,
      license: null,
      forks: 0,
      open_issues: open,
      watchers: 0,
      permissions: { admin: false, maintain: false, push: options.tokenScopes !== 'read', triage: true, pull: true },
    };
  };
  const refJson = (r: Repo, ref: string, sha: string) => ({
    ref: `refs/${ref}`,
    node_id: nodeId('Ref', r.id, ref),
    url: `${apiUrl(r)}/git/refs/${ref}`,
    object: { sha, type: 'commit', url: `${apiUrl(r)}/git/commits/${sha}` },
  });
  const commitJson = (r: Repo, sha: string) => {
    const c = object(r, sha, 'commit') as Extract<GitObject, { type: 'commit' }>;
    const link = (s: string) => ({
      sha: s,
      url: `${apiUrl(r)}/git/commits/${s}`,
      html_url: `${webUrl(r)}/commit/${s}`,
    });
    return {
      ...link(sha),
      node_id: nodeId('Commit', r.id, sha),
      author: c.author,
      committer: c.committer,
      tree: { sha: c.tree, url: `${apiUrl(r)}/git/trees/${c.tree}` },
      message: c.message,
      parents: c.parents.map(link),
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    };
  };
  const entryJson = (r: Repo, path: string, e: Entry) => ({
    path,
    mode: e.mode,
    type: e.type,
    sha: e.sha,
    ...(e.type === 'blob' ? { size: object(r, e.sha, 'blob')?.data.length ?? 0 } : {}),
    ...(e.type === 'commit' ? {} : { url: `${apiUrl(r)}/git/${e.type}s/${e.sha}` }),
  });
  const treeJson = (r: Repo, sha: string, recursive: boolean) => {
    const list = (treeSha: string, prefix: string): ReturnType<typeof entryJson>[] => {
      const entries = object(r, treeSha, 'tree')?.entries ?? {};
      return names(entries).flatMap((name) => {
        const e = entries[name] as Entry;
        return [
          entryJson(r, prefix + name, e),
          ...(recursive && e.type === 'tree' ? list(e.sha, `${prefix}${name}/`) : []),
        ];
      });
    };
    return { sha, url: `${apiUrl(r)}/git/trees/${sha}`, tree: list(sha, ''), truncated: false };
  };
  const headOf = (r: Repo, p: Pull) => (p.headSha = r.refs.get(`heads/${p.head}`) ?? p.headSha);
  /** What a pull request changes: head against the merge base, as GitHub's three-dot diff. */
  const changes = (r: Repo, p: Pull) => {
    const head = headOf(r, p);
    const baseSha = r.refs.get(`heads/${p.base}`);
    const before = filesOf(r, baseSha === undefined ? undefined : mergeBase(r, baseSha, head));
    const after = filesOf(r, head);
    return [...new Set([...before.keys(), ...after.keys()])].sort().flatMap((filename) => {
      const [a, b] = [before.get(filename), after.get(filename)];
      if (a?.sha === b?.sha) return [];
      const hunks = structuredPatch(filename, filename, a ? text(r, a.sha) : '', b ? text(r, b.sha) : '', '', '', {
        context: 3,
      }).hunks;
      const lines = hunks.flatMap((h) => h.lines);
      const additions = lines.filter((l) => l.startsWith('+')).length;
      const deletions = lines.filter((l) => l.startsWith('-')).length;
      const path = filename.split('/').map(encodeURIComponent).join('/');
      return [
        {
          sha: (b ?? a)?.sha ?? null,
          filename,
          status: !a ? 'added' : !b ? 'removed' : 'modified',
          additions,
          deletions,
          changes: additions + deletions,
          blob_url: `${webUrl(r)}/blob/${head}/${path}`,
          raw_url: `${webUrl(r)}/raw/${head}/${path}`,
          contents_url: `${apiUrl(r)}/contents/${path}?ref=${head}`,
          patch: hunks
            .map((h) => [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines].join('\n'))
            .join('\n'),
        },
      ];
    });
  };
  const pullJson = (r: Repo, p: Pull, full: boolean) => {
    const self = `${apiUrl(r)}/pulls/${p.number}`;
    const html = `${webUrl(r)}/pull/${p.number}`;
    const issue = `${apiUrl(r)}/issues/${p.number}`;
    const head = headOf(r, p);
    const base = r.refs.get(`heads/${p.base}`) ?? '';
    const side = (ref: string, sha: string) => ({
      label: `${r.owner}:${ref}`,
      ref,
      sha,
      user: userJson(r.owner),
      repo: repoJson(r),
    });
    const id = r.id * 100000 + p.number;
    const simple = {
      url: self,
      id,
      node_id: nodeId('PullRequest', id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issue,
      commits_url: `${self}/commits`,
      review_comments_url: `${self}/comments`,
      review_comment_url: `${apiUrl(r)}/pulls/comments{/number}`,
      comments_url: `${issue}/comments`,
      statuses_url: `${apiUrl(r)}/statuses/${head}`,
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title,
      user: userJson(r.owner),
      body: p.body,
      labels: [],
      milestone: null,
      active_lock_reason: null,
      created_at: p.createdAt,
      updated_at: p.updatedAt,
      closed_at: p.closedAt,
      merged_at: null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: side(p.head, head),
      base: side(p.base, base),
      _links: Object.fromEntries(
        Object.entries({
          self,
          html,
          issue,
          comments: `${issue}/comments`,
          review_comments: `${self}/comments`,
          review_comment: `${apiUrl(r)}/pulls/comments{/number}`,
          commits: `${self}/commits`,
          statuses: `${apiUrl(r)}/statuses/${head}`,
        }).map(([k, href]) => [k, { href }]),
      ),
      author_association: 'OWNER',
      auto_merge: null,
      draft: p.draft,
    };
    if (!full) return simple;
    const files = changes(r, p);
    const sum = (k: 'additions' | 'deletions') => files.reduce((n, f) => n + f[k], 0);
    const behind = ancestors(r, base);
    const ahead = [...ancestors(r, head)].filter((s) => !behind.has(s)).length;
    return {
      ...simple,
      merged: false,
      mergeable: true,
      rebaseable: true,
      mergeable_state: 'clean',
      merged_by: null,
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: ahead,
      additions: sum('additions'),
      deletions: sum('deletions'),
      changed_files: files.length,
    };
  };
  /** `per_page` / `page` and a Link header like GitHub's (rel prev, next, last, first), on the same path. */
  const paginate = (items: unknown[], c: Context): Reply => {
    const perPage = Math.min(Math.max(Number(c.q.per_page ?? 30), 1), 100);
    const page = Math.max(Number(c.q.page ?? 1), 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const link = (n: number, rel: string) => {
      const u = new URL(c.self);
      u.searchParams.set('page', String(n));
      return `<${u.href}>; rel="${rel}"`;
    };
    const rels = [
      ...(page > 1 ? [link(page - 1, 'prev')] : []),
      ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
      ...(page > 1 ? [link(1, 'first')] : []),
    ];
    return {
      status: 200,
      body: items.slice((page - 1) * perPage, page * perPage),
      headers: rels.length ? { link: rels.join(', ') } : {},
    };
  };
  const findPull = (c: Context) => c.r.pulls.find((p) => p.number === Number(c.p.pull_number));

  // --- the operations -------------------------------------------------------------------------------------------
  const handlers: Record<string, (c: Context) => Reply> = {
    'GET /repos/{owner}/{repo}': ({ r }) => ({
      status: 200,
      body: { ...repoJson(r), subscribers_count: 0, network_count: 0 },
    }),

    'GET /repos/{owner}/{repo}/git/ref/{ref}': ({ r, p }) => {
      // GitHub wants `heads/main` here; `refs/heads/main` is Not Found.
      const sha = r.refs.get(p.ref ?? '');
      return sha ? { status: 200, body: refJson(r, p.ref ?? '', sha) } : error(404, 'Not Found');
    },
    'POST /repos/{owner}/{repo}/git/refs': ({ r, b }) => {
      const { ref, sha } = b as { ref: string; sha: string };
      if (!/^refs\/[^/]+\/.+/.test(ref)) return error(422, `${ref} is not a valid ref name.`);
      if (!object(r, sha, 'commit')) return error(422, 'Object does not exist');
      const name = ref.slice('refs/'.length);
      if (r.refs.has(name)) return error(422, 'Reference already exists');
      r.refs.set(name, sha);
      return { status: 201, body: refJson(r, name, sha) };
    },
    'PATCH /repos/{owner}/{repo}/git/refs/{ref}': ({ r, p, b }) => {
      const { sha, force } = b as { sha: string; force?: boolean };
      const ref = p.ref ?? '';
      const old = r.refs.get(ref);
      if (old === undefined) return error(422, 'Reference does not exist');
      if (!object(r, sha, 'commit')) return error(422, 'Object does not exist');
      if (force !== true && !ancestors(r, sha).has(old)) return error(422, 'Update is not a fast forward');
      r.refs.set(ref, sha);
      return { status: 200, body: refJson(r, ref, sha) };
    },
    'DELETE /repos/{owner}/{repo}/git/refs/{ref}': ({ r, p }) => {
      const ref = p.ref ?? '';
      if (!r.refs.has(ref)) return error(422, 'Reference does not exist');
      if (ref === `heads/${r.defaultBranch}`) return error(422, 'Cannot delete the default branch');
      // GitHub closes the pull requests whose head or base branch goes away.
      for (const pr of r.pulls) {
        if (pr.state === 'open' && (`heads/${pr.head}` === ref || `heads/${pr.base}` === ref)) {
          headOf(r, pr);
          Object.assign(pr, { state: 'closed', closedAt: now(), updatedAt: now() });
        }
      }
      r.refs.delete(ref);
      return { status: 204 };
    },

    'GET /repos/{owner}/{repo}/git/commits/{commit_sha}': ({ r, p }) =>
      object(r, p.commit_sha ?? '', 'commit')
        ? { status: 200, body: commitJson(r, p.commit_sha ?? '') }
        : error(404, 'Not Found'),
    'POST /repos/{owner}/{repo}/git/commits': ({ r, b }) => {
      const body = b as {
        message: string;
        tree: string;
        parents?: string[];
        author?: Partial<Person>;
        committer?: Partial<Person>;
      };
      if (!object(r, body.tree, 'tree')) return error(422, 'Tree SHA does not exist');
      if (body.parents?.some((s) => !object(r, s, 'commit')))
        return error(422, 'Parent SHA does not exist or is not a commit object');
      const author = {
        name: r.owner,
        email: `${r.owner}@users.noreply.github.com`,
        ...body.author,
        date: body.author?.date ?? now(),
      };
      const committer = { ...author, ...body.committer, date: body.committer?.date ?? author.date };
      const sha = store(r, {
        type: 'commit',
        message: body.message,
        tree: body.tree,
        parents: body.parents ?? [],
        author,
        committer,
      });
      return { status: 201, body: commitJson(r, sha) };
    },

    'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': ({ r, p, q }) => {
      // A tree sha, or anything naming a commit (its sha, a branch): GitHub takes a tree-ish.
      const named = p.tree_sha ?? '';
      const commit = object(r, named, 'commit') ? named : (r.refs.get(`heads/${named}`) ?? r.refs.get(named));
      const sha = object(r, named, 'tree')
        ? named
        : commit === undefined
          ? undefined
          : object(r, commit, 'commit')?.tree;
      return sha ? { status: 200, body: treeJson(r, sha, q.recursive !== undefined) } : error(404, 'Not Found');
    },
    'POST /repos/{owner}/{repo}/git/trees': ({ r, b }) => {
      const body = b as {
        base_tree?: string;
        tree: { path?: string; mode?: string; type?: Entry['type']; sha?: string | null; content?: string }[];
      };
      if (body.base_tree !== undefined && !object(r, body.base_tree, 'tree'))
        return error(422, `base_tree ${body.base_tree} is not a valid tree`);
      const leaves = body.base_tree === undefined ? new Map<string, Entry>() : flatten(r, body.base_tree);
      for (const e of body.tree) {
        const path = e.path?.replace(/^\/+|\/+$/g, '');
        if (!path) return error(422, 'Must supply tree.path');
        if (e.sha !== undefined && e.content !== undefined)
          return error(422, 'Must supply either tree.sha or tree.content, not both');
        // Whatever was at or below the path goes; so does a file where a directory of the path now is.
        for (const key of [...leaves.keys()])
          if (key === path || key.startsWith(`${path}/`) || path.startsWith(`${key}/`)) leaves.delete(key);
        if (e.sha === null) continue;
        const type = e.type ?? (e.mode === '040000' ? 'tree' : e.mode === '160000' ? 'commit' : 'blob');
        const sha = e.content !== undefined ? store(r, { type: 'blob', data: Buffer.from(e.content) }) : e.sha;
        if (sha === undefined) return error(422, 'Must supply either tree.sha or tree.content');
        if (type !== 'commit' && !object(r, sha, type)) return error(422, `tree.sha ${sha} is not a valid ${type}`);
        if (type === 'tree') flatten(r, sha, `${path}/`, leaves);
        else leaves.set(path, { mode: e.mode ?? '100644', type, sha });
      }
      return { status: 201, body: treeJson(r, build(r, leaves), false) };
    },
    'POST /repos/{owner}/{repo}/git/blobs': ({ r, b }) => {
      const { content, encoding = 'utf-8' } = b as { content: string; encoding?: string };
      if (encoding !== 'utf-8' && encoding !== 'base64')
        return error(422, `encoding must be either utf-8 or base64, not ${encoding}`);
      const sha = store(r, { type: 'blob', data: Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8') });
      return { status: 201, body: { sha, url: `${apiUrl(r)}/git/blobs/${sha}` } };
    },
    'GET /repos/{owner}/{repo}/git/blobs/{file_sha}': ({ r, p }) => {
      const blob = object(r, p.file_sha ?? '', 'blob');
      if (!blob) return error(404, 'Not Found');
      const sha = p.file_sha ?? '';
      return {
        status: 200,
        body: {
          sha,
          node_id: nodeId('Blob', r.id, sha),
          size: blob.data.length,
          url: `${apiUrl(r)}/git/blobs/${sha}`,
          content: blob.data.toString('base64'),
          encoding: 'base64',
        },
      };
    },

    'GET /repos/{owner}/{repo}/pulls': (c) => {
      const { state = 'open', head, base, direction = 'desc' } = c.q;
      // `head` is `owner:branch`; a bare branch name is silently ignored by GitHub, which then lists every pull request.
      const [headOwner, headBranch] = head?.includes(':')
        ? [head.slice(0, head.indexOf(':')), head.slice(head.indexOf(':') + 1)]
        : [];
      const list = c.r.pulls
        .filter((p) => state === 'all' || p.state === state)
        .filter(
          (p) =>
            headBranch === undefined || (headOwner?.toLowerCase() === c.r.owner.toLowerCase() && p.head === headBranch),
        )
        .filter((p) => base === undefined || p.base === base)
        .sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
      return paginate(
        list.map((p) => pullJson(c.r, p, false)),
        c,
      );
    },
    'POST /repos/{owner}/{repo}/pulls': ({ r, b }) => {
      const body = b as { title?: string; head: string; base: string; body?: string; draft?: boolean; issue?: number };
      const colon = body.head.indexOf(':');
      // Pull requests from forks are beyond this fake: a head owned by anyone else is an unknown branch.
      const headBranch = colon < 0 ? body.head : body.head.slice(colon + 1);
      if (colon >= 0 && body.head.slice(0, colon).toLowerCase() !== r.owner.toLowerCase()) return invalid('head');
      if (body.title === undefined && body.issue === undefined) return invalid('title', 'missing_field');
      const baseSha = r.refs.get(`heads/${body.base}`);
      const headSha = r.refs.get(`heads/${headBranch}`);
      if (baseSha === undefined) return invalid('base');
      if (headSha === undefined) return invalid('head');
      if (r.pulls.some((p) => p.state === 'open' && p.head === headBranch && p.base === body.base))
        return custom(`A pull request already exists for ${r.owner}:${headBranch}.`);
      if (ancestors(r, baseSha).has(headSha)) return custom(`No commits between ${body.base} and ${headBranch}`);
      const at = now();
      const pull: Pull = {
        number: r.pulls.length + 1,
        title: body.title ?? '',
        body: body.body ?? null,
        head: headBranch,
        base: body.base,
        headSha,
        state: 'open',
        draft: body.draft ?? false,
        createdAt: at,
        updatedAt: at,
        closedAt: null,
      };
      r.pulls.push(pull);
      return { status: 201, body: pullJson(r, pull, true) };
    },
    'GET /repos/{owner}/{repo}/pulls/{pull_number}': (c) => {
      const pull = findPull(c);
      return pull ? { status: 200, body: pullJson(c.r, pull, true) } : error(404, 'Not Found');
    },
    'PATCH /repos/{owner}/{repo}/pulls/{pull_number}': (c) => {
      const pull = findPull(c);
      if (!pull) return error(404, 'Not Found');
      const body = c.b as { title?: string; body?: string; state?: 'open' | 'closed'; base?: string } | undefined;
      if (body?.base !== undefined && !c.r.refs.has(`heads/${body.base}`)) return invalid('base');
      if (body?.state === 'open' && pull.state === 'closed' && !c.r.refs.has(`heads/${pull.head}`))
        return invalid('state');
      if (body?.state !== undefined && body.state !== pull.state)
        pull.closedAt = body.state === 'closed' ? now() : null;
      Object.assign(pull, {
        title: body?.title ?? pull.title,
        body: body?.body ?? pull.body,
        state: body?.state ?? pull.state,
        base: body?.base ?? pull.base,
        updatedAt: now(),
      });
      return { status: 200, body: pullJson(c.r, pull, true) };
    },
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': (c) => {
      const pull = findPull(c);
      return pull ? paginate(changes(c.r, pull), c) : error(404, 'Not Found');
    },
  };

  // --- one request ----------------------------------------------------------------------------------------------
  const answer = (
    req: IncomingMessage,
    self: URL,
    query: Record<string, string>,
    body: unknown,
    bodyIsJson: boolean,
  ): { reply: Reply; op?: Operation } => {
    const method = (req.method ?? 'GET').toUpperCase();
    if (!bodyIsJson) {
      violations.push(`${method} ${self.pathname}: the body is not JSON`);
      return { reply: error(400, 'Problems parsing JSON') };
    }
    const route = api.route(method, self.pathname);
    if (typeof route === 'string') {
      violations.push(route);
      return { reply: error(400, `fake-github: ${route}`) };
    }
    // The shape of a request is checked first: a malformed request is the test's bug, whatever else is wrong with it.
    const problems = api.checkRequest(route.op, route.params, query, body);
    if (problems.length) {
      violations.push(...problems);
      return { reply: error(400, `fake-github: ${problems.join('; ')}`), op: route.op };
    }
    const given = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (given === undefined) return { reply: error(401, 'Requires authentication'), op: route.op };
    if (given !== token) return { reply: error(401, 'Bad credentials'), op: route.op };
    const handler = handlers[route.op.key];
    if (!handler) return { reply: error(501, `fake-github does not implement ${route.op.key}`), op: route.op };
    const r = state.get(`${route.params.owner}/${route.params.repo}`.toLowerCase());
    if (!r) return { reply: error(404, 'Not Found'), op: route.op };
    if (options.tokenScopes === 'read' && method !== 'GET' && method !== 'HEAD')
      return { reply: error(403, 'Resource not accessible by integration'), op: route.op };
    const i = injected.findIndex((f) => f.key === route.op.key);
    if (i >= 0) {
      const [f] = injected.splice(i, 1);
      if (f) return { reply: { status: f.status, body: { status: String(f.status), ...f.body } }, op: route.op };
    }
    return { reply: handler({ r, p: route.params, q: query, b: body, self }), op: route.op };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const self = new URL(req.url ?? '/', url);
    const query = Object.fromEntries(self.searchParams);
    let body: unknown;
    let bodyIsJson = true;
    try {
      body = raw.trim() ? JSON.parse(raw) : undefined;
    } catch {
      [body, bodyIsJson] = [raw, false];
    }
    const record = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: safeDecode(self.pathname),
      query,
      body,
      status: 0,
    };
    requests.push(record);
    let reply: Reply;
    try {
      const { reply: r, op } = answer(req, self, query, body, bodyIsJson);
      reply = r;
      // GitHub's errors link the operation's documentation.
      if (reply.status >= 400 && isNode(reply.body) && reply.body.documentation_url === undefined) {
        reply.body = { ...reply.body, documentation_url: op?.docs ?? 'https://docs.github.com/rest' };
      }
      if (op) violations.push(...api.checkResponse(op, reply.status, reply.body));
    } catch (e) {
      reply = error(500, `fake-github: ${(e as Error).stack ?? String(e)}`);
    }
    record.status = reply.status;
    const headers: Record<string, string> = { ...reply.headers };
    if (reply.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
    if (reply.status === 201 && isNode(reply.body) && typeof reply.body.url === 'string')
      headers.location = reply.body.url;
    res.writeHead(reply.status, headers).end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
  };

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    token,
    requests,
    violations,
    repo(owner, name) {
      const r = state.get(`${owner}/${name}`.toLowerCase());
      if (!r) throw new Error(`fake-github: no repository ${owner}/${name}`);
      const commits = new Map<string, { message: string; tree: string; parents: string[] }>();
      for (const [sha, o] of r.objects)
        if (o.type === 'commit') commits.set(sha, { message: o.message, tree: o.tree, parents: [...o.parents] });
      return {
        refs: new Map(r.refs),
        commits,
        files(ref) {
          // A branch (`main` or `heads/main`) or a commit sha.
          const sha = r.refs.get(`heads/${ref}`) ?? r.refs.get(ref) ?? (object(r, ref, 'commit') ? ref : undefined);
          if (sha === undefined) throw new Error(`fake-github: ${owner}/${name} has no branch ${ref}`);
          return Object.fromEntries([...filesOf(r, sha)].map(([path, e]) => [path, text(r, e.sha)]));
        },
        pulls: r.pulls.map((p) => ({
          number: p.number,
          title: p.title,
          body: p.body ?? '',
          head: p.head,
          base: p.base,
          state: p.state,
          html_url: `${webUrl(r)}/pull/${p.number}`,
        })),
      };
    },
    failNext(method, pathTemplate, status, body) {
      // Throws for an operation GitHub does not have: a typo here would otherwise never fire.
      injected.push({ key: api.operation(method, pathTemplate).key, status, body });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        // fetch keeps connections alive; without this close() would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}
