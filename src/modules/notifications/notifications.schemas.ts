import { Type, type Static } from 'typebox';
import { Nullable } from '../../platform/http/schema-types.ts';

export const Notification = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  urgent: Type.Boolean(),
  subject: Type.String(),
  body: Type.String(),
  link: Nullable(Type.String()),
  createdAt: Type.String(),
  readAt: Nullable(Type.String()),
});
export type Notification = Static<typeof Notification>;

export const NotificationList = Type.Object({
  items: Type.Array(Notification),
  unread: Type.Integer(),
  urgent: Type.Integer(),
});
export type NotificationList = Static<typeof NotificationList>;

export const NotificationSummary = Type.Object({ unread: Type.Integer(), urgent: Type.Integer() });

export const ListQuery = Type.Object({ unread: Type.Optional(Type.Boolean({ description: 'Only unread notifications' })) });
