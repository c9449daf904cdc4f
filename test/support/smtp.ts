import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
  from: string;
  to: string[];
  subject: string;
  text: string;
}

export interface TestSmtpServer {
  url: string;
  received: ReceivedEmail[];
  close(): Promise<void>;
}

export const SMTP_USER = 'linkwork';
export const SMTP_PASSWORD = 'smtp-test-password';
/** Mail to this address is refused by the server, as a full mailbox would be. */
export const REFUSED_ADDRESS = 'refused@example.org';

/**
 * A real SMTP server on 127.0.0.1 (the smtp-server package, speaking the protocol over TCP) that
 * needs a password and keeps what it receives, so email tests go through a true SMTP exchange.
 */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedEmail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, callback) {
      if (address.address.toLowerCase() === REFUSED_ADDRESS) {
        const error = new Error('Mailbox full') as Error & { responseCode: number };
        error.responseCode = 452;
        callback(error);
      } else callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        const to = (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) =>
          a.value.map((v) => v.address ?? ''),
        );
        received.push({
          from: mail.from?.value[0]?.address ?? '',
          to,
          subject: mail.subject ?? '',
          text: mail.text ?? '',
        });
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://${SMTP_USER}:${SMTP_PASSWORD}@127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
