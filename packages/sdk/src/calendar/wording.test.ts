import { describe, expect, it } from 'vitest';
import { messageLanguage, visitTitle } from './wording.js';

describe('messageLanguage', () => {
  it.each<[(string | undefined)[], string]>([
    [['es-MX'], 'es'],
    [['ES'], 'es'],
    [[undefined, 'es'], 'es'],
    [['fr', 'es', 'en'], 'es'],
    [['fr'], 'en'],
    [[], 'en'],
  ])('%j → %s', (tags, expected) => {
    expect(messageLanguage(tags)).toBe(expected);
  });
});

describe('visitTitle', () => {
  it('is neutral when discreet, whoever the visit is with', () => {
    const options = { discreet: true, withName: 'Dr Ruiz' };
    expect(visitTitle({ modality: 'virtual' }, { ...options, language: 'en' })).toBe('Appointment');
    expect(visitTitle({ modality: 'virtual' }, { ...options, language: 'es' })).toBe('Cita');
  });

  it('names the other party and the modality only when not discreet', () => {
    expect(visitTitle({ modality: 'department' }, { language: 'en', discreet: false })).toBe(
      'Wellness visit (at the department)',
    );
    expect(
      visitTitle({ modality: 'virtual' }, { language: 'es', discreet: false, withName: 'Ana' }),
    ).toBe('Visita de bienestar con Ana (virtual)');
  });
});
