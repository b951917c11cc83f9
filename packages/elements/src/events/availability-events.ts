/**
 * Events about a clinician's availability. Like every Wellvisit event they bubble out of shadow
 * roots and carry an opaque id only: no times, no places.
 */

export interface AvailabilityEventDetail {
  /** The clinician's opaque id. */
  readonly clinicianId: string;
}

/** A clinician saved their weekly availability rules and date exceptions. */
export class WvAvailabilitySavedEvent extends CustomEvent<AvailabilityEventDetail> {
  static readonly eventName = 'wv-availability-saved';
  constructor(detail: AvailabilityEventDetail) {
    super(WvAvailabilitySavedEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wv-availability-saved': WvAvailabilitySavedEvent;
  }
}
