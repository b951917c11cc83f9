import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Delivery {
  /** `webhook-id`: the same on every retry of one message. */
  deliveryId: string;
  timestamp: number;
  body: { type: string; timestamp: string; data: Record<string, unknown> };
}

/**
 * A webhook endpoint on 127.0.0.1 that checks Standard Webhooks signatures with the spec's own
 * library (`standardwebhooks`) and counts what it receives.
 */
export interface WebhookReceiver {
  url: string;
  /** Valid deliveries, in arrival order. */
  deliveries: Delivery[];
  /** Requests whose signature did not verify. */
  rejected: number;
  /** Answer the next `n` requests with a 503. */
  failNext(n: number): void;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `whsec_…` secrets are base64 keys; any other string is its own bytes (`raw`). */
export async function startWebhookReceiver(secret: string): Promise<WebhookReceiver> {
  const webhook = /^whsec_[A-Za-z0-9+/]+={0,2}$/.test(secret)
    ? new Webhook(secret)
    : new Webhook(secret, { format: 'raw' });
  let failing = 0;
  const receiver = {
    url: '',
    deliveries: [] as Delivery[],
    rejected: 0,
    failNext(n: number) {
      failing = n;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
  const server = createServer((request, response) => {
    void readBody(request).then((text) => {
      if (failing > 0) {
        failing -= 1;
        response.writeHead(503).end();
        return;
      }
      let body: Delivery['body'];
      try {
        body = webhook.verify(text, request.headers as Record<string, string>) as Delivery['body'];
      } catch {
        receiver.rejected += 1;
        response.writeHead(400).end();
        return;
      }
      receiver.deliveries.push({
        deliveryId: String(request.headers['webhook-id']),
        timestamp: Number(request.headers['webhook-timestamp']),
        body,
      });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/wellvisit`;
  return receiver;
}
