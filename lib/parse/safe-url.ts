/**
 * The one check before an address becomes a link, when parsed and when shown:
 * made absolute against `base`, and kept only for http(s). A page's
 * "javascript:" or "data:" link never becomes ours.
 */
export function safeUrl(href: string | null | undefined, base: string | null = null): string | null {
  if (!href) return null;
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
