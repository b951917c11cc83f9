import { createHmac } from 'node:crypto';
import type { ClaimedJob } from '../store/reminder-jobs.js';
import { reminderMessage } from './message.js';
import type { Notifier } from './notifier.js';

export const SIGNATURE_HEADER = 'wellvisit-signature';

export interface WebhookConfig {
  url: string;
  secret: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, as a receiver recomputes it. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${digest}`;
}

/** Reminders as signed JSON POSTs; any answer but 2xx is a failure to retry. */
export function webhookNotifier(config: WebhookConfig, now: () => Date): Notifier {
  const send = config.fetch ?? fetch;
  return {
    async deliver(job: ClaimedJob) {
      const body = JSON.stringify({ type: 'reminder', ...reminderMessage(job) });
      const timestamp = Math.floor(now().getTime() / 1000);
      const response = await send(config.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signWebhook(config.secret, timestamp, body),
          'wellvisit-delivery': job.id,
        },
        body,
        signal: AbortSignal.timeout(config.timeoutMs ?? 10_000),
      });
      await response.body?.cancel();
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
    },
  };
}
