import { describe, expect, it } from 'vitest';
import { suggestKeys } from '../../src/knowledge/suggest.js';
import { editDistance } from '../../src/spelling.js';
import { BUNDLED_KEYS, keyVersionIndex } from '../../src/knowledge/values-keys.js';

const at = (v: string) => keyVersionIndex(v)!;

describe('did you mean', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect([
      editDistance('epbf', 'ebpf'),
      editDistance('kitten', 'sitting'),
      editDistance('', 'abc'),
      editDistance('same', 'same'),
    ]).toEqual([1, 3, 3, 0]);
  });

  it('same level: typos, case, snake_case against camelCase', () => {
    expect(suggestKeys(BUNDLED_KEYS, ['driver', 'epbf'], at('4.4.1'))).toEqual(['driver.ebpf']);
    expect(suggestKeys(BUNDLED_KEYS, ['metrics', 'output_rule'], at('9.1.0'))).toEqual(['metrics.outputRule']);
    expect(suggestKeys(BUNDLED_KEYS, ['metrics', 'convert_memory_to_mb'], at('9.1.0'))).toEqual([
      'metrics.convertMemoryToMB',
    ]);
    expect(suggestKeys(BUNDLED_KEYS, ['falco', 'json_ouptut'], at('9.1.0'))).toEqual(['falco.json_output']);
  });

  it('another level: the same key where the version has it', () => {
    expect(suggestKeys(BUNDLED_KEYS, ['falcoctl', 'artifact', 'follow', 'every'], at('8.0.5'))).toEqual([
      'falcoctl.config.artifact.follow.every',
    ]);
    expect(suggestKeys(BUNDLED_KEYS, ['webserver'], at('9.1.0'))).toEqual(['falco.webserver']);
    expect(suggestKeys(BUNDLED_KEYS, ['controller', 'resources'], at('3.8.5'))).toEqual(['resources']);
    expect(suggestKeys(BUNDLED_KEYS, ['collectors', 'ebpf'], at('4.4.1'))).toEqual(['driver.ebpf']);
  });

  it('nothing rather than a guess', () => {
    expect(suggestKeys(BUNDLED_KEYS, ['webui'], at('9.1.0'))).toEqual([]);
    expect(suggestKeys(BUNDLED_KEYS, ['foo', 'enabled'], at('9.1.0'))).toEqual([]);
    expect(suggestKeys(BUNDLED_KEYS, ['abc'], at('9.1.0'))).toEqual([]);
  });
});
