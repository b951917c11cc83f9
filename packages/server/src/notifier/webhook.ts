import { createHmac } from 'node:crypto';
import type { ClaimedJob } from '../store/reminder-jobs.js';
import type { ClaimedMessage } from '../store/visit-messages.js';
import { reminderMessage } from './message.js';
import type { Notifier } from './notifier.js';

// Webhooks to the Standard Webhooks spec: `webhook-id` (the same on every retry, so a receiver
// drops repeats), `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256 of
// "<id>.<timestamp>.<body>">`, and a `{ type, timestamp, data }` body. What a receiver learns is
// listed in docs/privacy.mdx: it must be run by the program or the practice, never a department.

export interface WebhookConfig {
  url: string;
  /** `whsec_<base64>` as the spec issues them, or any other string, used as its bytes. */
  secret: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** The signing key: a spec secret's decoded bytes, or a plain secret's own. */
export function webhookKey(secret: string): Buffer {
  const spec = /^whsec_([A-Za-z0-9+/]+={0,2})$/.exec(secret);
  return spec?.[1] ? Buffer.from(spec[1], 'base64') : Buffer.from(secret, 'utf8');
}

export function signWebhook(key: Buffer, id: string, timestamp: number, body: string): string {
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/** The body of a visit event: ids, the version and the times; no names, modality or place. */
export function visitEvent(message: ClaimedMessage): { type: string; data: object } {
  const { visit } = message;
  return {
    type: `visit.${message.kind}`,
    data: {
      visitId: visit.id,
      officerId: visit.officerId,
      clinicianId: visit.clinicianId,
      version: visit.version,
      start: visit.start,
      end: visit.end,
    },
  };
}

export interface WebhookSender extends Notifier {
  /** Sends one visit event (booked, moved, cancelled). */
  event: (message: ClaimedMessage) => Promise<void>;
}

/** Signed JSON POSTs; any answer but 2xx is a failure to retry. */
export function webhookNotifier(config: WebhookConfig): WebhookSender {
  const send = config.fetch ?? fetch;
  const key = webhookKey(config.secret);
  const post = async (id: string, event: { type: string; data: object }): Promise<void> => {
    // Wall-clock time, not the server's movable clock: receivers check it against theirs.
    const now = new Date();
    const timestamp = Math.floor(now.getTime() / 1000);
    const body = JSON.stringify({ ...event, timestamp: now.toISOString() });
    const response = await send(config.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signWebhook(key, id, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(config.timeoutMs ?? 10_000),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
  };
  return {
    deliver: (job: ClaimedJob) => {
      const { deliveryId, ...data } = reminderMessage(job);
      return post(deliveryId, { type: 'reminder.due', data });
    },
    event: (message) => post(message.id, visitEvent(message)),
  };
}
