/**
 * The raw content of an IndexedDB database, read and written with IndexedDB itself
 * (no Dexie): every object store with its key path, key generator and indexes, and
 * every record with its key. A dump encoded as text is canonical (records in key
 * order, fields in stored order), so two dumps are the same library exactly when
 * their texts are equal. Fixtures in test/fixtures/db are such texts.
 */
import type { LibraryDb } from '../lib/db/schema';

export interface IndexDump {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}

export interface StoreDump {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  /** The key the generator would give next (autoIncrement stores only). */
  nextKey?: number;
  indexes: IndexDump[];
  /** [key, value], in key order. */
  records: Array<[IDBValidKey, unknown]>;
}

export interface DatabaseDump {
  name: string;
  /** IndexedDB's version (Dexie's version × 10). */
  version: number;
  stores: StoreDump[];
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function finished(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('aborted'));
    tx.onerror = () => reject(tx.error);
  });
}

/** The generator's next key: add a record, note its key, and abort (an abort restores the generator). */
async function probeNextKey(idb: IDBDatabase, name: string): Promise<number> {
  const tx = idb.transaction(name, 'readwrite');
  const store = tx.objectStore(name);
  const key = await done(store.add({}));
  const aborted = new Promise<void>((resolve) => (tx.onabort = () => resolve()));
  tx.abort();
  await aborted;
  return key as number;
}

export async function dumpDatabase(idb: IDBDatabase): Promise<DatabaseDump> {
  const names = [...idb.objectStoreNames].sort();
  const stores: StoreDump[] = [];
  for (const name of names) {
    const tx = idb.transaction(name, 'readonly');
    const store = tx.objectStore(name);
    const indexes = [...store.indexNames].sort().map((i): IndexDump => {
      const index = store.index(i);
      return { name: index.name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    });
    const [keys, values] = await Promise.all([done(store.getAllKeys()), done(store.getAll())]);
    await finished(tx);
    const dump: StoreDump = { name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes, records: keys.map((k, i) => [k, values[i]]) };
    if (store.autoIncrement) dump.nextKey = await probeNextKey(idb, name);
    stores.push(dump);
  }
  return { name: idb.name, version: idb.version, stores };
}

export async function openRaw(name: string, version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  const request = indexedDB.open(name, version);
  if (upgrade) request.onupgradeneeded = () => upgrade(request.result);
  return done(request);
}

export async function dumpByName(name: string): Promise<DatabaseDump> {
  const idb = await openRaw(name);
  try {
    return await dumpDatabase(idb);
  } finally {
    idb.close();
  }
}

/** Writes a dump into a new database `name` at the dump's version: the same stores, indexes, keys, records and generators. */
export async function restoreDatabase(dump: DatabaseDump, name = dump.name): Promise<void> {
  const idb = await openRaw(name, dump.version, (db) => {
    if (db.objectStoreNames.length) throw new Error(`restoreDatabase: ${name} exists already`);
    for (const s of dump.stores) {
      const store = db.createObjectStore(s.name, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
      for (const i of s.indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
    }
  });
  try {
    for (const s of dump.stores) {
      const tx = idb.transaction(s.name, 'readwrite');
      const store = tx.objectStore(s.name);
      for (const [key, value] of s.records) store.put(value, s.keyPath === null ? key : undefined);
      // A generator may stand past the largest key (a topic was deleted): move it there with a record put and taken away.
      if (s.nextKey !== undefined) {
        const last = s.nextKey - 1;
        if (!s.records.some(([k]) => k === last) && last > 0) {
          const placeholder = s.keyPath === null ? {} : { [s.keyPath as string]: last };
          store.put(placeholder, s.keyPath === null ? last : undefined);
          store.delete(last);
        }
      }
      await finished(tx);
    }
  } finally {
    idb.close();
  }
}

/** Typed arrays are stored in the search index: they become tagged base64 in the text, and come back as they were. */
const TYPED = { Uint8Array, Uint32Array } as const;
type TypedName = keyof typeof TYPED;

function replacer(this: unknown, key: string, value: unknown): unknown {
  const raw = (this as Record<string, unknown>)[key];
  if (raw === undefined) return { $undefined: true };
  if (ArrayBuffer.isView(raw)) {
    const name = raw.constructor.name;
    if (!(name in TYPED)) throw new Error(`db-dump: cannot encode ${name}`);
    return { $typed: name, base64: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64') };
  }
  // Anything else that JSON would change silently (a Date, a Map, a Blob) has no place in the library's records.
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && Object.getPrototypeOf(raw) !== Object.prototype) {
    throw new Error(`db-dump: cannot encode ${(raw as object).constructor?.name}`);
  }
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && '$typed' in value) {
    const { $typed, base64 } = value as { $typed: TypedName; base64: string };
    const bytes = Buffer.from(base64, 'base64');
    const copy = new Uint8Array(bytes).buffer;
    return new TYPED[$typed](copy);
  }
  return value;
}

export function encodeDump(dump: DatabaseDump, indent?: number): string {
  return JSON.stringify(dump, replacer, indent);
}

export function decodeDump(text: string): DatabaseDump {
  const undefinedTag = '{"$undefined":true}';
  // JSON.parse's reviver cannot give back undefined as a value (it deletes the field), so a tagged undefined is restored after.
  const dump = JSON.parse(text, reviver) as DatabaseDump;
  if (text.includes(undefinedTag)) restoreUndefined(dump);
  return dump;
}

function restoreUndefined(value: unknown): void {
  if (!value || typeof value !== 'object' || ArrayBuffer.isView(value)) return;
  const o = value as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (v && typeof v === 'object' && '$undefined' in v && Object.keys(v).length === 1) o[k] = undefined;
    else restoreUndefined(v);
  }
}

/** Every store of an open library, search index included, as canonical text: equal texts, equal libraries. */
export async function dumpLibrary(db: LibraryDb): Promise<string> {
  if (!db.isOpen()) await db.open();
  return encodeDump(await dumpDatabase(db.backendDB()));
}
