import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover, UsageError } from '../../src/load/discover.js';
import { writeRepo } from '../helpers/repo.js';

const paths = (dir: string, args = ['.'], ignorePatterns: string[] = []) =>
  discover(args, { cwd: dir, ignorePatterns }).map((f) => f.path);

describe('discover', () => {
  it('finds .yaml and .yml files, sorted, and skips node_modules and .git', () => {
    const dir = writeRepo({
      'b.yml': '',
      'a/c.yaml': '',
      'README.md': '',
      'node_modules/x/y.yaml': '',
      'a/.hidden/z.yaml': '',
    });
    writeFileSync(join(dir, '.git', 'config.yaml'), '');
    expect(paths(dir)).toEqual(['a/c.yaml', 'b.yml']);
  });

  it('respects .gitignore files at every level, and of the repository above the linted directory', () => {
    const dir = writeRepo({
      '.gitignore': 'secret*.yaml\n/top.yaml\n',
      'top.yaml': '',
      'sub/top.yaml': '',
      'secret-a.yaml': '',
      'sub/.gitignore': 'generated/\n',
      'sub/generated/x.yaml': '',
      'sub/keep.yaml': '',
    });
    expect(paths(dir)).toEqual(['sub/keep.yaml', 'sub/top.yaml']);
    expect(paths(dir, ['sub'])).toEqual(['sub/keep.yaml', 'sub/top.yaml']);
  });

  it('applies config ignores, also to files named on the command line', () => {
    const dir = writeRepo({ 'legacy/a.yaml': '', 'b.yaml': '' });
    expect(paths(dir, ['.'], ['legacy/'])).toEqual(['b.yaml']);
    expect(paths(dir, ['legacy/a.yaml', 'b.yaml'], ['legacy/'])).toEqual(['b.yaml']);
  });

  it('takes files named on the command line whatever their extension, once each', () => {
    const dir = writeRepo({ 'values.txt': '', 'a.yaml': '' });
    expect(paths(dir, ['values.txt', 'a.yaml', '.'])).toEqual(['a.yaml', 'values.txt']);
  });

  it('does not follow symbolic links, so a link loop ends', () => {
    const dir = writeRepo({ 'a/x.yaml': '' });
    symlinkSync(join(dir, 'a'), join(dir, 'a', 'loop'));
    mkdirSync(join(dir, 'b'));
    symlinkSync(dir, join(dir, 'b', 'up'));
    expect(paths(dir)).toEqual(['a/x.yaml']);
  });

  it('a path that does not exist is a usage error', () => {
    expect(() => paths(writeRepo({}), ['nope'])).toThrow(new UsageError('path not found: nope'));
  });
});
