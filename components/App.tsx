export function App() {
  return <main>Referat</main>;
}
