import { WvAttendanceBadge } from '../attendance-badge/attendance-badge.js';
import { define } from '../shared/define.js';

define('wv-attendance-badge', WvAttendanceBadge);
