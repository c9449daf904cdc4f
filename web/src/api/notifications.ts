import { apiRequest } from './client.ts';

/** Shapes of src/modules/notifications/notifications.schemas.ts. */
export interface NotificationView {
  id: string;
  kind: string;
  urgent: boolean;
  subject: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationCounts {
  unread: number;
  urgent: number;
}

export interface NotificationList extends NotificationCounts {
  items: NotificationView[];
}

const base = (slug: string) => `/api/schemes/${encodeURIComponent(slug)}/notifications`;

export const notificationsApi = {
  list: (slug: string, unreadOnly = false) => apiRequest<NotificationList>(`${base(slug)}${unreadOnly ? '?unread=true' : ''}`),
  summary: (slug: string) => apiRequest<NotificationCounts>(`${base(slug)}/summary`),
  markRead: (slug: string, id: string) => apiRequest<NotificationCounts>(`${base(slug)}/${encodeURIComponent(id)}/read`, { method: 'POST' }),
  markAllRead: (slug: string) => apiRequest<NotificationCounts>(`${base(slug)}/read-all`, { method: 'POST' }),
};
