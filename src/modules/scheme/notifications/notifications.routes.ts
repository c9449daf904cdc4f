import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../context.ts';
import { userInScheme } from '../../../platform/http/request-scheme.ts';
import { SlugIdParams, SlugParams } from '../../../platform/http/schema-types.ts';
import * as S from './notifications.schemas.ts';
import type { SubjectAccess } from './subject-access.ts';
import { listMyNotifications } from './use-cases/list-my-notifications.ts';
import { markNotificationsRead } from './use-cases/mark-notifications-read.ts';
import { notificationSummary } from './use-cases/notification-summary.ts';

const tags = ['notifications'];

/** The signed-in person's own notifications: alerts, escalations, reminders (`access` names the people they are about). */
export function notificationRoutes(ctx: AppContext, access: SubjectAccess): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/:slug/notifications',
      {
        config: { scheme: 'notification.read' },
        schema: { tags, params: SlugParams, querystring: S.ListQuery, response: { 200: S.NotificationList } },
      },
      async (request) =>
        listMyNotifications(ctx, {
          ...userInScheme(request),
          unreadOnly: request.query.unread === true,
          after: request.query.after,
          access,
        }),
    );
    app.get(
      '/:slug/notifications/summary',
      {
        config: { scheme: 'notification.read' },
        schema: { tags, params: SlugParams, response: { 200: S.NotificationSummary } },
      },
      async (request) => notificationSummary(ctx, userInScheme(request)),
    );
    app.post(
      '/:slug/notifications/:id/read',
      {
        config: { scheme: 'notification.read' },
        schema: { tags, params: SlugIdParams, response: { 200: S.NotificationSummary } },
      },
      async (request) => markNotificationsRead(ctx, { ...userInScheme(request), id: request.params.id }),
    );
    app.post(
      '/:slug/notifications/read-all',
      {
        config: { scheme: 'notification.read' },
        schema: { tags, params: SlugParams, response: { 200: S.NotificationSummary } },
      },
      async (request) => markNotificationsRead(ctx, { ...userInScheme(request), id: null }),
    );
  };
}
