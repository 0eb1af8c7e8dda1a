/**
 * The two ways to ask whether an untrusted value (a message, a bundle, a port's
 * data) is an object. Small on purpose: the web app's first load and the content
 * scripts use them, the bundle checks come later.
 */

/** A JSON object, {…}: not null and not a list. */
export function isJsonObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Anything whose fields can be looked at: not null, lists included. */
export function isObjectLike(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}
