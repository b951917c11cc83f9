// Who an officer finds in the clinician directory, and how a typed name matches a stored one.
import type { Clinician, ClinicianFilter } from '../model/practice.js';
import { invalid, requireModality, requireObject, requireString } from './inputs.js';

/** Case- and accent-insensitive form of a name: "Zoë" and "ZOE" both give "zoe". */
export function foldName(text: string): string {
  return requireString(text, 'text')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * Whether a display name contains the search, ignoring case, accents and surrounding spaces:
 * "zoe" finds "Zoë". No search (or a blank one) matches every name.
 */
export function nameSearch(search: string | undefined): (displayName: string) => boolean {
  const folded = search === undefined ? '' : foldName(requireString(search, 'search').trim());
  return (displayName) => foldName(requireString(displayName, 'displayName')).includes(folded);
}

/** The directory's order: by display name, ignoring case and accents. */
export function byClinicianName(a: { displayName: string }, b: { displayName: string }): number {
  const first = requireString(requireObject(a, 'a').displayName, 'a.displayName');
  const second = requireString(requireObject(b, 'b').displayName, 'b.displayName');
  return first.localeCompare(second, 'en', { sensitivity: 'base' });
}

/**
 * Whether a clinician meets every criterion the filter sets. A language matches its regional
 * variants (`es` matches `es-MX`): an officer asks for a language, not a region.
 */
export function clinicianMatches(filter: ClinicianFilter): (clinician: Clinician) => boolean {
  requireObject(filter, 'filter');
  if (filter.modality !== undefined) requireModality(filter.modality, 'modality');
  const language =
    filter.language === undefined
      ? undefined
      : requireString(filter.language, 'language').toLowerCase();
  const trained = filter.lawEnforcementTrained;
  if (trained !== undefined && typeof trained !== 'boolean') {
    throw invalid('lawEnforcementTrained', 'Expected a boolean', 'invalid_type');
  }
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
