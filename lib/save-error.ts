/** One Danish sentence for a failed save; what was saved before stays. */
export function saveErrorMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(error))) {
    return 'Der er ikke plads til flere referater i browserens lager; det, der allerede er gemt, er uændret.';
  }
  return 'Referatet kunne ikke gemmes; det, der allerede er gemt, er uændret.';
}
