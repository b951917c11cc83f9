import { WvReminders } from '../reminders/reminders.js';
import { define } from '../shared/define.js';

define('wv-reminders', WvReminders);
