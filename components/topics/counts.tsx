/** A topic's counts as the topic list and the topic page show them. */

/** "1 ny", "3 nye" on a badge; nothing without news. */
export function NewsBadge({ news }: { news: number }) {
  return news > 0 ? <span class="badge news-mark">{news === 1 ? '1 ny' : `${news} nye`}</span> : null;
}

/** "1 ulæst", "3 ulæste", or "alt læst". */
export function unreadText(unread: number): string {
  return unread > 0 ? `${unread} ulæst${unread === 1 ? '' : 'e'}` : 'alt læst';
}
