import { WvAttendanceAccessLog } from '../attendance-access-log/attendance-access-log.js';
import { define } from '../shared/define.js';

define('wv-attendance-access-log', WvAttendanceAccessLog);
