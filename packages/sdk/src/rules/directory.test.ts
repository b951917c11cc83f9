import { describe, expect, it } from 'vitest';
import type { Clinician } from '../model/practice.js';
import { byClinicianName, clinicianMatches, foldName, nameSearch } from './directory.js';

const CLINICIAN: Clinician = {
  id: 'clin-1',
  practiceId: 'practice-1',
  displayName: 'Dr. Zoë Álvarez',
  languages: ['en', 'es-MX'],
  modalities: ['virtual'],
  lawEnforcementTrained: true,
  timeZone: 'America/Chicago',
} as Clinician;

describe('foldName', () => {
  it('drops case and accents', () => {
    expect(foldName('Zoë ÁLVAREZ')).toBe('zoe alvarez');
  });
});

describe('nameSearch', () => {
  it('finds an accented name from a plain, padded search', () => {
    expect(nameSearch('  zoe ')('Dr. Zoë Álvarez')).toBe(true);
    expect(nameSearch('ALVA')('Dr. Zoë Álvarez')).toBe(true);
  });

  it('misses names that do not contain the search', () => {
    expect(nameSearch('zoey')('Dr. Zoë Álvarez')).toBe(false);
  });

  it('matches every name when there is no search', () => {
    expect(nameSearch(undefined)('Anyone')).toBe(true);
    expect(nameSearch('   ')('Anyone')).toBe(true);
  });
});

describe('byClinicianName', () => {
  it('orders by name, ignoring case and accents', () => {
    const names = ['émile', 'Dana', 'bo'].map((displayName) => ({ displayName }));
    expect(names.sort(byClinicianName).map((c) => c.displayName)).toEqual(['bo', 'Dana', 'émile']);
    expect(byClinicianName({ displayName: 'Zoë' }, { displayName: 'zoe' })).toBe(0);
  });
});

describe('clinicianMatches', () => {
  it('matches a language to its regional variants, in any case', () => {
    expect(clinicianMatches({ language: 'es' })(CLINICIAN)).toBe(true);
    expect(clinicianMatches({ language: 'ES-mx' })(CLINICIAN)).toBe(true);
    expect(clinicianMatches({ language: 'e' })(CLINICIAN)).toBe(false);
    expect(clinicianMatches({ language: 'fr' })(CLINICIAN)).toBe(false);
  });

  it('filters by modality and law-enforcement training', () => {
    expect(clinicianMatches({ modality: 'virtual' })(CLINICIAN)).toBe(true);
    expect(clinicianMatches({ modality: 'practice' })(CLINICIAN)).toBe(false);
    expect(clinicianMatches({ lawEnforcementTrained: true })(CLINICIAN)).toBe(true);
    expect(clinicianMatches({ lawEnforcementTrained: false })(CLINICIAN)).toBe(false);
  });

  it('needs every criterion, and an empty filter matches anyone', () => {
    expect(clinicianMatches({})(CLINICIAN)).toBe(true);
    expect(clinicianMatches({ language: 'es', modality: 'practice' })(CLINICIAN)).toBe(false);
  });
});
