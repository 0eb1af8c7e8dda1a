/** The web app's own view next to the library's routes (components/library/model.ts). */
export const TRANSFER_HASH = '#/overfoer';

export function isTransfer(hash: string): boolean {
  return hash === TRANSFER_HASH || hash.startsWith(`${TRANSFER_HASH}/`) || hash.startsWith(`${TRANSFER_HASH}?`);
}
