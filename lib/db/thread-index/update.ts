/**
 * Keeps the threads current inside the save and delete transactions (they are
 * never rebuilt): a save re-runs the thread rules for the items whose links it may
 * change (its own, those whose history or references name its meeting, and the
 * items of a case number that it turns into a standing item's or back), then
 * re-assembles only the threads those items belong to, before and after.
 *
 * Every await is in updateThreadIndex itself; ThreadWork does the thinking
 * between the reads, without any.
 */
import Dexie, { type Table } from 'dexie';
import type { Meeting } from '../../parse/types';
import { assembleThread, finalKeys } from '../../threads/assemble';
import { isStanding, sameCaseLinks, type CaseMember } from '../../threads/links';
import type { KeyedThread, Member } from '../../threads/types';
import type { ItemRecord, LibraryDb } from '../schema';
import { meetingRows, resolveSeeds, type Seed } from './rows';
import { itemRef, splitItemRef, type CaseScope, type MeetingRef, type ThreadNode, type ThreadRow } from './stores';

/** Tables a save or delete must hold in its transaction to keep the threads current (with db.items). */
export function threadTables(db: LibraryDb): Table[] {
  return [db.meetingIndex, db.threadNodes, db.caseScopes, db.threads];
}

const refOf = (n: Pick<ThreadNode, 'meetingId' | 'number'>) => itemRef(n.meetingId, n.number);

/** Every node of the meetings `ids`. */
function nodesOfMeetings(db: LibraryDb, ids: readonly string[]): Promise<ThreadNode[][]> {
  return Promise.all(ids.map((id) => db.threadNodes.where('[meetingId+number]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray()));
}

function unique<T>(list: Iterable<T>): T[] {
  return [...new Set(list)];
}

/**
 * Brings the threads up to date for meeting `id`: `next` is what is being saved (the
 * merged meeting of a partial save; null on delete), `updatedAt` its save time.
 * Runs inside the caller's rw transaction, which must include threadTables(db) and db.items.
 */
export async function updateThreadIndex(db: LibraryDb, id: string, next: Meeting | null, updatedAt: number): Promise<void> {
  const fresh = next ? meetingRows(id, next, updatedAt) : null;
  const [oldRef, [oldNodes]] = await Promise.all([db.meetingIndex.get(id), nodesOfMeetings(db, [id])]);
  const work = new ThreadWork(id, next, fresh, oldNodes!);
  const ats = unique([oldRef?.at, fresh?.ref.at].filter((a): a is string => !!a));
  const ownScopes = work.ownScopes();
  const [wanting, scopeRows] = await Promise.all([db.threadNodes.where('wants').anyOf(ats).toArray(), db.caseScopes.bulkGet(ownScopes)]);
  work.addGroups(ownScopes, scopeRows);
  work.seedsFrom(wanting);
  work.know(await db.threadNodes.bulkGet(work.unknownSeeds().map(splitItemRef)));

  // The seeds' links: their items' history and references, the meetings those name, every node of those meetings.
  const seeds = work.seedList();
  const others = seeds.filter((k) => !work.isOwn(k));
  const seedScopes = work.scopesToRead(seeds);
  const [items, ownRefs, named, seedScopeRows] = await Promise.all([
    db.items.bulkGet(others.map(splitItemRef)),
    db.meetingIndex.bulkGet(unique(others.map((k) => splitItemRef(k)[0]))),
    db.meetingIndex.where('at').anyOf(work.wantedBy(seeds)).toArray(),
    db.caseScopes.bulkGet(seedScopes),
  ]);
  work.addGroups(seedScopes, seedScopeRows);
  const refs = work.meetingsFor(ownRefs, named);
  work.resolve(seeds, items, refs, await nodesOfMeetings(db, work.meetingsToRead(refs)));

  // The threads of the seeds and of every item linked to them, before and after.
  let oldThreads = await db.threads.bulkGet(work.oldThreadIds('seeds'));
  work.startComponents(oldThreads);
  for (let ask = work.nextReads(); ask; ask = work.nextReads()) {
    const [rows, linking, groups] = await Promise.all([
      db.threadNodes.bulkGet(ask.nodes.map(splitItemRef)),
      db.threadNodes.where('links').anyOf(ask.linkedTo).toArray(),
      db.caseScopes.bulkGet(ask.scopes),
    ]);
    work.absorb(ask, rows, linking, groups);
  }
  oldThreads = oldThreads.concat(await db.threads.bulkGet(work.oldThreadIds('reached')));
  const built = work.assemble(oldThreads);
  const threads = work.keys(built, await db.threads.where('base').anyOf(built.bases).toArray());

  const scopes = work.ownScopeRows();
  await Promise.all([
    next ? db.meetingIndex.put(fresh!.ref) : db.meetingIndex.delete(id),
    db.threadNodes.bulkDelete(work.goneKeys().map(splitItemRef)),
    db.threadNodes.bulkPut(work.changedNodes()),
    db.caseScopes.bulkPut(scopes.put),
    db.caseScopes.bulkDelete(scopes.removed),
    db.threads.bulkDelete(threads.removed),
    db.threads.bulkPut(threads.put),
  ]);
}

interface Reads {
  nodes: string[];
  linkedTo: string[];
  scopes: string[];
}

interface Fresh {
  ref: MeetingRef;
  nodes: ThreadNode[];
}

/** The state of one update between its reads: the nodes known, as they will be stored. */
class ThreadWork {
  /** Nodes known, in their new state. */
  private readonly nodes = new Map<string, ThreadNode>();
  /** The thread each node known from the database belonged to ('' none). */
  private readonly before = new Map<string, string>();
  /** Keys of the meeting's old nodes that the save removes. */
  private readonly gone = new Set<string>();
  /** Case scope → its items after the save: [itemRef, titleKey]. */
  private readonly groups = new Map<string, Array<[string, string]>>();
  /** Nodes whose row changes. */
  private readonly changed = new Set<string>();
  private readonly seeds = new Set<string>();
  /** The seeds' new links, reversed: target → seeds. */
  private readonly linkedFrom = new Map<string, string[]>();
  /** The saved meeting's items by number. */
  private readonly ownItems: Map<number, Seed['item']>;
  // Finding the threads: nodes reached, those whose neighbours are asked for, and what to read next.
  private readonly reached = new Set<string>();
  private readonly expanded = new Set<string>();
  private readonly expandedScopes = new Set<string>();
  private readonly toLoad = new Set<string>();
  private readonly toReverse = new Set<string>();
  private readonly toGroup = new Set<string>();
  private readonly askedThreads = new Set<string>();

  constructor(private readonly id: string, next: Meeting | null, private readonly fresh: Fresh | null, private readonly oldNodes: readonly ThreadNode[]) {
    this.ownItems = new Map((next?.items ?? []).map((i) => [i.number, i]));
    for (const n of oldNodes) {
      this.before.set(refOf(n), n.thread);
      this.gone.add(refOf(n));
    }
    for (const n of fresh?.nodes ?? []) {
      this.gone.delete(refOf(n));
      this.nodes.set(refOf(n), n);
      this.changed.add(refOf(n));
    }
  }

  isOwn(key: string): boolean {
    return splitItemRef(key)[0] === this.id;
  }

  /** The case scopes of the meeting's items, before and after. */
  ownScopes(): string[] {
    return unique([...this.oldNodes, ...(this.fresh?.nodes ?? [])].flatMap((n) => (n.scope ? [n.scope] : [])));
  }

  /** Nodes read from the database: the meeting's own are known already (in their new state), or gone. */
  know(rows: ReadonlyArray<ThreadNode | undefined>): void {
    for (const row of rows) {
      if (!row) continue;
      const key = refOf(row);
      if (this.isOwn(key) || this.nodes.has(key)) continue;
      this.nodes.set(key, row);
      this.before.set(key, row.thread);
    }
  }

  /** The groups of `scopes` after the save, from their stored rows: the meeting's own items as saved now. */
  addGroups(scopes: readonly string[], rows: ReadonlyArray<CaseScope | undefined>): void {
    scopes.forEach((scope, i) => {
      if (this.groups.has(scope)) return;
      const members = (rows[i]?.members ?? []).filter(([ref]) => !this.isOwn(ref));
      for (const n of this.fresh?.nodes ?? []) if (n.scope === scope) members.push([refOf(n), n.title]);
      this.groups.set(scope, members);
    });
  }

  private caseMembers(members: ReadonlyArray<[string, string]>): CaseMember[] {
    return members.map(([ref, title]) => ({ meeting: splitItemRef(ref)[0], title }));
  }

  private standingAfter(scope: string): boolean {
    return isStanding(this.caseMembers(this.groups.get(scope)!));
  }

  /** Was the scope standing before the save: its group with the meeting's old items instead of the new. */
  private standingBefore(scope: string): boolean {
    const members = this.caseMembers(this.groups.get(scope)!.filter(([ref]) => !this.isOwn(ref)));
    for (const n of this.oldNodes) if (n.scope === scope) members.push({ meeting: this.id, title: n.title });
    return isStanding(members);
  }

  /**
   * The items whose links the save may change: the meeting's own, those whose history or
   * references name the meeting, and every item of a case scope the save turns standing or back.
   */
  seedsFrom(wanting: readonly ThreadNode[]): void {
    this.know(wanting);
    for (const n of this.fresh?.nodes ?? []) this.seeds.add(refOf(n));
    for (const row of wanting) if (!this.isOwn(refOf(row))) this.seeds.add(refOf(row));
    for (const scope of this.ownScopes()) {
      if (this.standingAfter(scope) !== this.standingBefore(scope)) for (const [ref] of this.groups.get(scope)!) this.seeds.add(ref);
    }
  }

  unknownSeeds(): string[] {
    return [...this.seeds].filter((k) => !this.nodes.has(k));
  }

  seedList(): string[] {
    return [...this.seeds];
  }

  wantedBy(seeds: readonly string[]): string[] {
    return unique(seeds.flatMap((k) => this.nodes.get(k)!.wants));
  }

  /** Scopes of `keys` whose groups are not read yet. */
  scopesToRead(keys: readonly string[]): string[] {
    return unique(keys.flatMap((k) => this.nodes.get(k)!.scope ?? [])).filter((s) => !this.groups.has(s));
  }

  /** The meetings the rules need, as they are after the save: the seeds' own, and those their history and references name. */
  meetingsFor(ownRefs: ReadonlyArray<MeetingRef | undefined>, named: readonly MeetingRef[]): MeetingRef[] {
    const byId = new Map<string, MeetingRef>();
    for (const r of [...ownRefs, ...named]) if (r && r.id !== this.id) byId.set(r.id, r);
    if (this.fresh) byId.set(this.id, this.fresh.ref);
    return [...byId.values()];
  }

  meetingsToRead(refs: readonly MeetingRef[]): string[] {
    return refs.map((r) => r.id).filter((id) => id !== this.id);
  }

  /** Runs the rules for the seeds on the meetings read (`nodeLists`: every node of each). */
  resolve(seeds: readonly string[], items: ReadonlyArray<ItemRecord | undefined>, refs: readonly MeetingRef[], nodeLists: readonly ThreadNode[][]): void {
    const nodesOf = new Map<string, ThreadNode[]>();
    for (const list of nodeLists) {
      this.know(list);
      if (list[0]) nodesOf.set(list[0].meetingId, list.map((row) => this.nodes.get(refOf(row))!));
    }
    if (this.fresh) nodesOf.set(this.id, this.fresh.nodes);
    const others = seeds.filter((k) => !this.isOwn(k));
    const itemOf = new Map(others.map((k, i) => [k, items[i]]));
    const list: Seed[] = seeds.map((k) => ({
      node: this.nodes.get(k)!,
      item: (this.isOwn(k) ? this.ownItems.get(splitItemRef(k)[1]) : itemOf.get(k)) ?? { history: [], references: [] },
    }));
    const standing = new Set(unique(seeds.flatMap((k) => this.nodes.get(k)!.scope ?? [])).filter((s) => this.standingAfter(s)));
    for (const [key, { links, unsaved }] of resolveSeeds(refs, nodesOf, list, standing)) {
      const targets = unique(links);
      this.nodes.set(key, { ...this.nodes.get(key)!, links: targets, unsaved });
      this.changed.add(key);
      for (const t of targets) {
        const from = this.linkedFrom.get(t);
        if (from) from.push(key);
        else this.linkedFrom.set(t, [key]);
      }
    }
  }

  /** The threads that the seeds and the meeting's old items (`'seeds'`), or all the items reached (`'reached'`), belonged to, not read yet. */
  oldThreadIds(from: 'seeds' | 'reached'): string[] {
    const keys = from === 'seeds' ? [...this.seeds, ...this.oldNodes.map(refOf)] : [...this.reached, ...this.gone];
    const ids = unique(keys.map((k) => this.before.get(k) ?? '')).filter((t) => t !== '' && !this.askedThreads.has(t));
    for (const t of ids) this.askedThreads.add(t);
    return ids;
  }

  /** Starts from the seeds, the meeting's old items and every member of their old threads. */
  startComponents(oldThreads: ReadonlyArray<ThreadRow | undefined>): void {
    const start = [...this.seeds, ...this.oldNodes.map(refOf)];
    for (const t of oldThreads) for (const e of t?.entries ?? []) if (e.saved) start.push(itemRef(e.meetingId!, e.number!));
    for (const key of start) this.reach(key);
  }

  private reach(key: string): void {
    if (this.reached.has(key) || this.gone.has(key)) return;
    this.reached.add(key);
    if (this.nodes.has(key)) this.expand(key);
    else this.toLoad.add(key);
  }

  /** Asks for a node's neighbours: its links, the nodes linking to it, its case scope's group. */
  private expand(key: string): void {
    if (this.expanded.has(key)) return;
    this.expanded.add(key);
    const node = this.nodes.get(key)!;
    this.toReverse.add(key);
    for (const t of node.links) this.reach(t);
    for (const s of this.linkedFrom.get(key) ?? []) this.reach(s);
    if (!node.scope) return;
    if (this.groups.has(node.scope)) this.expandScope(node.scope);
    else this.toGroup.add(node.scope);
  }

  /** Rule a: every item of a case number that is no standing item's, once it spans two meetings. */
  private sameCase(scope: string): boolean {
    const members = this.groups.get(scope)!;
    return sameCaseLinks(this.caseMembers(members), this.standingAfter(scope));
  }

  private expandScope(scope: string): void {
    if (this.expandedScopes.has(scope)) return;
    this.expandedScopes.add(scope);
    if (this.sameCase(scope)) for (const [ref] of this.groups.get(scope)!) this.reach(ref);
  }

  nextReads(): Reads | null {
    if (this.toLoad.size === 0 && this.toReverse.size === 0 && this.toGroup.size === 0) return null;
    const ask = { nodes: [...this.toLoad], linkedTo: [...this.toReverse], scopes: [...this.toGroup] };
    this.toLoad.clear();
    this.toReverse.clear();
    this.toGroup.clear();
    return ask;
  }

  absorb(ask: Reads, rows: ReadonlyArray<ThreadNode | undefined>, linking: readonly ThreadNode[], groups: ReadonlyArray<CaseScope | undefined>): void {
    this.know(rows);
    this.know(linking);
    this.addGroups(ask.scopes, groups);
    // A stored row links as stored, unless the update changed its links (seeds: linkedFrom).
    for (const row of linking) if (!this.seeds.has(refOf(row))) this.reach(refOf(row));
    for (const key of ask.nodes) if (this.nodes.has(key)) this.expand(key);
    // Each scope was asked for because a node reached has it.
    for (const scope of ask.scopes) this.expandScope(scope);
  }

  /** The threads of the nodes reached (each linked group of them), and which threads they replace. */
  assemble(oldThreads: ReadonlyArray<ThreadRow | undefined>): { rows: ThreadRow[]; removed: string[]; bases: string[] } {
    const keys = [...this.reached];
    const index = new Map(keys.map((k, i) => [k, i]));
    const parent = keys.map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
      return i;
    };
    const union = (a: number, b: number) => (parent[find(a)] = find(b));
    keys.forEach((k, i) => {
      for (const t of this.nodes.get(k)!.links) if (index.has(t)) union(i, index.get(t)!);
    });
    for (const scope of this.expandedScopes) {
      const members = this.groups.get(scope)!;
      if (this.sameCase(scope)) for (const [ref] of members) union(index.get(members[0]![0])!, index.get(ref)!);
    }
    const components = new Map<number, string[]>();
    keys.forEach((k, i) => {
      const root = find(i);
      const list = components.get(root);
      if (list) list.push(k);
      else components.set(root, [k]);
    });

    const rows: ThreadRow[] = [];
    for (const component of components.values()) {
      const members = component.map((k) => this.nodes.get(k)!).sort(libraryOrder);
      const standing = new Set(unique(members.flatMap((n) => n.scope ?? [])).filter((s) => this.standingAfter(s)));
      const keyed = assembleThread(members.map(memberOf), standing);
      if (keyed) rows.push({ ...keyed.thread, id: keyed.first, base: keyed.thread.key, muni: keyed.muni });
      for (const n of members) this.setThread(refOf(n), keyed ? keyed.first : '');
    }
    const fresh = new Set(rows.map((r) => r.id));
    // The old threads of the items reached: the new ones replace them (an old thread is reached whole, or not at all).
    const replaced = new Set([...this.reached, ...this.gone].map((k) => this.before.get(k)));
    const old = oldThreads.filter((t): t is ThreadRow => t !== undefined && replaced.has(t.id));
    const removed = unique(old.map((t) => t.id)).filter((id) => !fresh.has(id));
    return { rows, removed, bases: unique([...rows, ...old].map((t) => t.base)) };
  }

  private setThread(key: string, thread: string): void {
    const node = this.nodes.get(key)!;
    if (node.thread === thread) return;
    this.nodes.set(key, { ...node, thread });
    this.changed.add(key);
  }

  /** The rows to write: the new threads, and the others sharing a base key whose final key changes. */
  keys(built: { rows: ThreadRow[]; removed: string[] }, sharing: readonly ThreadRow[]): { put: ThreadRow[]; removed: string[] } {
    const byId = new Map<string, ThreadRow>();
    for (const row of sharing) byId.set(row.id, row);
    for (const id of built.removed) byId.delete(id);
    for (const row of built.rows) byId.set(row.id, row);
    const fresh = new Set(built.rows.map((r) => r.id));
    const byBase = new Map<string, ThreadRow[]>();
    for (const row of byId.values()) {
      const list = byBase.get(row.base);
      if (list) list.push(row);
      else byBase.set(row.base, [row]);
    }
    const put: ThreadRow[] = [];
    for (const list of byBase.values()) {
      const keyed: KeyedThread[] = list.map((r) => ({ thread: { ...r, key: r.base }, muni: r.muni, first: r.id }));
      finalKeys(keyed).forEach((key, i) => {
        const row = list[i]!;
        if (fresh.has(row.id) || row.key !== key) put.push({ ...row, key });
      });
    }
    return { put, removed: built.removed };
  }

  /** The case scope rows of the meeting's items, as the save leaves them. */
  ownScopeRows(): { put: CaseScope[]; removed: string[] } {
    const put: CaseScope[] = [];
    const removed: string[] = [];
    for (const scope of this.ownScopes()) {
      const members = this.groups.get(scope)!;
      if (members.length) put.push({ scope, members });
      else removed.push(scope);
    }
    return { put, removed };
  }

  goneKeys(): string[] {
    return [...this.gone];
  }

  changedNodes(): ThreadNode[] {
    return [...this.changed].filter((k) => !this.gone.has(k)).map((k) => this.nodes.get(k)!);
  }
}

/** The whole library's order: by meeting id, then item number. */
function libraryOrder(a: ThreadNode, b: ThreadNode): number {
  return a.meetingId < b.meetingId ? -1 : a.meetingId > b.meetingId ? 1 : a.number - b.number;
}

function memberOf(n: ThreadNode): Member {
  return { entry: n.entry, muni: n.muni, scope: n.scope ?? '', unsaved: n.unsaved };
}
