import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import {
  addDays,
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
import { mondayOf, weekRange } from './week.js';

export type BookingStep =
  'where' | 'clinician' | 'time' | 'confirm' | 'done' | 'cancel' | 'cancelled';

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
  modality?: Modality | undefined;
  clinicianId?: string | undefined;
  /** Clinician filters; '' is any language. */
  language: string;
  trainedOnly: boolean;
  /** The Monday (`YYYY-MM-DD`, in `timeZone`) of the week shown. */
  week: string;
  slot?: Slot | undefined;
  /** The slot grid's cell in the tab order (roving tabindex). */
  activeStart?: string | undefined;
  /** The visit booked in this flow, once there is one. */
  visit?: Visit | undefined;
  /** Picking a new time for `visit` rather than booking a new one. */
  rescheduling: boolean;
  notice?: BookingNotice | undefined;
  /** The last confirm or cancel failure, shown with a retry; choices are kept. */
  actionError?: unknown;
  busy: boolean;
}

export type BookingFlowHost = ReactiveControllerHost & EventTarget;

type OfficerApi = WellvisitBackend['officer'];

/** The officer's side of the backend; without a backend, an error the element words plainly. */
function officerOf(backend: WellvisitBackend | undefined): OfficerApi {
  if (!backend) throw new NoBackendError();
  return backend.officer;
}

/** The choices a booked visit stands for, to change it. */
function reopen(visit: Visit): Partial<BookingState> {
  return { visit, modality: visit.modality, clinicianId: visit.clinicianId, slot: undefined };
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
   * The officer's reminder settings, for the calendar file's wording and alarms; `undefined`
   * (the discreet defaults) if they cannot be read.
   */
  readonly preferences: Task<
    readonly [WellvisitBackend | undefined, boolean],
    ReminderPreferences | undefined
  >;

  /**
   * @param backend - the backend in effect (the element's own or its provider's), read on use.
   */
  constructor(
    private readonly host: BookingFlowHost,
    private readonly backend: () => WellvisitBackend | undefined,
    timeZone: string,
  ) {
    this.state = {
      step: 'where',
      timeZone,
      language: '',
      trainedOnly: false,
      week: mondayOf(new Date(), timeZone),
      rescheduling: false,
      busy: false,
    };
    this.clinicians = new Task(host, {
      task: async ([backend, modality], { signal }) =>
        officerOf(backend).listClinicians(modality ? { modality } : {}, { signal }),
      args: () => [this.backend(), this.state.modality] as const,
    });
    this.slots = new Task(host, {
      task: async ([backend, clinicianId, modality, week, zone], { signal }) => {
        const officer = officerOf(backend);
        if (!clinicianId || !modality) return [];
        const { from, to } = weekRange(week, zone);
        return officer.listSlots(
          { from: from.toISOString(), to: to.toISOString(), clinicianId, modality },
          { signal },
        );
      },
      args: () => {
        const { clinicianId, modality, week, timeZone: zone } = this.state;
        return [this.backend(), clinicianId, modality, week, zone] as const;
      },
    });
    this.preferences = new Task(host, {
      task: async ([backend, needed], { signal }) =>
        needed
          ? backend?.officer.reminderPreferences({ signal }).catch(() => undefined)
          : undefined,
      args: () => [this.backend(), this.state.step === 'done'] as const,
    });
  }

  private set(patch: Partial<BookingState>): void {
    this.state = { ...this.state, ...patch };
    this.host.requestUpdate();
  }

  /** Moves to a step; what was announced or failed before is cleared unless `patch` says otherwise. */
  private go(step: BookingStep, patch: Partial<BookingState> = {}): void {
    this.set({ notice: undefined, actionError: undefined, ...patch, step });
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
  prefill(modality: Modality | undefined, clinicianId: string | undefined): void {
    if (!['where', 'clinician', 'time'].includes(this.state.step)) return;
    this.go(!modality ? 'where' : clinicianId ? 'time' : 'clinician', { modality, clinicianId });
  }

  setTimeZone(timeZone: string): void {
    this.set({ timeZone, week: mondayOf(new Date(), timeZone) });
  }

  chooseModality(modality: Modality): void {
    this.go('clinician', { modality });
  }

  setFilters(filters: { language?: string; trainedOnly?: boolean }): void {
    this.set(filters);
  }

  chooseClinician(clinicianId: string): void {
    this.go('time', { clinicianId });
  }

  showWeek(weeks: number): void {
    const week = addDays(this.state.week, weeks * 7);
    if (week >= this.firstWeek) this.set({ week });
  }

  /** Moves the slot grid's tab stop; resolves once it is rendered, so it can take the focus. */
  moveTo(start: string): Promise<boolean> {
    this.set({ activeStart: start });
    return this.host.updateComplete;
  }

  chooseSlot(slot: Slot): void {
    this.idempotencyKey = newIdempotencyKey();
    this.go('confirm', { slot, activeStart: slot.start });
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
    if (target) this.go(target, target === 'done' ? { rescheduling: false } : {});
  }

  /** Books the chosen slot, or moves the visit to it when rescheduling. */
  async confirm(): Promise<void> {
    const { slot, visit, rescheduling, busy } = this.state;
    if (!slot || busy) return;
    const { start, clinicianId, modality } = slot;
    const moving = rescheduling ? visit : undefined;
    await this.act(async (officer) => {
      const result = moving
        ? await officer.reschedule(moving.id, {
            start,
            clinicianId,
            modality,
            expectedVersion: moving.version,
          })
        : await officer.book({ start, clinicianId, modality, idempotencyKey: this.idempotencyKey });
      this.go('done', {
        visit: result,
        rescheduling: false,
        notice: moving ? 'rescheduled' : 'booked',
      });
      const detail = { visitId: result.id };
      this.host.dispatchEvent(moving ? new WvRescheduledEvent(detail) : new WvBookedEvent(detail));
    });
  }

  startReschedule(): void {
    const { visit } = this.state;
    if (visit) this.go('time', { ...reopen(visit), rescheduling: true });
  }

  requestCancel(): void {
    if (this.state.visit) this.go('cancel');
  }

  async cancel(): Promise<void> {
    const { visit, busy } = this.state;
    if (!visit || busy) return;
    await this.act(async (officer) => {
      const cancelled = await officer.cancel(visit.id, { expectedVersion: visit.version });
      this.go('cancelled', { visit: cancelled, notice: 'cancelled' });
      this.host.dispatchEvent(new WvCancelledEvent({ visitId: cancelled.id }));
    });
  }

  /**
   * Opens a visit the officer booked earlier, to reschedule or cancel it. A visit that cannot be
   * opened, or is no longer booked, leaves the officer at the start with a sentence saying so.
   */
  async manage(visitId: string): Promise<void> {
    await this.act(async (officer) => {
      const visit = await officer.getVisit(visitId).catch(() => undefined);
      if (visit?.status === 'booked') {
        this.go('done', reopen(visit));
      } else {
        this.go('where', { visit: undefined, notice: 'visit-unavailable' });
      }
    });
  }

  /** Starts over for another visit, offering the same place and clinician. */
  bookAnother(): void {
    this.go('where', { visit: undefined, slot: undefined });
  }

  /** Runs one backend action at a time, marked busy; a failure is recovered from or shown. */
  private async act(work: (officer: OfficerApi) => Promise<void>): Promise<void> {
    this.set({ busy: true, notice: undefined, actionError: undefined });
    try {
      await work(officerOf(this.backend()));
    } catch (error) {
      await this.recover(error);
    } finally {
      this.set({ busy: false });
    }
  }

  /**
   * A slot taken in the meantime sends the officer back to the (refreshed) slots with every other
   * choice kept; a visit changed elsewhere is reloaded; anything else is shown with a retry.
   */
  private async recover(error: unknown): Promise<void> {
    const code = isConflictError(error) ? error.code : '';
    const { visit } = this.state;
    if (SLOT_GONE.has(code)) {
      this.go('time', {
        slot: undefined,
        notice: code === 'slot-taken' ? code : 'slot-unavailable',
      });
      await this.slots.run();
      return;
    }
    try {
      if (code !== 'version-mismatch' || !visit) throw error;
      this.set({
        visit: await officerOf(this.backend()).getVisit(visit.id),
        notice: 'visit-changed',
      });
    } catch (failure) {
      this.set({ actionError: failure });
    }
  }
}
