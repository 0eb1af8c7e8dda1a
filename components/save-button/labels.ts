/** The save button's states and their Danish labels. */
import type { SavedState } from '../../lib/db/status';
import { savedCountText } from '../shared/save-result';

export type MeetingKind = 'referat' | 'dagsorden';

export type ButtonState =
  | { kind: 'save'; meeting: MeetingKind }
  | { kind: 'saving' }
  | { kind: 'saved'; itemCount: number }
  | { kind: 'already' }
  | { kind: 'update' };

export function buttonLabel(state: ButtonState): string {
  switch (state.kind) {
    case 'save':
      return state.meeting === 'referat' ? 'Gem referat' : 'Gem dagsorden';
    case 'saving':
      return 'Gemmer…';
    case 'saved':
      return savedCountText(state.itemCount);
    case 'already':
      return 'Allerede gemt';
    case 'update':
      return 'Opdater';
  }
}

/** The state a parsed page starts in, from what the library already holds. */
export function initialState(saved: SavedState, meeting: MeetingKind): ButtonState {
  if (saved === 'saved') return { kind: 'already' };
  if (saved === 'more') return { kind: 'update' };
  return { kind: 'save', meeting };
}

/** A longer description for the tooltip: what a click will do. */
export function buttonTitle(state: ButtonState, meeting: MeetingKind): string {
  const what = meeting === 'referat' ? 'referatet' : 'dagsordenen';
  switch (state.kind) {
    case 'update':
      return `Siden indeholder mere end det gemte: opdater ${what} i dit bibliotek`;
    case 'already':
    case 'saved':
      return `${what[0]!.toUpperCase()}${what.slice(1)} er i dit bibliotek; klik for at gemme igen`;
    default:
      return `Gem ${what} i dit bibliotek i browseren`;
  }
}

/** The follow button on a FirstAgenda meeting page: the committee's new meetings come by themselves. */
export function followLabel(following: boolean, busy = false): string {
  if (busy) return 'Følger…';
  return following ? 'Følger udvalget' : 'Følg udvalget';
}

export const FOLLOW_TITLE = 'Hent udvalgets nye dagsordener og referater af sig selv, og få besked når et emne du følger er på';
