/** The library the sync tests export and import: the five seeds and the FirstAgenda page, with read marks, notes and topics. */
import { saveMeeting } from '../../lib/db/meetings';
import { markRead, setNote } from '../../lib/db/marks';
import { meetingId } from '../../lib/db/identity';
import { followTopic, markTopicSeen } from '../../lib/db/topics';
import type { LibraryDb } from '../../lib/db/schema';
import { parseFile } from '../../lib/sites/parse-file';
import { nodeEnvironment } from '../../lib/parse/node';
import type { Meeting } from '../../lib/parse/types';
import { fixtureBytes, meetingOf, SEEDS } from '../helpers/fixtures';

const PAGE = 'firstagenda/aarhus-byraad-dagsorden-2025-10-08.html';
const PAGE_URL = 'https://dagsordener.aarhus.dk/vis?fk=123&id=4a3f0c5e-2b1d-4c8e-9f00-1a2b3c4d5e6f';

export const seeds = Object.values(SEEDS).map(meetingOf);
export const [herning2023, herning2022, hvidovre, vejen, herning2019] = seeds as [Meeting, Meeting, Meeting, Meeting, Meeting];

/** The FirstAgenda agenda page (Aarhus Byråd, 8 October 2025, 33 items). */
export async function pageMeeting(): Promise<Meeting> {
  const result = await parseFile({ bytes: fixtureBytes(PAGE), name: PAGE, url: PAGE_URL }, nodeEnvironment);
  if (!result.ok) throw new Error(result.reason);
  return result.meeting;
}

export function agendaOf(m: Meeting): Meeting {
  return { ...m, kind: 'dagsorden', items: m.items.map((i) => ({ ...i, decisions: [] })) };
}

/** Fills `db`: six meetings saved at 1000, read marks, notes and two topics (one seen later). */
export async function fillLibrary(db: LibraryDb): Promise<LibraryDb> {
  for (const m of seeds) await saveMeeting(db, m, 'file', 1000);
  const page = await pageMeeting();
  await saveMeeting(db, page, 'page', 1000);
  await markRead(db, meetingId(herning2023), 48, true, 1100);
  await markRead(db, meetingId(vejen), 4, true, 1200);
  await markRead(db, meetingId(page), 2, true, 1250);
  await setNote(db, meetingId(herning2023), 48, 'Blå Kors: følg op i efteråret', 1300);
  await setNote(db, meetingId(hvidovre), hvidovre.items[0]!.number, 'Spørg om økonomien', 1400);
  await followTopic(db, 'Blå Kors Varmestue', 1500);
  const street = await followTopic(db, 'gadeplanmedarbejdere', 1600);
  await markTopicSeen(db, street.id, 1700);
  return db;
}
