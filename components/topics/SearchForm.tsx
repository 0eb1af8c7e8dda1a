/** The search field: a submit moves to "#/soeg?q=…", so a search can be bookmarked and goes back with the browser. */
import { useState } from 'preact/hooks';
import { searchHash } from '../shared/routes';

export function SearchForm({ query = '', label = 'Søg i dine møder' }: { query?: string; label?: string }) {
  const [text, setText] = useState(query);
  return (
    <form
      class="search-form"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        // The field's own value: a submit right after typing must not wait for a re-render.
        const q = String(new FormData(e.currentTarget).get('q') ?? '').trim();
        if (q !== '') location.hash = searchHash(q);
      }}
    >
      <label for="soeg-felt">{label}</label>
      <div class="search-row">
        <input
          id="soeg-felt"
          type="search"
          name="q"
          value={text}
          autoComplete="off"
          placeholder="fx Blå Kors Varmestue"
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" class="button">Søg</button>
      </div>
    </form>
  );
}
