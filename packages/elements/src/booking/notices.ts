import { msg } from '../shared/localization.js';
import type { BookingNotice } from './booking-flow.js';

const NOTICES: Record<BookingNotice, () => string> = {
  booked: () => msg('Your visit is booked.', { id: 'booking.notice.booked' }),
  rescheduled: () =>
    msg('Your visit was moved to the new time.', { id: 'booking.notice.rescheduled' }),
  cancelled: () => msg('Your visit was cancelled.', { id: 'booking.notice.cancelled' }),
  'slot-taken': () =>
    msg('Sorry, someone just booked that time. Please choose another one.', {
      id: 'booking.notice.slotTaken',
    }),
  'slot-unavailable': () =>
    msg('That time can no longer be booked. Please choose another one.', {
      id: 'booking.notice.slotUnavailable',
    }),
  'visit-changed': () =>
    msg('This visit was changed elsewhere. Check the details and try again.', {
      id: 'booking.notice.visitChanged',
    }),
  'visit-cancelled': () =>
    msg('This visit was cancelled.', {
      id: 'booking.notice.visitCancelled',
    }),
  'link-expired': () =>
    msg('This link has expired. Use the one in your latest email.', {
      id: 'booking.notice.linkExpired',
    }),
  'link-invalid': () =>
    msg('This link is not valid. Copy all of it from your email.', {
      id: 'booking.notice.linkInvalid',
    }),
  'visit-unavailable': () =>
    msg('That visit cannot be changed any more. You can book a new one.', {
      id: 'booking.notice.visitUnavailable',
    }),
};

/** The live region's sentence for what just happened. */
export function noticeText(notice: BookingNotice | undefined): string {
  return notice ? NOTICES[notice]() : '';
}
