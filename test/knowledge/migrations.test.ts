import { describe, expect, it } from 'vitest';
import { VALUES_MIGRATIONS, migrationCovering, migrationFor } from '../../src/knowledge/migrations.js';
import { ALL_PATHS, KEY_VERSIONS, acceptedAt, keyVersionIndex } from '../../src/knowledge/values-keys.js';

const vi = (v: string) => keyVersionIndex(v)!;
const accepted = (path: string, i: number) => acceptedAt(path.split('.'), i);

describe('values migration table', () => {
  it('has one entry per old key', () => {
    expect(new Set(VALUES_MIGRATIONS.map((m) => m.from)).size).toBe(VALUES_MIGRATIONS.length);
  });

  it.each(VALUES_MIGRATIONS.map((m) => [m.from, m] as const))(
    '%s: the key history agrees on when it stopped working',
    (from, m) => {
      const since = vi(m.since);
      expect(since).toBeGreaterThan(0);
      // Accepted by some version before `since`, by none from `since` on.
      expect(KEY_VERSIONS.slice(0, since).some((_, i) => accepted(from, i))).toBe(true);
      expect(KEY_VERSIONS.slice(since).filter((_, i) => accepted(from, since + i))).toEqual([]);
      expect(m.sources.length).toBeGreaterThan(0);
      for (const s of m.sources) expect(s).toMatch(/^https:\/\/github\.com\/falcosecurity\//);
    },
  );

  it.each(VALUES_MIGRATIONS.filter((m) => m.to && m.transform !== 'manual').map((m) => [m.from, m] as const))(
    '%s: its replacement exists when the old key goes',
    (_, m) => {
      expect(accepted(m.to!, vi(m.since))).toBe(true);
    },
  );

  it('manual rewrites and deletions say why', () => {
    for (const m of VALUES_MIGRATIONS.filter((x) => x.transform === 'manual'))
      expect([m.from, m.note]).toEqual([m.from, expect.any(String)]);
    for (const m of VALUES_MIGRATIONS.filter((x) => !x.to && x.transform !== 'each-key'))
      expect([m.from, m.note]).toEqual([m.from, expect.any(String)]);
  });

  it('covers every key chart 2.0.0 dropped from 1.x, and every later removal that did not come back', () => {
    const removals: string[] = [];
    for (const path of ALL_PATHS) {
      for (let i = 1; i < KEY_VERSIONS.length; i++) {
        const parent = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
        if (
          accepted(path, i - 1) &&
          !accepted(path, i) &&
          (!parent || accepted(parent, i)) &&
          !KEY_VERSIONS.slice(i).some((_, j) => accepted(path, i + j))
        )
          removals.push(`${path}@${KEY_VERSIONS[i]!}`);
      }
    }
    // Removed before chart 1.19.4, the last 1.x: a 1.x release that old gets the generic message.
    const before119 = [
      'auditLog.dynamicBackend@1.19.0',
      'falco.webserver.k8sAuditEndpoint@1.19.0',
      'falco.webserver.nodePort@1.19.0',
    ];
    const uncovered = removals.filter((r) => !migrationCovering(r.split('@')[0]!) && !before119.includes(r));
    expect(uncovered).toEqual([]);
    expect(removals.length).toBeGreaterThan(60);
  });

  it('finds the entry of a key or of the map above it', () => {
    expect(migrationFor('collectors.docker')?.to).toBe('collectors.containerEngine.engines.docker');
    expect(migrationCovering('gvisor.runsc.path')?.from).toBe('gvisor.runsc');
    expect(migrationCovering('image.tag')).toBeUndefined();
  });
});
