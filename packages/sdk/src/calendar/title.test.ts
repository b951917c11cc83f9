import { describe, expect, it } from 'vitest';
import { isValidationError } from '../errors/guards.js';
import { messageLanguage, visitTitle } from './title.js';

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

describe('bad input', () => {
  it.each<[string, () => unknown]>([
    ['tags that are not a list', () => messageLanguage('es' as unknown as string[])],
    [
      'a visit without a modality',
      () => visitTitle({} as { modality: string }, { language: 'en', discreet: true }),
    ],
    [
      'an unknown language',
      () => visitTitle({ modality: 'virtual' }, { language: 'fr' as 'en', discreet: true }),
    ],
  ])('%s is a ValidationError', (_, call) => {
    let caught: unknown;
    try {
      call();
    } catch (error) {
      caught = error;
    }
    expect(isValidationError(caught)).toBe(true);
  });
});
