import type {
  Availability,
  DateException,
  Modality,
  ValidationIssue,
  WeeklyRule,
} from '@wellvisit/sdk';

/**
 * Availability as the form holds it: what the clinician typed, as typed (numbers as text), so a
 * rejected value stays on screen for correcting. Each row has a key that survives reordering.
 */
export interface RuleDraft {
  readonly key: number;
  weekday: string;
  start: string;
  end: string;
  modalities: Modality[];
  place: string;
}

export interface ExceptionDraft {
  readonly key: number;
  date: string;
  kind: DateException['kind'];
  start: string;
  end: string;
  modalities: Modality[];
  place: string;
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
export const newKey = (): number => nextKey++;

/**
 * A time input cannot show `24:00`, so a rule ending at midnight shows `00:00` as its end; an end
 * of `00:00` can only mean midnight, since an end comes after its start.
 */
const endForInput = (end: string): string => (end === '24:00' ? '00:00' : end);
const endFromInput = (end: string): string => (end === '00:00' ? '24:00' : end);

export function toDraft(availability: Availability): AvailabilityDraft {
  return {
    clinicianId: availability.clinicianId,
    timeZone: availability.timeZone,
    slotMinutes: String(availability.slotMinutes),
    bufferMinutes: String(availability.bufferMinutes),
    minNoticeMinutes: String(availability.minNoticeMinutes),
    horizonDays: String(availability.horizonDays),
    rules: availability.rules.map((rule) => ({
      key: newKey(),
      weekday: String(rule.weekday),
      start: rule.start,
      end: endForInput(rule.end),
      modalities: [...rule.modalities],
      place: rule.place ?? '',
    })),
    exceptions: availability.exceptions.map((exception) => ({
      key: newKey(),
      date: exception.date,
      kind: exception.kind,
      start: exception.start ?? '',
      end: endForInput(exception.end ?? ''),
      modalities: [...(exception.modalities ?? [])],
      place: exception.place ?? '',
    })),
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
  const rules: Partial<WeeklyRule>[] = draft.rules.map((rule) => ({
    weekday: numberFrom(rule.weekday) as WeeklyRule['weekday'],
    start: rule.start,
    end: endFromInput(rule.end),
    modalities: rule.modalities,
    ...optional('place', rule.place),
  }));
  const exceptions: Partial<DateException>[] = draft.exceptions.map((exception) => ({
    date: exception.date,
    kind: exception.kind,
    ...optional('start', exception.start),
    ...optional('end', exception.end === '' ? '' : endFromInput(exception.end)),
    ...(exception.kind === 'available' && exception.modalities.length > 0
      ? { modalities: exception.modalities }
      : {}),
    ...(exception.kind === 'available' ? optional('place', exception.place) : {}),
  }));
  return {
    clinicianId: draft.clinicianId,
    timeZone: draft.timeZone,
    slotMinutes: numberFrom(draft.slotMinutes),
    bufferMinutes: numberFrom(draft.bufferMinutes),
    minNoticeMinutes: numberFrom(draft.minNoticeMinutes),
    horizonDays: numberFrom(draft.horizonDays),
    rules,
    exceptions,
  };
}

/** The key a field's error is filed under: its path, e.g. `rules.2.end`. */
export function fieldKey(path: readonly (string | number)[]): string {
  return path.join('.');
}

/** Validation issues by the field they name; the first message per field wins. */
export function errorsByField(issues: readonly ValidationIssue[]): Map<string, string> {
  const errors = new Map<string, string>();
  for (const issue of issues) {
    const key = fieldKey(issue.path);
    if (!errors.has(key)) errors.set(key, issue.message);
  }
  return errors;
}
