// Who an officer finds in the clinician directory, and how a typed name matches a stored one.
import type { Clinician, ClinicianFilter } from '../model/practice.js';

/** Case- and accent-insensitive form of a name: "Zoë" and "ZOE" both give "zoe". */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * Whether a display name contains the search, ignoring case, accents and surrounding spaces:
 * "zoe" finds "Zoë". No search (or a blank one) matches every name.
 */
export function nameSearch(search: string | undefined): (displayName: string) => boolean {
  const folded = search === undefined ? '' : foldName(search.trim());
  return (displayName) => foldName(displayName).includes(folded);
}

/** The directory's order: by display name, ignoring case and accents. */
export function byClinicianName(a: { displayName: string }, b: { displayName: string }): number {
  return a.displayName.localeCompare(b.displayName, 'en', { sensitivity: 'base' });
}

/**
 * Whether a clinician meets every criterion the filter sets. A language matches its regional
 * variants (`es` matches `es-MX`): an officer asks for a language, not a region.
 */
export function clinicianMatches(filter: ClinicianFilter): (clinician: Clinician) => boolean {
  const language = filter.language?.toLowerCase();
  return (clinician) =>
    (filter.modality === undefined || clinician.modalities.includes(filter.modality)) &&
    (filter.lawEnforcementTrained === undefined ||
      clinician.lawEnforcementTrained === filter.lawEnforcementTrained) &&
    (language === undefined ||
      clinician.languages.some((tag) => {
        const lower = tag.toLowerCase();
        return lower === language || lower.startsWith(`${language}-`);
      }));
}
