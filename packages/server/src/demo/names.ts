/**
 * Names for the demo's realistic roster: the twelve officers the examples talk about first,
 * then enough generated ones (first × last name) for a department of about a thousand.
 */
export const FEATURED_OFFICERS = [
  'Ana Ruiz',
  'Marcus Bell',
  'Priya Natarajan',
  "Tom O'Neill",
  'Keisha Grant',
  'Daniel Kowalski',
  'Zoë Martin',
  'Luis Ortega',
  'Hannah Cho',
  'Samuel Adeyemi',
  'Grace Whitfield',
  'Victor Nguyen',
] as const;

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
export function generatedOfficerNames(count: number): string[] {
  const names: string[] = [];
  for (let i = 0; i < Math.min(count, FIRST.length * LAST.length); i++) {
    const round = Math.floor(i / FIRST.length);
    // Each first name meets every last name once (13 and 28 are coprime); neighbours differ.
    const first = FIRST[i % FIRST.length] ?? 'Alex';
    const last = LAST[(i + round) % LAST.length] ?? 'Kim';
    names.push(`${first} ${last}`);
  }
  return names;
}
