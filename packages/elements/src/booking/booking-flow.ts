import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import {
  addDays,
  BOOKING_REFUSALS,
  isUnauthorizedError,
  type Clinician,
  type ConflictError,
  type Modality,
  type ReminderPreferences,
  type Slot,
  type Visit,
  type WellvisitBackend,
} from '@wellvisit/sdk';
import { WvBookedEvent, WvCancelledEvent, WvRescheduledEvent } from '../events/visit-events.js';
import { AsyncActions } from '../shared/async-actions.js';
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
  | 'visit-unavailable'
  | 'visit-cancelled'
  | 'link-expired'
  | 'link-invalid';

/** Conflicts that mean the chosen time cannot be had any more, though others may. */
const SLOT_GONE: ReadonlySet<string> = new Set(BOOKING_REFUSALS);

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
}

/** The element: it renders the flow, receives its events and knows the backend in effect. */
/** The booking flow's actions share one key: the officer changes one visit at a time. */
const VISIT_ACTION = 'visit';

export type BookingFlowHost = ReactiveControllerHost &
  EventTarget & {
    readonly activeBackend: WellvisitBackend | undefined;
    requireBackend(): WellvisitBackend;
  };

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
  /**
   * Book, reschedule, cancel, open a visit: one at a time. The notice is announced; a failure is
   * shown with a retry, choices kept.
   */
  readonly actions: AsyncActions<BookingNotice>;
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

  constructor(
    private readonly host: BookingFlowHost,
    timeZone: string,
  ) {
    this.state = {
      step: 'where',
      timeZone,
      language: '',
      trainedOnly: false,
      week: mondayOf(new Date(), timeZone),
      rescheduling: false,
    };
    this.actions = new AsyncActions(host, (error) => this.reload(error));
    this.clinicians = new Task(host, {
      task: async ([, modality], { signal }) =>
        this.officer().listClinicians(modality ? { modality } : {}, { signal }),
      args: () => [host.activeBackend, this.state.modality] as const,
    });
    this.slots = new Task(host, {
      task: async ([, clinicianId, modality, week, zone], { signal }) => {
        const officer = this.officer();
        if (!clinicianId || !modality) return [];
        const { from, to } = weekRange(week, zone);
        return officer.listSlots(
          { from: from.toISOString(), to: to.toISOString(), clinicianId, modality },
          { signal },
        );
      },
      args: () => {
        const { clinicianId, modality, week, timeZone: zone } = this.state;
        return [host.activeBackend, clinicianId, modality, week, zone] as const;
      },
    });
    this.preferences = new Task(host, {
      task: async ([backend, needed], { signal }) =>
        needed
          ? backend?.officer.reminderPreferences({ signal }).catch(() => undefined)
          : undefined,
      args: () => [host.activeBackend, this.state.step === 'done'] as const,
    });
  }

  private set(patch: Partial<BookingState>): void {
    this.state = { ...this.state, ...patch };
    this.host.requestUpdate();
  }

  /** The officer's side of the backend. */
  private officer(): WellvisitBackend['officer'] {
    return this.host.requireBackend().officer;
  }

  /** Moves to a step; what was announced or failed before is cleared. */
  private go(step: BookingStep, patch: Partial<BookingState> = {}): void {
    this.actions.clear();
    this.set({ ...patch, step });
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
    const { slot, visit, rescheduling } = this.state;
    if (!slot) return;
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
      this.go('done', { visit: result, rescheduling: false });
      const detail = { visitId: result.id };
      this.host.dispatchEvent(moving ? new WvRescheduledEvent(detail) : new WvBookedEvent(detail));
      return moving ? 'rescheduled' : 'booked';
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
    const { visit } = this.state;
    if (!visit) return;
    await this.act(async (officer) => {
      const cancelled = await officer.cancel(visit.id, { expectedVersion: visit.version });
      this.go('cancelled', { visit: cancelled });
      this.host.dispatchEvent(new WvCancelledEvent({ visitId: cancelled.id }));
      return 'cancelled';
    });
  }

  /**
   * Opens a visit the officer booked earlier (from a manage link, say), to reschedule or cancel
   * it. A visit that cannot be opened, or is no longer booked, leaves the officer at the start
   * with a sentence saying why: the link expired or is not valid, the visit was cancelled.
   */
  async manage(visitId: string): Promise<void> {
    await this.act(async (officer) => {
      let refusal: BookingNotice = 'visit-unavailable';
      const visit = await officer.getVisit(visitId).catch((error: unknown) => {
        if (isUnauthorizedError(error)) {
          refusal = error.code === 'token-expired' ? 'link-expired' : 'link-invalid';
        }
        return undefined;
      });
      if (visit?.status === 'booked') {
        this.go('done', reopen(visit));
        return undefined;
      }
      this.go('where', { visit: undefined });
      return visit?.status === 'cancelled' ? 'visit-cancelled' : refusal;
    });
  }

  /** Starts over for another visit, offering the same place and clinician. */
  bookAnother(): void {
    this.go('where', { visit: undefined, slot: undefined });
  }

  /** Whether a backend action is under way. */
  get busy(): boolean {
    return this.actions.busy(VISIT_ACTION);
  }

  /** Runs one backend action at a time; its result is the notice to announce. */
  private act(
    work: (officer: WellvisitBackend['officer']) => Promise<BookingNotice | undefined>,
  ): Promise<void> {
    return this.actions.run(VISIT_ACTION, () => work(this.officer()));
  }

  /**
   * A slot taken in the meantime sends the officer back to the (refreshed) slots with every other
   * choice kept; a visit changed elsewhere is reloaded; any other conflict is shown.
   */
  private async reload({ code }: ConflictError): Promise<BookingNotice | undefined> {
    const { visit } = this.state;
    if (SLOT_GONE.has(code)) {
      this.go('time', { slot: undefined });
      await this.slots.run();
      return code === 'slot-taken' ? code : 'slot-unavailable';
    }
    if (code !== 'version-mismatch' || !visit) return undefined;
    this.set({ visit: await this.officer().getVisit(visit.id) });
    return 'visit-changed';
  }
}
