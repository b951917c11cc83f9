import { str } from '@lit/localize';
import { msg } from '../shared/localization.js';
import type { Clinician } from '@wellvisit/sdk';

/**
 * A visit's title. Discreet (the default) says only "Appointment": a screen seen over the
 * officer's shoulder, or a notification, gives nothing away.
 */
export function visitTitle(discreet: boolean, clinician: Clinician | undefined): string {
  if (discreet) return msg('Appointment', { id: 'reminders.title.discreet' });
  if (!clinician) return msg('Wellness visit', { id: 'reminders.title.visit' });
  const name = clinician.displayName;
  return msg(str`Wellness visit with ${name}`, { id: 'reminders.title.visitWith' });
}
