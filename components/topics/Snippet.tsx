/** A search snippet from its segments: hits in <mark>, everything as text (never HTML). */
import type { Segment } from '../../lib/search/snippet';

export function Snippet({ segments }: { segments: readonly Segment[] }) {
  return (
    <p class="snippet">
      {segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : s.text))}
    </p>
  );
}
