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
import { dropPendingJobs, insertJobs } from '../store/reminder-jobs.js';

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

/**
 * (Re)computes a visit's reminder jobs with the SDK's rule, in the caller's transaction: when
 * `replacing`, the jobs not yet sent go first, so a cancelled visit has none and a moved one has
 * new times (a new visit has none to replace).
 */
export async function scheduleVisitReminders(
  db: Queryable,
  visit: Visit,
  preferences: ReminderPreferences | undefined,
  channels: DeliverableChannels,
  now: Date,
  { replacing }: { replacing: boolean },
): Promise<void> {
  if (replacing) await dropPendingJobs(db, visit.id);
  const chosen = preferences ?? DEFAULT_REMINDER_PREFERENCES;
  const wanted = chosen.channels.filter((channel) => channels.has(channel));
  if (wanted.length === 0) return;
  const jobs = visitReminders(visit, chosen, now).flatMap((reminder) =>
    wanted.map((channel) => ({
      id: newId('job'),
      reminderId: reminder.id,
      visitId: visit.id,
      officerId: visit.officerId,
      channel,
      dueAt: reminder.at,
    })),
  );
  await insertJobs(db, jobs, now);
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
      await scheduleVisitReminders(tx, visit, preferences, channelsFor(channels, officer), now, {
        replacing: true,
      });
    }
  });
}
