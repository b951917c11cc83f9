import type { AddressInfo } from 'node:net';
import { createServer as createTcpServer } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on 127.0.0.1 (smtp-server), keeping each message as mailparser reads it. */
export interface SmtpReceiver {
  url: string;
  port: number;
  messages: ParsedMail[];
  /** Answer the next `n` recipients with `code` (451: try later; 550: no such mailbox). */
  refuseNext(n: number, code: number): void;
  /** Transactions refused so far. */
  refused: number;
  close(): Promise<void>;
}

/** A port nothing listens on (a server that is down), to start a receiver on later. */
export async function freePort(): Promise<number> {
  const probe = createTcpServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) =>
    probe.close(() => {
      resolve();
    }),
  );
  return port;
}

export async function startSmtpReceiver(port = 0): Promise<SmtpReceiver> {
  let refusing = 0;
  let refuseCode = 451;
  const receiver: SmtpReceiver = {
    url: '',
    port: 0,
    messages: [],
    refused: 0,
    refuseNext(n, code) {
      refusing = n;
      refuseCode = code;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (refusing > 0) {
        refusing -= 1;
        receiver.refused += 1;
        const error = Object.assign(new Error('Refused by the test'), { responseCode: refuseCode });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          receiver.messages.push(mail);
          callback();
        },
        (error: unknown) => {
          callback(error instanceof Error ? error : new Error(String(error)));
        },
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve();
    });
  });
  receiver.port = (server.server.address() as AddressInfo).port;
  receiver.url = `smtp://127.0.0.1:${receiver.port}`;
  return receiver;
}
