import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../context.ts';
import { userActor } from '../../../platform/http/request-actor.ts';
import { AuditPage, AuditQuery } from './audit.schemas.ts';
import { searchAuditLog } from './search-audit.ts';

/** The audit log search for administrators. */
export function auditRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/',
      { schema: { tags: ['administration'], querystring: AuditQuery, response: { 200: AuditPage } } },
      async (request) => searchAuditLog(ctx, userActor(request), request.query, 50),
    );
  };
}
