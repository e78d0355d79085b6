// `helmvet migrate` over every hostile repository: a documented exit code, no stack trace, in time and under the heap
// cap; the diff writes nothing; --write writes only real files of the repository, each of which parses; and nothing
// from outside the repository ever shows.
import { describe, expect, it } from 'vitest';
import { expectClean, expectWritesInside, helmvet, snapshot } from './helpers.js';
import { build, HOSTILE, SECRET } from './repos.js';

describe('helmvet migrate on hostile repositories', () => {
  it.each(HOSTILE.map((h) => [h.name, h] as const))('%s', (_, h) => {
    const { root, repo } = build(h);
    const before = snapshot(root);

    const diff = helmvet(['migrate', '.'], repo);
    expectClean(diff, h.codes ?? [0, 1], 'helmvet migrate .');
    expect(diff.stdout + diff.stderr).not.toContain(SECRET);
    expect(snapshot(root)).toEqual(before);

    const write = helmvet(['migrate', '--write', '.'], repo);
    expectClean(write, h.codes ?? [0, 1], 'helmvet migrate --write .');
    expect(write.stdout + write.stderr).not.toContain(SECRET);
    const changed = expectWritesInside(root, before);
    // What it says it wrote is what changed.
    const wrote = [...write.stdout.matchAll(/^wrote (.+)$/gm)].map((m) => `repo/${m[1]}`);
    expect(changed.sort()).toEqual(wrote.sort());
  });
});
