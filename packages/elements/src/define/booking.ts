import { WvBooking } from '../booking/booking.js';
import { define } from '../shared/define.js';

define('wv-booking', WvBooking);
