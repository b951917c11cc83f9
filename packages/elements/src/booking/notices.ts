import { msg } from '@lit/localize';
import type { BookingNotice } from './booking-flow.js';

/** The live region's sentence for what just happened. */
export function noticeText(notice: BookingNotice | undefined): string {
  switch (notice) {
    case 'booked':
      return msg('Your visit is booked.', { id: 'booking.notice.booked' });
    case 'rescheduled':
      return msg('Your visit was moved to the new time.', { id: 'booking.notice.rescheduled' });
    case 'cancelled':
      return msg('Your visit was cancelled.', { id: 'booking.notice.cancelled' });
    case 'slot-taken':
      return msg('Sorry, someone just booked that time. Please choose another one.', {
        id: 'booking.notice.slotTaken',
      });
    case 'slot-unavailable':
      return msg('That time can no longer be booked. Please choose another one.', {
        id: 'booking.notice.slotUnavailable',
      });
    case 'visit-changed':
      return msg('This visit was changed elsewhere. Check the details and try again.', {
        id: 'booking.notice.visitChanged',
      });
    case 'visit-unavailable':
      return msg('That visit cannot be changed any more. You can book a new one.', {
        id: 'booking.notice.visitUnavailable',
      });
    case undefined:
      return '';
  }
}
