import { Type, type Static } from 'typebox';
import { Cursor, IsoDateTime, Nullable } from '../../../platform/http/schema-types.ts';

export const Notification = Type.Object({
  id: Type.String(),
  kind: Type.String({ description: 'One of the kinds in src/modules/notifications/notification-kinds.ts' }),
  urgent: Type.Boolean({ description: 'A person may be at risk: listed first' }),
  subject: Type.String(),
  body: Type.String(),
  link: Nullable(
    Type.String({ description: 'Where to act on it: the risk, the visit, the debrief request, the referral' }),
  ),
  person: Nullable(
    Type.Object(
      { name: Type.String() },
      {
        description:
          'The person the notification is about; null when there is none or the reader may no longer see their case or referral',
      },
    ),
  ),
  worker: Nullable(
    Type.Object({ id: Type.String(), name: Type.String() }, { description: 'The link worker it is about' }),
  ),
  createdAt: IsoDateTime,
  readAt: Nullable(IsoDateTime),
});
export type Notification = Static<typeof Notification>;

export const NotificationList = Type.Object({
  items: Type.Array(Notification),
  unread: Type.Integer(),
  urgent: Type.Integer(),
  next: Nullable(Type.String({ description: 'Cursor for the next page (pass as "after"), or null on the last page' })),
});
export type NotificationList = Static<typeof NotificationList>;

export const NotificationSummary = Type.Object({ unread: Type.Integer(), urgent: Type.Integer() });

export const ListQuery = Type.Object(
  {
    unread: Type.Optional(Type.Boolean({ description: 'Only unread notifications' })),
    after: Type.Optional(Cursor),
  },
  { additionalProperties: false },
);
