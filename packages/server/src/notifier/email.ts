import nodemailer from 'nodemailer';
import type { ClaimedJob } from '../store/reminder-jobs.js';
import { localTime } from './message.js';
import type { Notifier } from './notifier.js';

export interface EmailConfig {
  /** An SMTP URL such as `smtp://user:pass@mail.example.org:587`. */
  smtpUrl: string;
  from: string;
}

/** Reminders by email, to officers who gave an address and chose the channel. */
export function emailNotifier(config: EmailConfig): Notifier {
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    async deliver(job: ClaimedJob) {
      // No address (removed since the job was scheduled): nothing to send, nothing to retry.
      if (job.officerEmail === null) return;
      const what = job.discreet ? 'an appointment' : `a wellness visit with ${job.clinicianName}`;
      await transport.sendMail({
        from: config.from,
        to: job.officerEmail,
        subject: job.discreet ? 'Appointment reminder' : 'Wellness visit reminder',
        text: `You have ${what} on ${localTime(job)}.`,
      });
    },
  };
}
