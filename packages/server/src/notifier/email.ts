import nodemailer, { type SendMailOptions } from 'nodemailer';
import { PermanentFailure } from '../jobs/queue-worker.js';
import type { ClaimedJob } from '../store/reminder-jobs.js';
import { messageLanguage } from '@wellvisit/sdk/server';
import { reminderWording } from '../messages/wording.js';
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

/**
 * The one transport reminders and visit messages share. Its timeouts stay well inside a job's
 * lease (5 minutes): a mail server that hangs must fail the attempt before another instance may
 * claim the job, or both could send it.
 */
export function mailTransport(config: EmailConfig): MailTransport {
  return (
    config.transport ??
    nodemailer.createTransport({
      url: config.smtpUrl,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    })
  );
}

/**
 * Sends one message. A failure is recorded by its technical reason only (`SMTP 451`,
 * `ECONNREFUSED`), never the server's text, which may quote an address; a 5xx answer is
 * permanent (no such mailbox), anything else is worth another try.
 */
export async function sendMail(transport: MailTransport, message: SendMailOptions): Promise<void> {
  try {
    await transport.sendMail(message);
  } catch (error) {
    const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown };
    if (typeof responseCode === 'number') {
      const reason = `SMTP ${responseCode}`;
      throw responseCode >= 500 ? new PermanentFailure(reason) : new Error(reason);
    }
    throw new Error(typeof code === 'string' ? code : 'SMTP delivery failed');
  }
}

/** The message for one reminder, in the officer's language: discreet unless they chose otherwise. */
export function reminderEmail(job: ClaimedJob, from: string, to: string): SendMailOptions {
  const language = messageLanguage([job.officerLanguage ?? undefined]);
  const withName = job.discreet ? undefined : job.clinicianName;
  return { from, to, ...reminderWording(language, job.visitStart, job.officerTimeZone, withName) };
}

/** Reminders by email, to officers who gave an address and chose the channel. */
export function emailNotifier(from: string, transport: MailTransport): Notifier {
  return {
    async deliver(job: ClaimedJob) {
      // No address (removed since the job was scheduled): nothing to send, nothing to retry.
      if (job.officerEmail === null) return;
      await sendMail(transport, reminderEmail(job, from, job.officerEmail));
    },
  };
}
