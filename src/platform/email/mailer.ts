import nodemailer from 'nodemailer';

export interface SmtpConfig {
  /** smtp://user:password@host:port or smtps://… */
  url: string;
  /** The From address, e.g. "Linkwork <linkwork@example.nhs.uk>". */
  from: string;
}

export interface Email {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(email: Email): Promise<void>;
  close(): void;
}

/** Email over SMTP (nodemailer). Failures throw, so the job that sends it retries. */
export function createMailer(config: SmtpConfig): Mailer {
  const transport = nodemailer.createTransport(config.url);
  return {
    async send(email) {
      await transport.sendMail({ from: config.from, to: email.to, subject: email.subject, text: email.text });
    },
    close: () => transport.close(),
  };
}
