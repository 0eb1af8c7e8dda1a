/** The registry of page adapters: site adapters first, the generic page last. */
import type { ParseResult } from './types';
import type { PageAdapter } from './adapters/adapter';
import { firstagenda } from './adapters/firstagenda';
import { genericPage } from './adapters/generic-page';

export const PAGE_ADAPTERS: readonly PageAdapter[] = [firstagenda, genericPage];

export function adapterFor(doc: Document, url: string | null): PageAdapter {
  return PAGE_ADAPTERS.find((a) => a.detect(doc, url)) ?? genericPage;
}

export function parseDocument(doc: Document, url: string | null = null): ParseResult {
  return adapterFor(doc, url).parse(doc, url);
}
