import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../context.ts';
import { AppError } from '../../../platform/errors.ts';
import { sendProblem } from '../../../platform/http/problem.ts';

/** /health says the process is alive; /ready says the database answers and its schema is current. */
export function systemRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/health', { config: { auth: 'public' }, schema: { tags: ['system'] } }, async () => ({ status: 'ok' }));
    app.get('/ready', { config: { auth: 'public' }, schema: { tags: ['system'] } }, async (request, reply) => {
      try {
        await ctx.database.ping();
        const pending = await ctx.database.pendingMigrations();
        if (pending.length > 0) {
          return sendProblem(
            reply,
            request,
            new AppError(
              'not-ready',
              `${pending.length} database migration(s) have not been applied. Run "linkwork migrate".`,
            ),
          );
        }
        return { status: 'ready', database: ctx.database.kind };
      } catch (error) {
        request.log.error({ err: error }, 'readiness check failed');
        return sendProblem(reply, request, new AppError('not-ready', 'The database cannot be reached.'));
      }
    });
  };
}
