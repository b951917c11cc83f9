import { requireDateMs, requireInteger } from '../../rules/inputs.js';
import { FEATURED_OFFICERS, demoSeed, type DemoSeed } from './demo.js';

// Kept apart from demo.ts so the memory backend's default demo (and so the browser bundles)
// never carries the names table.

const FIRST = [
  'Aaron',
  'Abigail',
  'Adrian',
  'Aisha',
  'Alex',
  'Amara',
  'Andre',
  'Angela',
  'Beatriz',
  'Brandon',
  'Brianna',
  'Caleb',
  'Camila',
  'Carlos',
  'Chloe',
  'Darnell',
  'Deborah',
  'Diego',
  'Elena',
  'Emeka',
  'Erin',
  'Fatima',
  'Felix',
  'Gabriel',
  'Hector',
  'Imani',
  'Isaac',
  'Jamal',
  'Jasmine',
  'Javier',
  'Jenna',
  'Kenji',
  'Laila',
  'Liam',
  'Malik',
  'Mei',
  'Nadia',
  'Noah',
  'Olivia',
  'Omar',
] as const;

const LAST = [
  'Abbott',
  'Alvarez',
  'Baker',
  'Brennan',
  'Castillo',
  'Chen',
  'Dawson',
  'Delgado',
  'Ellis',
  'Fischer',
  'Fitzgerald',
  'Gallagher',
  'Haddad',
  'Hoffman',
  'Ibarra',
  'Jensen',
  'Kaur',
  'Kim',
  'Larsen',
  'Mbeki',
  'Morales',
  'Novak',
  'Osei',
  'Patel',
  'Quinn',
  'Reyes',
  'Sato',
  'Sullivan',
] as const;

/** Up to 1,120 distinct generated names, the same on every run. */
function generatedOfficerNames(count: number): string[] {
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const round = Math.floor(i / FIRST.length);
    // Each first name meets every last name once (13 and 28 are coprime); neighbours differ.
    const first = FIRST[i % FIRST.length] ?? 'Alex';
    const last = LAST[(i + round) % LAST.length] ?? 'Kim';
    names.push(`${first} ${last}`);
  }
  return names;
}

const MAX_ROSTER = FEATURED_OFFICERS.length + FIRST.length * LAST.length;

/**
 * The demo world with Riverton's roster grown to `rivertonOfficers` (12 to 1,132): the featured
 * twelve, then generated first × last names. The demo server seeds it with a thousand.
 */
export function demoSeedWithRoster(now: Date, rivertonOfficers: number): DemoSeed {
  requireDateMs(now, 'now');
  const size = requireInteger(
    rivertonOfficers,
    'rivertonOfficers',
    FEATURED_OFFICERS.length,
    MAX_ROSTER,
  );
  const more = generatedOfficerNames(size - FEATURED_OFFICERS.length);
  return demoSeed(now, { moreRivertonOfficers: more });
}
