/**
 * The versions that shipped stay as they shipped (shipped-schema.ts says why).
 * If this fails, a shipped version was edited: put the edit back and add a new
 * version with an upgrader instead.
 */
import { describe, expect, it } from 'vitest';
import { LibraryDb } from '../../lib/db/schema';
import { indexExistingMeetings } from '../../lib/db/search-index/build';
import { SHIPPED_VERSIONS } from './shipped-schema';

/** Dexie keeps each declared version's own store text and upgrader in `_versions` (not in its public types). */
interface DeclaredVersion {
  _cfg: { version: number; storesSource: Record<string, string> | null; contentUpgrade: unknown };
}

const declaredVersions = (db: LibraryDb) => (db as unknown as { _versions: DeclaredVersion[] })._versions;

function declared(db: LibraryDb) {
  return declaredVersions(db).map((v) => ({
    version: v._cfg.version,
    stores: v._cfg.storesSource,
    upgrades: v._cfg.contentUpgrade !== null,
  }));
}

describe('the shipped schema versions', () => {
  const versions = declared(new LibraryDb('frozen-schema'));

  it('declares versions 1, 2 and 3 with exactly the stores that shipped, and only version 2 with an upgrader', () => {
    expect(versions.slice(0, SHIPPED_VERSIONS.length)).toEqual(
      SHIPPED_VERSIONS.map((v) => ({ version: v.version, stores: v.stores, upgrades: v.upgrade !== undefined })),
    );
  });

  it('upgrades to version 2 with indexExistingMeetings itself, not another function', () => {
    const version2 = declaredVersions(new LibraryDb('frozen-schema')).find((v) => v._cfg.version === 2)!;
    expect(version2._cfg.contentUpgrade).toBe(indexExistingMeetings);
  });

  it('adds any later version after them, in order', () => {
    const numbers = versions.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers[SHIPPED_VERSIONS.length - 1]).toBe(3);
  });
});
