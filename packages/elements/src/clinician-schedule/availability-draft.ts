import type { Availability, DateException, Modality, ValidationIssue } from '@wellvisit/sdk';
import { availabilityIssueMessage } from './availability-messages.js';

/**
 * Availability as the form holds it: what the clinician typed, as typed (numbers as text), so a
 * rejected value stays on screen for correcting. Each row has a key that survives reordering.
 */
interface RowDraft {
  readonly key: number;
  start: string;
  end: string;
  modalities: Modality[];
  place: string;
}

export interface RuleDraft extends RowDraft {
  weekday: string;
}

export interface ExceptionDraft extends RowDraft {
  date: string;
  kind: DateException['kind'];
}

export interface AvailabilityDraft {
  readonly clinicianId: string;
  readonly timeZone: string;
  slotMinutes: string;
  bufferMinutes: string;
  minNoticeMinutes: string;
  horizonDays: string;
  rules: RuleDraft[];
  exceptions: ExceptionDraft[];
}

export type NumberField = 'slotMinutes' | 'bufferMinutes' | 'minNoticeMinutes' | 'horizonDays';

let nextKey = 1;

/**
 * A time input cannot show `24:00`, so a rule ending at midnight shows `00:00` as its end; an end
 * of `00:00` can only mean midnight, since an end comes after its start.
 */
const endForInput = (end = ''): string => (end === '24:00' ? '00:00' : end);
const endFromInput = (end: string): string => (end === '00:00' ? '24:00' : end);

/** The fields a weekly rule and a date change share, as the form shows them. */
function rowDraft(row: {
  start?: string;
  end?: string;
  modalities?: readonly Modality[];
  place?: string;
}): RowDraft {
  return {
    key: nextKey++,
    start: row.start ?? '',
    end: endForInput(row.end),
    modalities: [...(row.modalities ?? [])],
    place: row.place ?? '',
  };
}

export function toDraft(availability: Availability): AvailabilityDraft {
  return {
    clinicianId: availability.clinicianId,
    timeZone: availability.timeZone,
    slotMinutes: String(availability.slotMinutes),
    bufferMinutes: String(availability.bufferMinutes),
    minNoticeMinutes: String(availability.minNoticeMinutes),
    horizonDays: String(availability.horizonDays),
    rules: availability.rules.map((rule) => ({ ...rowDraft(rule), weekday: String(rule.weekday) })),
    exceptions: availability.exceptions.map(newException),
  };
}

/** A new weekly rule: like the last one, on the next weekday, when there is one. */
export function newRule(last?: RuleDraft): RuleDraft {
  return last
    ? { ...rowDraft(last), weekday: String((Number(last.weekday) % 7) + 1) }
    : { ...rowDraft({ start: '09:00', end: '17:00', modalities: ['practice'] }), weekday: '1' };
}

/** A date change as the form shows it; a day off when none is given. */
export function newException(exception?: DateException): ExceptionDraft {
  return {
    ...rowDraft(exception ?? {}),
    date: exception?.date ?? '',
    kind: exception?.kind ?? 'unavailable',
  };
}

/** A number as typed; text that is no number goes through as text for the schema to reject. */
function numberFrom(text: string): number | string {
  const trimmed = text.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
}

/** `{ [key]: text }` for text that is there, `{}` for an empty field. */
const optional = (key: string, text: string): Record<string, string> =>
  text.trim() === '' ? {} : { [key]: text.trim() };

/**
 * The draft in the shape of an `Availability`, unchecked: the schema (in the SDK and the backend)
 * decides what is wrong and names the field.
 */
export function fromDraft(draft: AvailabilityDraft): unknown {
  return {
    clinicianId: draft.clinicianId,
    timeZone: draft.timeZone,
    slotMinutes: numberFrom(draft.slotMinutes),
    bufferMinutes: numberFrom(draft.bufferMinutes),
    minNoticeMinutes: numberFrom(draft.minNoticeMinutes),
    horizonDays: numberFrom(draft.horizonDays),
    rules: draft.rules.map((rule) => ({
      weekday: numberFrom(rule.weekday),
      start: rule.start,
      end: endFromInput(rule.end),
      modalities: rule.modalities,
      ...optional('place', rule.place),
    })),
    exceptions: draft.exceptions.map((exception) => {
      // A day off offers no visits: its modalities and place are not sent.
      const available = exception.kind === 'available';
      return {
        date: exception.date,
        kind: exception.kind,
        ...optional('start', exception.start),
        ...optional('end', endFromInput(exception.end)),
        ...(available && exception.modalities.length > 0
          ? { modalities: exception.modalities }
          : {}),
        ...(available ? optional('place', exception.place) : {}),
      };
    }),
  };
}

/** The key a field's error is filed under: its path, e.g. `rules.2.end`. */
export function fieldKey(path: readonly (string | number)[]): string {
  return path.join('.');
}

/**
 * Validation issues by the field they name, worded for the form when read (so in the language the
 * form renders in); the first per field wins.
 */
export function errorsByField(issues: readonly ValidationIssue[]): Map<string, () => string> {
  const errors = new Map<string, () => string>();
  for (const issue of issues) {
    const key = fieldKey(issue.path);
    if (!errors.has(key)) errors.set(key, () => availabilityIssueMessage(issue));
  }
  return errors;
}
