import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import {
  isConflictError,
  type Clinician,
  type Modality,
  type ReminderPreferences,
  type Slot,
  type Visit,
  type WellvisitBackend,
} from '@wellvisit/sdk';
import { WvBookedEvent, WvCancelledEvent, WvRescheduledEvent } from '../events/visit-events.js';
import { NoBackendError } from '../shared/task-states.js';
import { newIdempotencyKey } from './idempotency-key.js';
import { addDays, mondayOf, weekRange } from './week.js';

export const BOOKING_STEPS = [
  'where',
  'clinician',
  'time',
  'confirm',
  'done',
  'cancel',
  'cancelled',
] as const;
export type BookingStep = (typeof BOOKING_STEPS)[number];

/** Something that happened, announced in the live region (the element words it). */
export type BookingNotice =
  | 'booked'
  | 'rescheduled'
  | 'cancelled'
  | 'slot-taken'
  | 'slot-unavailable'
  | 'visit-changed'
  | 'visit-unavailable';

/** Conflicts that mean the chosen time cannot be had any more, though others may. */
const SLOT_GONE = new Set(['slot-taken', 'not-a-slot', 'too-soon', 'beyond-horizon']);

/** Everything the officer has chosen so far and where they are: the flow's one source of truth. */
export interface BookingState {
  step: BookingStep;
  timeZone: string;
  modality: Modality | undefined;
  clinicianId: string | undefined;
  /** Clinician filters; '' is any language. */
  language: string;
  trainedOnly: boolean;
  /** The Monday (`YYYY-MM-DD`, in `timeZone`) of the week shown. */
  week: string;
  slot: Slot | undefined;
  /** The slot grid's cell in the tab order (roving tabindex). */
  activeStart: string | undefined;
  /** The visit booked in this flow, once there is one. */
  visit: Visit | undefined;
  /** Picking a new time for `visit` rather than booking a new one. */
  rescheduling: boolean;
  notice: BookingNotice | undefined;
  /** The last confirm or cancel failure, shown with a retry; choices are kept. */
  actionError: unknown;
  busy: boolean;
}

export type BookingFlowHost = ReactiveControllerHost & EventTarget;

/** `2026-03-08T14:00:00Z`: the wire form of an instant, without milliseconds. */
function toInstant(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The officer's booking flow: the state, the data it needs (clinicians, free slots) and the
 * actions (book, reschedule, cancel). The element and its step templates only render it.
 */
export class BookingFlow {
  state: BookingState;
  /** One key per confirmation attempt: a retried or repeated click cannot book twice. */
  private idempotencyKey = '';

  readonly clinicians: Task<
    readonly [WellvisitBackend | undefined, Modality | undefined],
    Clinician[]
  >;
  readonly slots: Task<
    readonly [
      WellvisitBackend | undefined,
      string | undefined,
      Modality | undefined,
      string,
      string,
    ],
    Slot[]
  >;

  /**
   * @param backend - the backend in effect (the element's own or its provider's), read on use.
   */
  /**
   * The officer's reminder settings, for the calendar file's wording and alarms; `undefined`
   * (the discreet defaults) if they cannot be read.
   */
  readonly preferences: Task<
    readonly [WellvisitBackend | undefined, boolean],
    ReminderPreferences | undefined
  >;

  constructor(
    private readonly host: BookingFlowHost,
    private readonly backend: () => WellvisitBackend | undefined,
    timeZone: string,
  ) {
    this.state = {
      step: 'where',
      timeZone,
      modality: undefined,
      clinicianId: undefined,
      language: '',
      trainedOnly: false,
      week: mondayOf(new Date(), timeZone),
      slot: undefined,
      activeStart: undefined,
      visit: undefined,
      rescheduling: false,
      notice: undefined,
      actionError: undefined,
      busy: false,
    };
    this.clinicians = new Task(host, {
      task: async ([backend, modality], { signal }) => {
        if (!backend) throw new NoBackendError();
        return backend.officer.listClinicians(modality ? { modality } : {}, { signal });
      },
      args: () => [this.backend(), this.state.modality] as const,
    });
    this.slots = new Task(host, {
      task: async ([backend, clinicianId, modality, week, zone], { signal }) => {
        if (!backend) throw new NoBackendError();
        if (!clinicianId || !modality) return [];
        const { from, to } = weekRange(week, zone);
        return backend.officer.listSlots(
          { from: toInstant(from), to: toInstant(to), clinicianId, modality },
          { signal },
        );
      },
      args: () =>
        [
          this.backend(),
          this.state.clinicianId,
          this.state.modality,
          this.state.week,
          this.state.timeZone,
        ] as const,
    });
    this.preferences = new Task(host, {
      task: async ([backend, needed], { signal }) => {
        if (!backend || !needed) return undefined;
        try {
          return await backend.officer.reminderPreferences({ signal });
        } catch {
          return undefined;
        }
      },
      args: () => [this.backend(), this.state.step === 'done'] as const,
    });
  }

  private set(patch: Partial<BookingState>): void {
    this.state = { ...this.state, ...patch };
    this.host.requestUpdate();
  }

  /** The Monday of the current week; earlier weeks have no free time to offer. */
  get firstWeek(): string {
    return mondayOf(new Date(), this.state.timeZone);
  }

  /** The clinician chosen, once the directory has loaded. */
  get clinician(): Clinician | undefined {
    return this.clinicians.value?.find((c) => c.id === this.state.clinicianId);
  }

  /** Applies the host page's prefill (attributes), unless the officer is past choosing. */
  prefill(choice: { modality: Modality | undefined; clinicianId: string | undefined }): void {
    if (!['where', 'clinician', 'time'].includes(this.state.step)) return;
    const step: BookingStep = !choice.modality
      ? 'where'
      : choice.clinicianId
        ? 'time'
        : 'clinician';
    this.set({ ...choice, step });
  }

  setTimeZone(timeZone: string): void {
    if (timeZone === this.state.timeZone) return;
    this.set({ timeZone, week: mondayOf(new Date(), timeZone) });
  }

  chooseModality(modality: Modality): void {
    this.set({ modality, step: 'clinician', notice: undefined });
  }

  setFilters(filters: { language?: string; trainedOnly?: boolean }): void {
    this.set(filters);
  }

  chooseClinician(clinicianId: string): void {
    this.set({ clinicianId, step: 'time', notice: undefined });
  }

  showWeek(weeks: number): void {
    const week = addDays(this.state.week, weeks * 7);
    if (week < this.firstWeek) return;
    this.set({ week });
  }

  /** Moves the slot grid's tab stop (the element then focuses it). */
  moveTo(start: string): void {
    this.set({ activeStart: start });
  }

  chooseSlot(slot: Slot): void {
    this.idempotencyKey = newIdempotencyKey();
    this.set({
      slot,
      activeStart: slot.start,
      step: 'confirm',
      notice: undefined,
      actionError: undefined,
    });
  }

  /** One step back, keeping every choice. */
  back(): void {
    const { step, rescheduling } = this.state;
    const previous: Partial<Record<BookingStep, BookingStep>> = {
      clinician: 'where',
      time: rescheduling ? 'done' : 'clinician',
      confirm: 'time',
      cancel: 'done',
    };
    const target = previous[step];
    if (!target) return;
    this.set({
      step: target,
      actionError: undefined,
      ...(target === 'done' ? { rescheduling: false } : {}),
    });
  }

  /** Books the chosen slot, or moves the visit to it when rescheduling. */
  async confirm(): Promise<void> {
    const { slot, visit, rescheduling, busy } = this.state;
    const backend = this.backend();
    if (!slot || busy) return;
    this.set({ busy: true, actionError: undefined });
    try {
      if (!backend) throw new NoBackendError();
      const moving = rescheduling && visit !== undefined;
      const result = moving
        ? await backend.officer.reschedule(visit.id, {
            start: slot.start,
            clinicianId: slot.clinicianId,
            modality: slot.modality,
            expectedVersion: visit.version,
          })
        : await backend.officer.book({
            clinicianId: slot.clinicianId,
            start: slot.start,
            modality: slot.modality,
            idempotencyKey: this.idempotencyKey,
          });
      this.set({
        visit: result,
        step: 'done',
        rescheduling: false,
        notice: moving ? 'rescheduled' : 'booked',
      });
      const event = moving
        ? new WvRescheduledEvent({ visitId: result.id })
        : new WvBookedEvent({ visitId: result.id });
      this.host.dispatchEvent(event);
    } catch (error) {
      await this.recover(error);
    } finally {
      this.set({ busy: false });
    }
  }

  startReschedule(): void {
    const { visit } = this.state;
    if (!visit) return;
    this.set({
      rescheduling: true,
      modality: visit.modality,
      clinicianId: visit.clinicianId,
      slot: undefined,
      step: 'time',
      notice: undefined,
      actionError: undefined,
    });
  }

  requestCancel(): void {
    if (this.state.visit) this.set({ step: 'cancel', notice: undefined, actionError: undefined });
  }

  async cancel(): Promise<void> {
    const { visit, busy } = this.state;
    const backend = this.backend();
    if (!visit || busy) return;
    this.set({ busy: true, actionError: undefined });
    try {
      if (!backend) throw new NoBackendError();
      const cancelled = await backend.officer.cancel(visit.id, { expectedVersion: visit.version });
      this.set({ visit: cancelled, step: 'cancelled', notice: 'cancelled' });
      this.host.dispatchEvent(new WvCancelledEvent({ visitId: cancelled.id }));
    } catch (error) {
      await this.recover(error);
    } finally {
      this.set({ busy: false });
    }
  }

  /**
   * Opens a visit the officer booked earlier, to reschedule or cancel it. A visit that cannot be
   * opened, or is no longer booked, leaves the officer at the start with a sentence saying so.
   */
  async manage(visitId: string): Promise<void> {
    const backend = this.backend();
    if (!backend) return;
    this.set({ busy: true, actionError: undefined, notice: undefined });
    try {
      const visit = await backend.officer.getVisit(visitId);
      if (visit.status !== 'booked') throw new Error('not booked');
      this.set({
        visit,
        modality: visit.modality,
        clinicianId: visit.clinicianId,
        slot: undefined,
        step: 'done',
      });
    } catch {
      this.set({ step: 'where', visit: undefined, notice: 'visit-unavailable' });
    } finally {
      this.set({ busy: false });
    }
  }

  /** Starts over for another visit, offering the same place and clinician. */
  bookAnother(): void {
    this.set({ step: 'where', visit: undefined, slot: undefined, notice: undefined });
  }

  /**
   * A slot taken in the meantime sends the officer back to the (refreshed) slots with every other
   * choice kept; a visit changed elsewhere is reloaded; anything else is shown with a retry.
   */
  private async recover(error: unknown): Promise<void> {
    const backend = this.backend();
    if (isConflictError(error) && SLOT_GONE.has(error.code)) {
      const notice = error.code === 'slot-taken' ? 'slot-taken' : 'slot-unavailable';
      this.set({ step: 'time', slot: undefined, notice });
      await this.slots.run();
      return;
    }
    const { visit } = this.state;
    if (isConflictError(error) && error.code === 'version-mismatch' && visit && backend) {
      try {
        this.set({ visit: await backend.officer.getVisit(visit.id), notice: 'visit-changed' });
        return;
      } catch (reloadError) {
        this.set({ actionError: reloadError });
        return;
      }
    }
    this.set({ actionError: error });
  }
}
