import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  Availability,
  MODALITIES,
  isValidationError,
  parseOrThrow,
  type WellvisitBackend,
} from '@wellvisit/sdk';
import {
  errorsByField,
  fieldKey,
  fromDraft,
  newKey,
  toDraft,
  type AvailabilityDraft,
  type ExceptionDraft,
  type NumberField,
  type RuleDraft,
} from './availability-draft.js';

/** The DOM id of a field, from its path: `rules.2.end` → `field-rules-2-end`. */
export function fieldId(path: readonly (string | number)[]): string {
  return `field-${path.join('-')}`;
}

/**
 * The availability form's state: the draft being edited, the errors by field, and saving. Checks
 * the draft with the SDK's schema before sending it, and files every validation issue (its own
 * or the backend's) under the field it names, keeping what the clinician typed.
 */
export class AvailabilityEditor implements ReactiveController {
  draft: AvailabilityDraft | undefined;
  errors: ReadonlyMap<string, string> = new Map();
  saving = false;
  /** A failure that is not about a field (network, conflict, permission). */
  failure: unknown;
  private focusAfterUpdate: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly findElement: (id: string) => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.focusAfterUpdate === undefined) return;
    this.findElement(this.focusAfterUpdate)?.focus();
    this.focusAfterUpdate = undefined;
  }

  load(availability: Availability): void {
    this.draft = toDraft(availability);
    this.errors = new Map();
    this.failure = undefined;
    this.host.requestUpdate();
  }

  errorFor(path: readonly (string | number)[]): string | undefined {
    return this.errors.get(fieldKey(path));
  }

  setNumber(field: NumberField, value: string): void {
    this.edit([field], (draft) => {
      draft[field] = value;
    });
  }

  setRule(index: number, patch: Partial<Omit<RuleDraft, 'key'>>): void {
    this.edit(['rules', index, ...Object.keys(patch)], (draft) => {
      const rule = draft.rules[index];
      if (rule) Object.assign(rule, patch);
    });
  }

  setException(index: number, patch: Partial<Omit<ExceptionDraft, 'key'>>): void {
    this.edit(['exceptions', index, ...Object.keys(patch)], (draft) => {
      const exception = draft.exceptions[index];
      if (exception) Object.assign(exception, patch);
    });
  }

  /** Adds a weekday rule, like the last one if there is one, and focuses it. */
  addRule(): void {
    const draft = this.draft;
    if (!draft) return;
    const last = draft.rules[draft.rules.length - 1];
    draft.rules = [
      ...draft.rules,
      {
        key: newKey(),
        weekday: last ? String((Number(last.weekday) % 7) + 1) : '1',
        start: last?.start ?? '09:00',
        end: last?.end ?? '17:00',
        modalities: last ? [...last.modalities] : [MODALITIES[1]],
        place: last?.place ?? '',
      },
    ];
    this.restructured(fieldId(['rules', draft.rules.length - 1, 'weekday']));
  }

  removeRule(index: number): void {
    const draft = this.draft;
    if (!draft) return;
    draft.rules = draft.rules.filter((_, i) => i !== index);
    this.restructured('add-rule');
  }

  addException(): void {
    const draft = this.draft;
    if (!draft) return;
    draft.exceptions = [
      ...draft.exceptions,
      {
        key: newKey(),
        date: '',
        kind: 'unavailable',
        start: '',
        end: '',
        modalities: [],
        place: '',
      },
    ];
    this.restructured(fieldId(['exceptions', draft.exceptions.length - 1, 'date']));
  }

  removeException(index: number): void {
    const draft = this.draft;
    if (!draft) return;
    draft.exceptions = draft.exceptions.filter((_, i) => i !== index);
    this.restructured('add-exception');
  }

  /** Checks and saves the draft; the saved availability, or undefined when it was refused. */
  async save(backend: WellvisitBackend): Promise<Availability | undefined> {
    const draft = this.draft;
    if (!draft || this.saving) return undefined;
    this.saving = true;
    this.failure = undefined;
    this.host.requestUpdate();
    try {
      const availability = parseOrThrow(Availability, fromDraft(draft), 'availability');
      const saved = await backend.clinician.setAvailability(availability);
      this.load(saved);
      return saved;
    } catch (error) {
      if (isValidationError(error) && error.issues.length > 0) {
        this.errors = errorsByField(error.issues);
        const first = error.issues[0];
        if (first) this.focusAfterUpdate = fieldId(first.path);
      } else {
        this.failure = error;
      }
      return undefined;
    } finally {
      this.saving = false;
      this.host.requestUpdate();
    }
  }

  private edit(path: readonly (string | number)[], change: (draft: AvailabilityDraft) => void) {
    if (!this.draft) return;
    change(this.draft);
    // The clinician is correcting this field: its old error no longer applies.
    if (this.errors.has(fieldKey(path))) {
      const errors = new Map(this.errors);
      errors.delete(fieldKey(path));
      this.errors = errors;
    }
    this.host.requestUpdate();
  }

  /** Rows came or went: errors filed by row number no longer line up. */
  private restructured(focusId: string): void {
    this.errors = new Map();
    this.focusAfterUpdate = focusId;
    this.host.requestUpdate();
  }
}
