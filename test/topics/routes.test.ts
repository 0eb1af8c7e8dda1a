/** The library's routes for topics, threads and search round-trip through the hash. */
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, searchHash, threadHash, topicHash, TOPICS_HASH } from '../../components/shared/routes';

describe('topic, thread and search routes', () => {
  it('round-trips each route', () => {
    expect(parseRoute(TOPICS_HASH)).toEqual({ view: 'topics' });
    expect(parseRoute(topicHash(7))).toEqual({ view: 'topic', id: 7 });
    expect(parseRoute(threadHash('16/10924'))).toEqual({ view: 'thread', key: '16/10924' });
    expect(threadHash('item:herning|beu|2023-08-22#48')).toBe('#/traad/item%3Aherning%7Cbeu%7C2023-08-22%2348');
    expect(parseRoute(threadHash('item:herning|beu|2023-08-22#48'))).toEqual({ view: 'thread', key: 'item:herning|beu|2023-08-22#48' });
    expect(parseRoute(searchHash('Blå Kors "Varmestue"'))).toEqual({ view: 'search', query: 'Blå Kors "Varmestue"' });
    for (const hash of [TOPICS_HASH, topicHash(3), threadHash('27.00.00-a00-5-15'), searchHash('gadeplan')]) {
      expect(routeHash(parseRoute(hash))).toBe(hash);
    }
  });

  it('reads "#/soeg" without a query as an empty search, and broken topic or thread addresses as the topics', () => {
    expect(parseRoute('#/soeg')).toEqual({ view: 'search', query: '' });
    expect(searchHash('')).toBe('#/soeg');
    expect(parseRoute('#/emne/abc')).toEqual({ view: 'topics' });
    expect(parseRoute('#/emne/')).toEqual({ view: 'topics' });
    expect(parseRoute('#/traad/')).toEqual({ view: 'topics' });
    expect(parseRoute('#/traad/%E0%A4%A')).toEqual({ view: 'topics' });
  });

  it('leaves the meeting routes as they were', () => {
    expect(parseRoute('#/moede/a%2Fb/punkt/3')).toEqual({ view: 'item', id: 'a/b', number: 3 });
    expect(parseRoute('#/noget/andet')).toEqual({ view: 'list' });
  });
});
