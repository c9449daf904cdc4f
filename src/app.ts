import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AppContext } from './context.ts';
import { authRoutes, registerAuthentication } from './modules/identity/auth/index.ts';
import { loggerOptions } from './platform/http/logging.ts';
import { registerProblemHandler, sendProblem } from './platform/http/problem.ts';
import { AppError } from './platform/errors.ts';
import { auditRoutes } from './modules/identity/audit/index.ts';
import { organisationsRoutes } from './modules/identity/organisations/index.ts';
import { usersRoutes } from './modules/identity/users/index.ts';
import { integrationRoutes } from './modules/integration/integrations/index.ts';
import { systemRoutes } from './modules/integration/system/index.ts';
import { registerSchemeResolution, schemeRoutes } from './modules/scheme/schemes/index.ts';
import { fhirRoutes } from './modules/integration/fhir/index.ts';
import { codesRoutes } from './modules/scheme/codes/index.ts';
import { mayReadCase } from './modules/pathway/case-records/index.ts';
import { allocationRoutes, caseRoutes } from './modules/pathway/cases/index.ts';
import { outcomeRoutes } from './modules/pathway/outcomes/index.ts';
import { commissioningRoutes, reportRoutes } from './modules/reporting/reports/index.ts';
import { riskRoutes } from './modules/safety/risk/index.ts';
import { safeguardingRoutes } from './modules/safety/safeguarding/index.ts';
import { patientRoutes } from './modules/pathway/patients/index.ts';
import { schemeSettingsRoutes } from './modules/scheme/scheme-settings/index.ts';
import { referralReader, referralRoutes, selfReferralRoutes } from './modules/pathway/referrals/index.ts';
import { directoryOwnerAdminRoutes, orukRoutes, staffDirectoryRoutes } from './modules/community/directory/index.ts';
import { loneWorkingRoutes } from './modules/safety/lone-working/index.ts';
import { notificationRoutes } from './modules/scheme/notifications/index.ts';
import { trainingRoutes } from './modules/workforce/training/index.ts';
import {
  debriefRoutes,
  reflectionRoutes,
  supervisionRoutes,
  wellbeingRoutes,
  workerProfileRoutes,
} from './modules/workforce/support/index.ts';
import { onwardReferralRoutes } from './modules/community/onward-referrals/index.ts';

export interface BuildAppOptions {
  /** false silences request logs (tests). */
  logger?: boolean;
  /** Where logs go (default stdout); tests read them to check redaction. */
  logStream?: NodeJS.WritableStream;
}

const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  frameAncestors: ["'none'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

/** Builds the HTTP application: platform plugins, then each domain module's routes. */
export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : { ...loggerOptions(ctx.config), ...(options.logStream ? { stream: options.logStream } : {}) },
    bodyLimit: ctx.config.bodyLimitBytes,
    // Only trust X-Forwarded-For from proxies the deployment declares; otherwise clients could pick their own address.
    trustProxy:
      ctx.config.trustProxyHops > 0 ? (_address: string, hop: number) => hop < ctx.config.trustProxyHops : false,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[A-Za-z0-9._-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Only JSON bodies: a cross-site HTML form cannot send JSON, which also guards sign-in against CSRF.
  app.removeContentTypeParser('text/plain');
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('cache-control', reply.getHeader('cache-control') ?? 'no-store');
  });

  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP },
    strictTransportSecurity: ctx.config.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Linkwork API',
        version: '0.1.0',
        description: 'Social prescribing for NHS primary care. Errors are application/problem+json.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'linkwork_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
  });
  // The API documentation is public; registered before the docs routes so it applies to them.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...(route.config ?? {}), auth: 'public' };
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, uiConfig: { deepLinking: false } });
  app.get('/api/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, () => app.swagger());

  registerProblemHandler(app);
  registerAuthentication(app, ctx);
  registerSchemeResolution(app, ctx);

  await app.register(systemRoutes(ctx));
  await app.register(authRoutes(ctx), { prefix: '/api/auth' });
  await app.register(usersRoutes(ctx), { prefix: '/api/admin/users' });
  await app.register(organisationsRoutes(ctx), { prefix: '/api/admin/organisations' });
  await app.register(auditRoutes(ctx), { prefix: '/api/admin/audit' });
  await app.register(schemeRoutes(ctx), { prefix: '/api/schemes' });
  await app.register(referralRoutes(ctx), { prefix: '/api/schemes' });
  await app.register(allocationRoutes(ctx), { prefix: '/api/schemes' });
  await app.register(caseRoutes(ctx), { prefix: '/api/schemes' });
  await app.register(outcomeRoutes(ctx), { prefix: '/api/schemes' });
  await app.register(reportRoutes(ctx), { prefix: '/api/schemes' });
  await app.register(commissioningRoutes(ctx), { prefix: '/api/commissioning' });
  await app.register(riskRoutes(ctx), { prefix: '/api/schemes' });
  await app.register(safeguardingRoutes(ctx), { prefix: '/api/schemes' });
  await app.register(patientRoutes(ctx), { prefix: '/api/schemes' });
  await app.register(schemeSettingsRoutes(ctx), { prefix: '/api/schemes' });
  await app.register(workerProfileRoutes(ctx), { prefix: '/api/schemes' });
  await app.register(loneWorkingRoutes(ctx), { prefix: '/api/schemes' });
  await app.register(notificationRoutes(ctx, { mayReadCase, referralReader }), { prefix: '/api/schemes' });
  await app.register(codesRoutes(), { prefix: '/api/codes' });
  await app.register(selfReferralRoutes(ctx), { prefix: '/api/public/self-referral' });
  await app.register(integrationRoutes(ctx), { prefix: '/api/integrations' });
  await app.register(fhirRoutes(ctx), { prefix: '/fhir' });
  await app.register(orukRoutes(ctx), { prefix: '/oruk' });
  await app.register(staffDirectoryRoutes(ctx), { prefix: '/api/schemes' });
  await app.register(directoryOwnerAdminRoutes(ctx), { prefix: '/api/admin' });
  await app.register(trainingRoutes(ctx), { prefix: '/api/schemes' });
  await app.register(supervisionRoutes(ctx), { prefix: '/api/schemes' });
  await app.register(debriefRoutes(ctx), { prefix: '/api/schemes' });
  await app.register(reflectionRoutes(ctx), { prefix: '/api/reflections' });
  await app.register(wellbeingRoutes(ctx), { prefix: '/api/schemes' });
  await app.register(onwardReferralRoutes(ctx), { prefix: '/api/schemes' });

  const webIndex = join(ctx.config.webDistDir, 'index.html');
  const hasWeb = existsSync(webIndex);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: ctx.config.webDistDir,
      prefix: '/',
      wildcard: false,
      index: false,
      cacheControl: false,
    });
  }
  app.setNotFoundHandler({}, (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const isApi = /^\/(api|fhir|oruk|health|ready)(\/|$)/.test(path);
    // Pages of the browser app get index.html; a missing file (/assets/x.js, /favicon.ico) is a real 404.
    const isFile = /\.[A-Za-z0-9]+$/.test(path);
    if (hasWeb && request.method === 'GET' && !isApi && !isFile) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(reply, request, new AppError('not-found', `There is nothing at ${request.method} ${path}.`));
  });
  return app;
}
