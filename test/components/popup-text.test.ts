import { describe, expect, it } from 'vitest';
import { saveResultText } from '../../components/popup/Popup';

describe('saveResultText', () => {
  it('tells how many items were saved', () => {
    expect(saveResultText({ ok: true, status: 'created', meetingId: 'x', itemCount: 17 })).toBe('Gemt – 17 punkter');
    expect(saveResultText({ ok: true, status: 'updated', meetingId: 'x', itemCount: 1 })).toBe('Gemt – 1 punkt');
    expect(saveResultText({ ok: true, status: 'unchanged', meetingId: 'x', itemCount: 17 })).toBe('Allerede gemt – 17 punkter');
  });

  it('says an agenda does not replace saved minutes', () => {
    expect(saveResultText({ ok: true, status: 'kept', meetingId: 'x', itemCount: 17 }, 'dagsorden')).toBe(
      'Referatet fra mødet er allerede gemt; dagsordenen erstatter det ikke.',
    );
  });

  it('passes the background error on, and says so when nothing answered', () => {
    expect(saveResultText({ ok: false, error: 'Der er ikke plads.' })).toBe('Der er ikke plads.');
    expect(saveResultText(undefined)).toBe('Referatet kunne ikke gemmes, fordi udvidelsen ikke svarede. Prøv igen.');
  });
});
