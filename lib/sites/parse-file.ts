/**
 * The parser's front door: bytes of a text, HTML or PDF file in, `Meeting` out.
 * The environment (Node or browser) supplies an HTML parser and pdf.js.
 */
import type { ParseResult } from '../parse/types';
import type { ParseEnvironment } from '../parse/env';
import { pdfLayout } from '../parse/pdf/extract';
import type { Layout } from '../parse/pdf/layout';
import { decodeText, sniff } from '../parse/sniff';
import { capNesting, MAX_DEPTH } from '../parse/html-depth';
import { parseDocument, parseText } from './parsers';

export interface FileInput {
  bytes: Uint8Array;
  name?: string;
  url?: string | null;
}

const NOT_MEETING_SUFFIX = 'og ikke et referat eller en dagsorden.';

export function parseHtmlString(html: string, url: string | null, env: Pick<ParseEnvironment, 'parseHtml'>): ParseResult {
  const capped = capNesting(html);
  const result = parseDocument(env.parseHtml(capped.html), url);
  if (result.ok && capped.dropped > 0) {
    result.meeting.warnings.push(`Siden har elementer i mere end ${MAX_DEPTH} niveauer inden i hinanden; de inderste er læst som almindelig tekst.`);
  }
  return result;
}

export async function parseFile(input: FileInput, env: ParseEnvironment): Promise<ParseResult> {
  const url = input.url ?? null;
  const kind = sniff(input.bytes, input.name);
  switch (kind) {
    case 'empty':
      return { ok: false, reason: `Filen er tom ${NOT_MEETING_SUFFIX}` };
    case 'binary':
      return { ok: false, reason: `Filen er binære data ${NOT_MEETING_SUFFIX}` };
    case 'html':
      return parseHtmlString(decodeText(input.bytes), url, env);
    case 'text':
      return parseText(decodeText(input.bytes), { url });
    case 'pdf': {
      let layout: Layout;
      try {
        layout = await pdfLayout(input.bytes, await env.loadPdfJs());
      } catch {
        return { ok: false, reason: 'PDF-filen er beskadiget eller krypteret og kan ikke læses.' };
      }
      if (layout.text.trim() === '') return { ok: false, reason: `PDF-filen har ingen tekst (måske et scannet billede) ${NOT_MEETING_SUFFIX}` };
      return parseText(layout.text, { url, furniture: layout.furniture.join('\n') });
    }
  }
}
