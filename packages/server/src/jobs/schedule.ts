import { visitReminders } from '@wellvisit/sdk/server';
import {
  DEFAULT_REMINDER_PREFERENCES,
  type ReminderChannel,
  type Officer,
  type ReminderPreferences,
  type Visit,
} from '@wellvisit/sdk';
import type { Database, Queryable } from '../db/database.js';
import { setReminderPreferences } from '../store/directory.js';
import { bookedVisitsOf } from '../store/visits.js';
import { newId } from '../store/ids.js';
import { dropPendingJobs, insertJobs, type NewReminderJob } from '../store/reminder-jobs.js';

/** The channels this server can deliver on (a webhook URL, an SMTP server configured). */
export type DeliverableChannels = ReadonlySet<ReminderChannel>;

/** The channels that can reach this officer: email only with an address to send to. */
export function channelsFor(
  channels: DeliverableChannels,
  officer: { email?: string | undefined },
): DeliverableChannels {
  if (officer.email !== undefined || !channels.has('email')) return channels;
  return new Set([...channels].filter((channel) => channel !== 'email'));
}

/** A visit's reminder jobs, by the SDK's rule, on the channels that can reach the officer. */
export function reminderJobs(
  visit: Visit,
  preferences: ReminderPreferences | undefined,
  channels: DeliverableChannels,
  now: Date,
): NewReminderJob[] {
  const chosen = preferences ?? DEFAULT_REMINDER_PREFERENCES;
  const wanted = chosen.channels.filter((channel) => channels.has(channel));
  if (wanted.length === 0) return [];
  return visitReminders(visit, chosen, now).flatMap((reminder) =>
    wanted.map((channel) => ({
      id: newId('job'),
      reminderId: reminder.id,
      visitId: visit.id,
      officerId: visit.officerId,
      channel,
      dueAt: reminder.at,
    })),
  );
}

/**
 * Recomputes a booked visit's reminder jobs in the caller's transaction: the jobs not yet sent
 * go first, so new channels or lead times replace them.
 */
async function rescheduleVisitReminders(
  db: Queryable,
  visit: Visit,
  preferences: ReminderPreferences | undefined,
  channels: DeliverableChannels,
  now: Date,
): Promise<void> {
  await dropPendingJobs(db, visit.id);
  await insertJobs(db, reminderJobs(visit, preferences, channels, now), now);
}

/** Replaces an officer's reminder choices; new channels or lead times apply to booked visits. */
export async function setPreferences(
  db: Database,
  channels: DeliverableChannels,
  officer: Officer,
  preferences: ReminderPreferences,
  now: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    await setReminderPreferences(tx, officer.id, preferences);
    for (const visit of await bookedVisitsOf(tx, officer.id)) {
      await rescheduleVisitReminders(tx, visit, preferences, channelsFor(channels, officer), now);
    }
  });
}
