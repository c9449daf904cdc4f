import type { FastifyServerOptions } from 'fastify';
import type { Config } from '../../config.ts';

/** Fields that may hold personal data or secrets: never written to logs. */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.code',
  '*.token',
  '*.email',
  '*.name',
  '*.nhsNumber',
  '*.givenName',
  '*.familyName',
  '*.dateOfBirth',
  '*.phone',
  '*.address',
  '*.postcode',
];

/** pino options: request ids, no query strings (they can carry personal data), redaction. */
export function loggerOptions(
  config: Pick<Config, 'logLevel'>,
): Exclude<FastifyServerOptions['logger'], boolean | undefined> {
  return {
    level: config.logLevel,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      req(request: { method: string; url: string; id: string }) {
        return { method: request.method, path: request.url.split('?')[0], id: request.id };
      },
    },
  };
}
