// What the intranet's officer page renders: the provider (HTTP backend), booking, reminders and the
// attendance badge, bundled together so shared code counts once.
import '../../packages/elements/dist/define/provider.js';
import '../../packages/elements/dist/define/booking.js';
import '../../packages/elements/dist/define/reminders.js';
import '../../packages/elements/dist/define/attendance-badge.js';
