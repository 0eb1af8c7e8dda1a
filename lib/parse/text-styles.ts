/** The registry of text house styles: the first whose `detect` answers yes reads the text. */
import type { ParseResult } from './types';
import type { TextOptions } from './text/engine';
import type { TextStyle } from './styles/style';
import { herning } from './styles/herning';
import { hvidovre } from './styles/hvidovre';
import { vejen } from './styles/vejen';
import { firstagendaPdf } from './styles/firstagenda-pdf';
import { generic } from './styles/generic';

/** In order of precedence; `generic` last, it takes anything. */
export const TEXT_STYLES: readonly TextStyle[] = [herning, hvidovre, vejen, firstagendaPdf, generic];

// A house style shows in its first items; detecting on a sample keeps the cost flat. The
// sample starts at the first word, so blank lines before the minutes (a page's empty
// elements) do not push them out of it.
const SAMPLE = 24_000;

export function styleFor(text: string): TextStyle {
  const start = Math.max(0, text.search(/\S/));
  const sample = text.length - start > SAMPLE ? text.slice(start, start + SAMPLE) : text.slice(start);
  return TEXT_STYLES.find((s) => s.detect(sample)) ?? generic;
}

export function parseText(text: string, options: TextOptions = {}): ParseResult {
  return styleFor(text).parse(text, options);
}
