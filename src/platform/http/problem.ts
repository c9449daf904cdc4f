import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { busyLogFields, type DatabaseBusy } from '../db/errors.ts';
import { AppError, type FieldError } from '../errors.ts';

interface AjvError {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

/** The field path of a validation error, dotted: `memberships.0.role`. */
function fieldOf(error: AjvError, context: string | undefined): string {
  const path = error.instancePath.replace(/^\//, '').split('/').filter(Boolean);
  if (error.keyword === 'required' && typeof error.params.missingProperty === 'string')
    path.push(error.params.missingProperty);
  if (error.keyword === 'additionalProperties' && typeof error.params.additionalProperty === 'string')
    path.push(error.params.additionalProperty);
  const field = path.join('.');
  // Body and query fields are named as the form names them; path parameters and headers are prefixed.
  if (field) return context && context !== 'body' && context !== 'querystring' ? `${context}.${field}` : field;
  return context ?? 'body';
}

/** How to fix a validation error, in words a person can act on. */
function fixFor(error: AjvError, field: string): string {
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return `Add "${field}".`;
    case 'additionalProperties':
      return `Remove "${field}": it is not a field of this request.`;
    case 'minLength':
      return Number(p.limit) === 1 ? `Enter a value for "${field}".` : `Enter at least ${String(p.limit)} characters.`;
    case 'maxLength':
      return `Shorten it to ${String(p.limit)} characters or fewer.`;
    case 'format':
      return p.format === 'email'
        ? 'Enter an email address in the correct format, like name@example.org.'
        : `Use the ${String(p.format)} format.`;
    case 'enum':
      return `Use one of: ${(p.allowedValues as unknown[]).join(', ')}.`;
    case 'const':
      return `Use ${String(p.allowedValue)}.`;
    case 'anyOf':
      return 'Check the value against the API documentation at /api/docs.';
    case 'pattern':
      return 'Check the format of the value against the API documentation at /api/docs.';
    case 'type':
      return `Send a ${String(p.type)}.`;
    case 'minimum':
      return `Use a value of ${String(p.limit)} or more.`;
    case 'maximum':
      return `Use a value of ${String(p.limit)} or less.`;
    case 'minItems':
      return `Give at least ${String(p.limit)}.`;
    case 'maxItems':
      return `Give no more than ${String(p.limit)}.`;
    default:
      return 'Correct the value and try again; see /api/docs.';
  }
}

/** Turns Fastify/Ajv validation errors into field errors that say what is wrong and how to fix it. */
export function validationFieldErrors(error: FastifyError): FieldError[] {
  const context = error.validationContext;
  return ((error.validation as AjvError[] | undefined) ?? []).map((e) => {
    const field = fieldOf(e, context);
    return { field, message: `${field} ${e.message ?? 'is not valid'}`, fix: fixFor(e, field) };
  });
}

/** Sends an error as application/problem+json. */
export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: AppError): FastifyReply {
  return reply
    .status(error.status)
    .type('application/problem+json')
    .send({
      type: `https://linkwork.invalid/problems/${error.code}`,
      title: error.title,
      status: error.status,
      code: error.code,
      detail: error.message,
      ...(error.errors ? { errors: error.errors } : {}),
      ...(error.extra ?? {}),
      requestId: request.id,
    });
}

/** Maps framework errors to stable problem codes. */
function toAppError(error: FastifyError): AppError | null {
  if (error instanceof AppError) return error;
  if (error.validation) {
    const errors = validationFieldErrors(error);
    return new AppError('validation-failed', errors.map((e) => e.message).join('; '), { errors });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError(
        'payload-too-large',
        'The request body is larger than this server accepts. Send less data in one request.',
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError(
        'unsupported-media-type',
        'Send the request body as JSON with "Content-Type: application/json".',
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('validation-failed', 'The request body is empty.', {
        errors: [
          {
            field: 'body',
            message: 'The request body is empty',
            fix: 'Send a JSON object, or no Content-Type header when there is no body.',
          },
        ],
      });
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('validation-failed', 'The request body is not valid JSON.', {
        errors: [
          {
            field: 'body',
            message: 'The request body is not valid JSON',
            fix: 'Check the JSON syntax (quotes, commas, brackets).',
          },
        ],
      });
    default:
      break;
  }
  if (error.statusCode === 429)
    return new AppError('too-many-attempts', 'Too many attempts from this address. Wait a minute and try again.');
  if (error.statusCode === 400 && error instanceof SyntaxError) {
    return new AppError('validation-failed', 'The request body is not valid JSON.', {
      errors: [
        {
          field: 'body',
          message: 'The request body is not valid JSON',
          fix: 'Check the JSON syntax (quotes, commas, brackets).',
        },
      ],
    });
  }
  return null;
}

/** Seconds a client is asked to wait before retrying a request the database was too busy to answer. */
export const BUSY_RETRY_AFTER_SECONDS = 5;

const BUSY_DETAIL: Record<DatabaseBusy, string> = {
  'statement-timeout':
    'The database took too long to answer, so this request was stopped and anything it was saving was not saved.',
  'pool-timeout': 'The database is busy with other requests, so this request was not started.',
};

/**
 * A statement timeout or an exhausted pool: a 503 that says to try again (with Retry-After), and one
 * log line naming the route and the statement's first words so the slow query can be found (no
 * parameters, no data). Null for any other error.
 */
export function databaseBusyError(error: unknown, request: FastifyRequest, reply: FastifyReply): AppError | null {
  const fields = busyLogFields(error);
  if (!fields) return null;
  const kind = fields.busy;
  const route = `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`;
  request.log.warn(
    { route, ...fields },
    kind === 'statement-timeout' ? 'database statement timed out' : 'no database connection free in time',
  );
  reply.header('retry-after', String(BUSY_RETRY_AFTER_SECONDS));
  return new AppError(
    'database-busy',
    `${BUSY_DETAIL[kind]} Try again in a few seconds. If it keeps happening, tell your administrator and quote reference ${request.id}.`,
  );
}

/** Registers the one error handler: known errors become problems; unknown ones say nothing internal. */
export function registerProblemHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const busy = databaseBusyError(error, request, reply);
    if (busy) return sendProblem(reply, request, busy);
    const known = toAppError(error);
    if (known) {
      if (known.status >= 500) request.log.error({ err: error }, 'request failed');
      return sendProblem(reply, request, known);
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(
      reply,
      request,
      new AppError(
        'internal-error',
        `Something went wrong on our side. If it keeps happening, quote reference ${request.id}.`,
      ),
    );
  });
}
