/** The search field: a submit moves to "#/soeg?q=…", so a search can be bookmarked and goes back with the browser. */
import { useState } from 'preact/hooks';
import { searchHash } from '../library/model';

export function SearchForm({ query = '', label = 'Søg i dine møder' }: { query?: string; label?: string }) {
  const [text, setText] = useState(query);
  return (
    <form
      class="search-form"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() !== '') location.hash = searchHash(text.trim());
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
