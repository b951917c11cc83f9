import { WvClinicianSchedule } from '../clinician-schedule/clinician-schedule.js';
import { define } from '../shared/define.js';

define('wv-clinician-schedule', WvClinicianSchedule);
