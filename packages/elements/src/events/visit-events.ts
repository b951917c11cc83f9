/**
 * Events the elements send to the host page. They bubble out of shadow roots (`composed`) and
 * carry opaque ids only: a department intranet's scripts must not learn when, where or with whom
 * an officer booked.
 */

export interface VisitEventDetail {
  /** The visit's opaque id. Nothing else about the visit travels with the event. */
  readonly visitId: string;
}

const init = (detail: VisitEventDetail) => ({ detail, bubbles: true, composed: true });

/** An officer booked a visit. */
export class WvBookedEvent extends CustomEvent<VisitEventDetail> {
  static readonly eventName = 'wv-booked';
  constructor(detail: VisitEventDetail) {
    super(WvBookedEvent.eventName, init(detail));
  }
}

/** An officer moved a visit to another time. */
export class WvRescheduledEvent extends CustomEvent<VisitEventDetail> {
  static readonly eventName = 'wv-rescheduled';
  constructor(detail: VisitEventDetail) {
    super(WvRescheduledEvent.eventName, init(detail));
  }
}

/** An officer cancelled a visit. */
export class WvCancelledEvent extends CustomEvent<VisitEventDetail> {
  static readonly eventName = 'wv-cancelled';
  constructor(detail: VisitEventDetail) {
    super(WvCancelledEvent.eventName, init(detail));
  }
}

/** A clinician recorded that a visit happened or that the officer did not come. */
export class WvAttendanceMarkedEvent extends CustomEvent<VisitEventDetail> {
  static readonly eventName = 'wv-attendance-marked';
  constructor(detail: VisitEventDetail) {
    super(WvAttendanceMarkedEvent.eventName, init(detail));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wv-booked': WvBookedEvent;
    'wv-rescheduled': WvRescheduledEvent;
    'wv-cancelled': WvCancelledEvent;
    'wv-attendance-marked': WvAttendanceMarkedEvent;
  }
}
