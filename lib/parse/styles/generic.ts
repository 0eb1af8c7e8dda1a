/** Any other minutes in text: the shared engine with its Danish labels and nothing else. */
import { engineStyle } from './style';

export const generic = engineStyle('generic', 'Generel tekst', () => true);
