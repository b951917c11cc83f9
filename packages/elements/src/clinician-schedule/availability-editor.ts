import type { ReactiveControllerHost } from 'lit';
import {
  Availability,
  isValidationError,
  parseOrThrow,
  type Modality,
  type WellvisitBackend,
} from '@wellvisit/sdk';
import {
  errorsByField,
  fieldKey,
  fromDraft,
  newException,
  newRule,
  toDraft,
  type AvailabilityDraft,
  type NumberField,
} from './availability-draft.js';

/** The weekly rules or the date changes. */
export type RowList = 'rules' | 'exceptions';

/** A text field of a weekly rule or a date change. */
export type RowField = 'weekday' | 'date' | 'kind' | 'start' | 'end' | 'place';

/** A text field of the draft: a setting, or a field of one weekly rule or date change. */
export type FieldPath = readonly [NumberField] | readonly [RowList, number, RowField];

/** What an error is filed under: a field, the modalities of a row, or a whole list. */
export type ErrorPath = readonly (string | number)[];

/** The DOM id of a field, from its path: `rules.2.end` → `field-rules-2-end`. */
export function fieldId(path: ErrorPath): string {
  return `field-${path.join('-')}`;
}

/**
 * The availability form's state: the draft being edited, the errors by field, and saving. Checks
 * the draft with the SDK's schema before sending it, and files every validation issue (its own
 * or the backend's) under the field it names, keeping what the clinician typed.
 */
export class AvailabilityEditor {
  draft: AvailabilityDraft | undefined;
  errors = new Map<string, () => string>();
  saving = false;
  /** A failure that is not about a field (network, conflict, permission). */
  failure: unknown;
  /** The availability as last loaded or saved, for discarding edits. */
  private saved: Availability | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly findElement: (id: string) => HTMLElement | null,
  ) {}

  load(availability: Availability): void {
    this.saved = availability;
    this.draft = toDraft(availability);
    this.errors = new Map();
    this.failure = undefined;
    this.host.requestUpdate();
  }

  discard(): void {
    if (this.saved) this.load(this.saved);
  }

  errorFor(path: ErrorPath): string | undefined {
    return this.errors.get(fieldKey(path))?.();
  }

  /** What the clinician typed in a field. */
  text(path: FieldPath): string {
    if (path.length === 1) return this.draft?.[path[0]] ?? '';
    const row: Partial<Record<RowField, string>> | undefined = this.draft?.[path[0]][path[1]];
    return row?.[path[2]] ?? '';
  }

  /** Keeps what was typed in a field, as typed; the schema judges it when saving. */
  setText(path: FieldPath, value: string): void {
    this.edit(path, (draft) => {
      if (path.length === 1) draft[path[0]] = value;
      else Object.assign(draft[path[0]][path[1]] ?? {}, { [path[2]]: value });
    });
  }

  setModalities(list: RowList, index: number, modalities: Modality[]): void {
    this.edit([list, index, 'modalities'], (draft) => {
      Object.assign(draft[list][index] ?? {}, { modalities });
    });
  }

  /** Adds a weekly rule, like the last one if there is one, or a date change, and focuses it. */
  addRow(list: RowList): void {
    const draft = this.draft;
    if (!draft) return;
    if (list === 'rules') draft.rules.push(newRule(draft.rules.at(-1)));
    else draft.exceptions.push(newException());
    const first = list === 'rules' ? 'weekday' : 'date';
    this.restructured(fieldId([list, draft[list].length - 1, first]));
  }

  removeRow(list: RowList, index: number): void {
    this.draft?.[list].splice(index, 1);
    this.restructured(`add-${list}`);
  }

  /** Checks and saves the draft; the saved availability, or undefined when it was refused. */
  async save(backend: WellvisitBackend): Promise<Availability | undefined> {
    const draft = this.draft;
    if (!draft || this.saving) return undefined;
    this.saving = true;
    this.failure = undefined;
    this.host.requestUpdate();
    try {
      const saved = await backend.clinician.setAvailability(
        parseOrThrow(Availability, fromDraft(draft), 'availability'),
      );
      this.load(saved);
      return saved;
    } catch (error) {
      if (isValidationError(error) && error.issues[0]) {
        this.errors = errorsByField(error.issues);
        void this.focusAfterUpdate(fieldId(error.issues[0].path));
      } else {
        this.failure = error;
      }
      return undefined;
    } finally {
      this.saving = false;
      this.host.requestUpdate();
    }
  }

  private edit(path: ErrorPath, change: (draft: AvailabilityDraft) => void) {
    if (!this.draft) return;
    change(this.draft);
    // The clinician is correcting this field: its old error no longer applies.
    this.errors.delete(fieldKey(path));
    this.host.requestUpdate();
  }

  /** Rows came or went: errors filed by row number no longer line up. */
  private restructured(focusId: string): void {
    this.errors = new Map();
    this.host.requestUpdate();
    void this.focusAfterUpdate(focusId);
  }

  private async focusAfterUpdate(id: string): Promise<void> {
    await this.host.updateComplete;
    this.findElement(id)?.focus();
  }
}
