/** Danish sentences for writes the library refused; what was saved before stays. */

/**
 * Did the browser refuse the write for lack of room? The refusal arrives as a
 * DOMException named QuotaExceededError, or wrapped by Dexie: an AbortError of
 * the transaction (`inner`), or a BulkError with one failure per refused row.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const e = error as { name?: unknown; message?: unknown; inner?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  // Dexie's AbortError names the transaction's own error in its message ("QuotaExceededError …").
  if (typeof e.message === 'string' && /QuotaExceeded/.test(e.message)) return true;
  if (isQuotaError(e.inner, depth + 1)) return true;
  return Array.isArray(e.failures) && e.failures.some((f) => isQuotaError(f, depth + 1));
}

const FULL = 'Der er ikke plads til flere referater i browserens lager; det, der allerede er gemt, er uændret.';

export function saveErrorMessage(error: unknown): string {
  if (isQuotaError(error)) return FULL;
  return 'Referatet kunne ikke gemmes; det, der allerede er gemt, er uændret.';
}

/** A small write of the user's own (a read mark, a followed topic, a setting): `what` failed, "Emnet kunne ikke gemmes". */
export function markErrorMessage(error: unknown, what: string): string {
  if (isQuotaError(error)) return `${what}, fordi browserens lager er fuldt; det, der allerede er gemt, er uændret.`;
  return `${what}; det, der allerede er gemt, er uændret.`;
}
