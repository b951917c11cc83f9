import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Delivery {
  deliveryId: string;
  timestamp: number;
  body: Record<string, unknown>;
}

/** A webhook endpoint on 127.0.0.1 that checks signatures and counts what it receives. */
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

function verify(secret: string, header: string | undefined, body: string): number | undefined {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!match?.[1] || !match[2]) return undefined;
  const expected = createHmac('sha256', secret).update(`${match[1]}.${body}`).digest();
  const given = Buffer.from(match[2], 'hex');
  return timingSafeEqual(expected, given) ? Number(match[1]) : undefined;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startWebhookReceiver(secret: string): Promise<WebhookReceiver> {
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
      const timestamp = verify(
        secret,
        request.headers['wellvisit-signature'] as string | undefined,
        text,
      );
      if (timestamp === undefined) {
        receiver.rejected += 1;
        response.writeHead(400).end();
        return;
      }
      receiver.deliveries.push({
        deliveryId: String(request.headers['wellvisit-delivery']),
        timestamp,
        body: JSON.parse(text) as Record<string, unknown>,
      });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/wellvisit`;
  return receiver;
}
