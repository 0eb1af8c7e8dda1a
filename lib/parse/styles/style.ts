import { parseTextDocument, type TextOptions, type TextOutcome } from '../text/engine';

/** A house style of minutes in text form (also what PDFs and pages become). */
export interface TextStyle {
  id: string;
  /** Danish, for the user: which kind of document this was read as. */
  name: string;
  /** Cheap: a few anchored patterns over the text. */
  detect(text: string): boolean;
  parse(text: string, options?: TextOptions): TextOutcome;
}

/** A style that is the shared engine with its own switches. */
export function engineStyle(
  id: string,
  name: string,
  detect: (text: string) => boolean,
  switches: Omit<TextOptions, 'url' | 'defaults'> = {},
): TextStyle {
  return { id, name, detect, parse: (text, options = {}) => parseTextDocument(text, { ...switches, ...options }) };
}
