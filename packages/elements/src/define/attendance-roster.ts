import { WvAttendanceRoster } from '../attendance-roster/attendance-roster.js';
import { define } from '../shared/define.js';

define('wv-attendance-roster', WvAttendanceRoster);
