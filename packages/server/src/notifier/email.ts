import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { ClaimedJob } from '../store/reminder-jobs.js';
import { localTime } from './message.js';
import type { Notifier } from './notifier.js';

/** What sends a message: a nodemailer transport, or anything with its `sendMail`. */
export interface MailTransport {
  sendMail(message: SendMailOptions): Promise<unknown>;
}

export interface EmailConfig {
  /** An SMTP URL such as `smtp://user:pass@mail.example.org:587`. */
  smtpUrl: string;
  from: string;
  /** Replaces the SMTP transport (tests, or a transport of the host's choosing). */
  transport?: MailTransport;
}

/** The message for one reminder: discreet unless the officer chose otherwise. */
export function reminderEmail(job: ClaimedJob, from: string, to: string): SendMailOptions {
  const what = job.discreet ? 'an appointment' : `a wellness visit with ${job.clinicianName}`;
  return {
    from,
    to,
    subject: job.discreet ? 'Appointment reminder' : 'Wellness visit reminder',
    text: `You have ${what} on ${localTime(job)}.`,
  };
}

/** Reminders by email, to officers who gave an address and chose the channel. */
export function emailNotifier(config: EmailConfig): Notifier {
  const transport: MailTransport = config.transport ?? nodemailer.createTransport(config.smtpUrl);
  return {
    async deliver(job: ClaimedJob) {
      // No address (removed since the job was scheduled): nothing to send, nothing to retry.
      if (job.officerEmail === null) return;
      await transport.sendMail(reminderEmail(job, config.from, job.officerEmail));
    },
  };
}
