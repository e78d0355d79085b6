import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { bestOfMajor, rewriteVersion } from '../../src/migrate/version.js';

const knowledge = loadKnowledge();
const rewrite = (raw: string, exact: boolean, from: number, to: number) =>
  rewriteVersion(raw, exact, from, to, knowledge);

describe('rewriteVersion', () => {
  it('keeps the user style of a range', () => {
    expect(rewrite('>=4.0.0 <5.0.0', false, 4, 8)).toMatchObject({ text: '>=8.0.0 <9.0.0', resolves: '8.0.5' });
    expect(rewrite('4.x', false, 4, 8)).toMatchObject({ text: '8.x', resolves: '8.0.5' });
    expect(rewrite('~4.22', false, 4, 9)).toMatchObject({ text: '~9.0', resolves: '9.0.0' });
    expect(rewrite('^4.2.0', false, 4, 9)).toMatchObject({ text: '^9.0.0', resolves: '9.2.0' });
    expect(rewrite('>=4.0.0, <5.0.0', false, 4, 9)).toMatchObject({ text: '>=9.0.0, <10.0.0' });
    expect(rewrite('v4.x', false, 4, 9)).toMatchObject({ text: 'v9.x' });
  });

  it('falls back to a canonical range when the style cannot carry over', () => {
    expect(rewrite('>=3.0.0 <5.0.0', false, 4, 9)).toMatchObject({
      text: '>=9.0.0 <10.0.0',
      note: '">=3.0.0 <5.0.0" could not be shifted to 9.x in its own style; it becomes ">=9.0.0 <10.0.0"',
    });
  });

  it('an exact pin becomes the newest version of the target major that no advisory marks as bad', () => {
    expect(rewrite('4.22.0', true, 4, 9)).toMatchObject({ text: '9.2.0', resolves: '9.2.0' });
    expect(rewrite('v4.22.0', true, 4, 9)).toMatchObject({ text: 'v9.2.0' });
    // Every 8.x deploys Falco 0.43 (thread-table leak): the newest is taken, and the note does not claim otherwise.
    expect(rewrite('6.0.1', true, 6, 8)).toEqual({
      text: '8.0.5',
      resolves: '8.0.5',
      note: 'pinned to 8.0.5, the newest 8.x helmvet knows',
    });
    expect(bestOfMajor(6, knowledge)?.version).toBe('6.4.1');
  });

  it('changes nothing within a major', () => {
    expect(rewrite('9.x', false, 9, 9)).toBeUndefined();
  });
});
