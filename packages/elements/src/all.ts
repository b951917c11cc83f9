/** Registers every Wellvisit element. */
import './define/provider.js';
import './define/booking.js';
import './define/reminders.js';
import './define/attendance-badge.js';
import './define/attendance-roster.js';
import './define/clinician-schedule.js';
import './define/attendance-access-log.js';
import './define/department-policy.js';
