import { OpenFile } from './OpenFile';

export function App() {
  return (
    <div class="app">
      <header class="app-header">
        <h1>Referat</h1>
        <p>Læs kommunale referater og dagsordener – også uden net.</p>
      </header>
      <main>
        <OpenFile />
      </main>
    </div>
  );
}
