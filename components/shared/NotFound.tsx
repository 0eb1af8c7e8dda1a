/** "Ikke fundet": what a link named is not in the library (any more). */
import { MEETINGS_HASH } from './routes';

export function NotFound({ text }: { text: string }) {
  return (
    <section>
      <h2 tabIndex={-1}>Ikke fundet</h2>
      <p>{text}</p>
      <p><a href={MEETINGS_HASH}>Tilbage til alle møder</a></p>
    </section>
  );
}
