import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../../context.ts';
import { AppError } from '../../../platform/errors.ts';
import { clientActor } from '../../../platform/http/request-actor.ts';
import { databaseBusyError, validationFieldErrors } from '../../../platform/http/problem.ts';
import { capabilityStatement } from './capability-statement.ts';
import { readServiceRequestBody, readTransactionBundle } from './fhir-intake.ts';
import { renderServiceRequest, renderTask, responseEntry, searchsetBundle } from './fhir-render.ts';
import { entryWithCrisisWarning, withCrisisWarning } from './fhir-crisis.ts';
import type { Bundle } from './fhir-bundle.ts';
import { fhirInvalid, operationOutcomeFor } from './operation-outcome.ts';
import { getPatient } from './use-cases/get-patient.ts';
import { getServiceRequest } from './use-cases/get-service-request.ts';
import { getTask } from './use-cases/get-task.ts';
import { readTaskUpdate } from './fhir-onward.ts';
import { isOrganisationClient } from './onward-access.ts';
import { getOnwardServiceRequest } from './use-cases/get-onward-service-request.ts';
import { getOnwardTask } from './use-cases/get-onward-task.ts';
import { searchOnwardTasks } from './use-cases/search-onward-tasks.ts';
import { updateOnwardTask } from './use-cases/update-onward-task.ts';
import { searchTasksByFocus } from './use-cases/search-tasks.ts';
import { submitFhirReferral } from './use-cases/submit-fhir-referral.ts';

const FHIR_JSON = 'application/fhir+json; charset=utf-8';
const SOFTWARE_VERSION = '0.1.0';
const IdParams = Type.Object({ id: Type.String() });
const client = { auth: 'client' as const };
const doc = (summary: string) => ({
  tags: ['fhir'],
  summary,
  security: [{ bearer: [] }],
  description:
    'FHIR R4 JSON (application/fhir+json) with an API client bearer token. Errors are FHIR OperationOutcomes, not problem+json. See GET /fhir/metadata.',
});

function sendFhir(reply: FastifyReply, status: number, resource: object): FastifyReply {
  return reply.status(status).type(FHIR_JSON).send(resource);
}

/** Framework errors (body parsing, size, media type) in FHIR terms. */
function toAppError(error: FastifyError): AppError | null {
  if (error instanceof AppError) return error;
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError(
        'payload-too-large',
        'The request body is larger than this server accepts. Send one referral per request.',
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError(
        'unsupported-media-type',
        'Send FHIR R4 JSON with "Content-Type: application/fhir+json"; XML is not accepted.',
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return fhirInvalid([
        { code: 'required', message: 'The request body is empty.', fix: 'Send the FHIR resource as JSON.' },
      ]);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return fhirInvalid([
        {
          code: 'structure',
          message: 'The request body is not valid JSON.',
          fix: 'Check the JSON syntax (quotes, commas, brackets).',
        },
      ]);
    default:
      break;
  }
  if (error.validation) {
    return fhirInvalid(validationFieldErrors(error).map((e) => ({ code: 'invalid', message: e.message, fix: e.fix })));
  }
  if (error.statusCode === 429)
    return new AppError('too-many-attempts', 'Too many requests. Wait a minute and try again.');
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return fhirInvalid([
      { code: 'invalid', message: error.message, fix: 'Check the request against GET /fhir/metadata.' },
    ]);
  }
  return null;
}

/** Answers every error under /fhir with an OperationOutcome; 5xx say nothing internal. */
function sendOperationOutcome(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  let known = databaseBusyError(error, request, reply) ?? toAppError(error);
  if (!known || known.status >= 500) request.log.error({ err: error }, known ? 'request failed' : 'unexpected error');
  known ??= new AppError(
    'internal-error',
    `Something went wrong on our side. If it keeps happening, quote reference ${request.id}.`,
  );
  if (known.status === 401) reply.header('www-authenticate', 'Bearer');
  return sendFhir(reply, known.status, operationOutcomeFor(known));
}

function header(request: FastifyRequest, name: string): string | null {
  const value = request.headers[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * Onward-referral Task search parameters (owner, status, focus), for a community organisation's
 * system; null when the query is a GP system's focus search. Unknown parameters are refused.
 */
function onwardSearchOf(
  query: unknown,
  organisationClient: boolean,
): { owner: string | null; status: string | null; focus: string | null } | null {
  const params = typeof query === 'object' && query !== null ? Object.entries(query) : [];
  const names = params.map(([name]) => name);
  if (!organisationClient && !names.includes('owner') && !names.includes('status')) return null;
  const unsupported = names.filter((name) => !['owner', 'status', 'focus', '_format'].includes(name));
  if (unsupported.length > 0) {
    throw fhirInvalid([
      {
        code: 'not-supported',
        message: `Tasks cannot be searched by ${unsupported.join(', ')}.`,
        fix: 'Search with GET /fhir/Task?owner=Organization/<id>&status=<status>.',
      },
    ]);
  }
  const value = (name: string) => {
    const v = params.find(([n]) => n === name)?.[1];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
  };
  return { owner: value('owner'), status: value('status'), focus: value('focus') };
}

/** The one search parameter a Task search takes; any other is refused rather than silently ignored. */
function focusOf(query: unknown): string {
  const params = typeof query === 'object' && query !== null ? Object.entries(query) : [];
  const unsupported = params.map(([name]) => name).filter((name) => name !== 'focus' && name !== '_format');
  const focus = params.find(([name]) => name === 'focus')?.[1];
  if (unsupported.length > 0 || typeof focus !== 'string' || focus.trim() === '') {
    throw fhirInvalid([
      {
        code: unsupported.length > 0 ? 'not-supported' : 'required',
        message:
          unsupported.length > 0
            ? `Tasks cannot be searched by ${unsupported.join(', ')}.`
            : 'A Task search needs one focus parameter.',
        fix: 'Search with GET /fhir/Task?focus=ServiceRequest/<id>.',
      },
    ]);
  }
  return focus.trim();
}

/**
 * The FHIR R4 interface for GP clinical systems under /fhir: referrals in (ServiceRequest or a
 * transaction Bundle), their Task, ServiceRequest and Patient out. Its own body parser, error
 * handler and not-found route keep every answer here in FHIR terms, never problem+json.
 */
export function fhirRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const base = `${ctx.config.baseUrl}/fhir`;
    const published = ctx.now().toISOString();
    app.addContentTypeParser(
      'application/fhir+json',
      { parseAs: 'string' },
      app.getDefaultJsonParser('error', 'error'),
    );
    app.setErrorHandler(sendOperationOutcome);

    app.get(
      '/metadata',
      {
        config: { auth: 'public' },
        schema: { tags: ['fhir'], summary: 'CapabilityStatement: what this FHIR server supports' },
      },
      async (_request, reply) => sendFhir(reply, 200, capabilityStatement(base, published, SOFTWARE_VERSION)),
    );

    app.post(
      '/ServiceRequest',
      {
        config: client,
        schema: doc('Send a social prescribing referral (Patient contained or referenced); answers with its Task'),
      },
      async (request, reply) => {
        const referral = readServiceRequestBody(request.body, header(request, 'if-none-exist'));
        const result = await submitFhirReferral(ctx, { actor: clientActor(request), referral });
        const task = renderTask(result.facts);
        reply.header('location', `${base}/ServiceRequest/${task.id}/_history/${task.meta.versionId}`);
        reply.header('etag', `W/"${task.meta.versionId}"`);
        reply.header('last-modified', new Date(task.meta.lastUpdated).toUTCString());
        return sendFhir(reply, result.created ? 201 : 200, withCrisisWarning(task, result.crisis));
      },
    );

    app.post(
      '/',
      { config: client, schema: doc('Send a transaction Bundle of one Patient and one ServiceRequest') },
      async (request, reply) => {
        const { referral, entries } = readTransactionBundle(request.body);
        const result = await submitFhirReferral(ctx, { actor: clientActor(request), referral });
        const task = renderTask(result.facts);
        const serviceRequest = renderServiceRequest(result.facts);
        const patient = {
          resourceType: 'Patient',
          id: result.patient.id,
          meta: { versionId: String(result.patient.version), lastUpdated: result.patient.updatedAt.toISOString() },
        };
        const bundle: Bundle = {
          resourceType: 'Bundle',
          type: 'transaction-response',
          timestamp: ctx.now().toISOString(),
          entry: [
            // The Patient entry answers as the referral does: whether the scheme already knew the person is not the sender's to learn.
            ...entries.map((e) =>
              e.resourceType === 'Patient'
                ? responseEntry(base, patient, result.created)
                : entryWithCrisisWarning(responseEntry(base, serviceRequest, result.created), result.crisis),
            ),
            entryWithCrisisWarning(responseEntry(base, task, result.created, task), result.crisis),
          ],
        };
        return sendFhir(reply, 200, bundle);
      },
    );

    app.get(
      '/Task/:id',
      {
        config: client,
        schema: {
          ...doc(
            "Read the Task tracking a referral (or, for a community organisation's system, an onward referral it owns)",
          ),
          params: IdParams,
        },
      },
      async (request, reply) => {
        const actor = clientActor(request);
        const task = isOrganisationClient(actor)
          ? await getOnwardTask(ctx, actor, request.params.id)
          : await getTask(ctx, { actor, id: request.params.id });
        reply.header('etag', `W/"${task.meta.versionId}"`);
        return sendFhir(reply, 200, task);
      },
    );

    app.put(
      '/Task/:id',
      {
        config: client,
        schema: {
          ...doc(
            'Update an onward-referral Task your organisation owns: status, statusReason, businessStatus, output (If-Match: W/"version")',
          ),
          params: IdParams,
        },
      },
      async (request, reply) => {
        const update = readTaskUpdate(request.body, request.params.id, header(request, 'if-match'));
        const task = await updateOnwardTask(ctx, clientActor(request), request.params.id, update);
        reply.header('etag', `W/"${task.meta.versionId}"`);
        reply.header('last-modified', new Date(task.meta.lastUpdated).toUTCString());
        return sendFhir(reply, 200, task);
      },
    );

    app.get(
      '/Task',
      {
        config: client,
        schema: doc(
          "Find the Task for a referral: ?focus=ServiceRequest/{id}; or, for a community organisation's system, its onward-referral Tasks: ?owner=Organization/{id}&status={status}",
        ),
      },
      async (request, reply) => {
        const actor = clientActor(request);
        const onwardSearch = onwardSearchOf(request.query, isOrganisationClient(actor));
        if (onwardSearch) {
          const self = `${base}/Task?${new URLSearchParams(Object.entries(onwardSearch).filter((e): e is [string, string] => e[1] !== null)).toString()}`;
          return sendFhir(reply, 200, searchsetBundle(base, self, await searchOnwardTasks(ctx, actor, onwardSearch)));
        }
        const focus = focusOf(request.query);
        const tasks = await searchTasksByFocus(ctx, { actor: clientActor(request), focus });
        return sendFhir(reply, 200, searchsetBundle(base, `${base}/Task?focus=${encodeURIComponent(focus)}`, tasks));
      },
    );

    app.get(
      '/ServiceRequest/:id',
      {
        config: client,
        schema: {
          ...doc('Read a referral as we hold it (or an onward referral your organisation received)'),
          params: IdParams,
        },
      },
      async (request, reply) => {
        const actor = clientActor(request);
        return sendFhir(
          reply,
          200,
          isOrganisationClient(actor)
            ? await getOnwardServiceRequest(ctx, actor, request.params.id)
            : await getServiceRequest(ctx, { actor, id: request.params.id }),
        );
      },
    );

    app.get(
      '/Patient/:id',
      { config: client, schema: { ...doc('Read a person you referred'), params: IdParams } },
      async (request, reply) =>
        sendFhir(reply, 200, await getPatient(ctx, { actor: clientActor(request), id: request.params.id })),
    );

    // Anything else under /fhir is a FHIR "not found", for clients with a valid token.
    const notFound = async (request: FastifyRequest) => {
      throw new AppError(
        'not-found',
        `There is nothing at ${request.method} ${request.url.split('?')[0] ?? ''}. See GET /fhir/metadata for what this server supports.`,
      );
    };
    app.route({
      method: ['GET', 'PUT', 'PATCH', 'DELETE'],
      url: '/',
      config: client,
      schema: { hide: true },
      handler: notFound,
    });
    app.route({
      method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      url: '/*',
      config: client,
      schema: { hide: true },
      handler: notFound,
    });
  };
}
