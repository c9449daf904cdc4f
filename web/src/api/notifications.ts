import { apiRequest } from './client.ts';

/** Shapes of src/modules/notifications/notifications.schemas.ts. */
export interface NotificationView {
  id: string;
  kind: string;
  /** A person may be at risk: listed first. */
  urgent: boolean;
  subject: string;
  body: string;
  /** Where to act on it: the risk, the visit, the debrief request, the referral. */
  link: string | null;
  /** The person it is about; null when there is none or the reader may no longer see their case. */
  person: { name: string } | null;
  /** The link worker it is about. */
  worker: { id: string; name: string } | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationCounts {
  unread: number;
  urgent: number;
}

export interface NotificationList extends NotificationCounts {
  items: NotificationView[];
  /** Cursor for the next page, or null on the last page. */
  next: string | null;
}

const base = (slug: string) => `/api/schemes/${encodeURIComponent(slug)}/notifications`;

type CountsListener = (counts: NotificationCounts) => void;
const listeners = new Set<CountsListener>();

/** Lets the header hear new counts the moment something is marked read, without waiting for its next refresh. */
export function onNotificationCounts(listener: CountsListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function announce(counts: NotificationCounts): NotificationCounts {
  for (const listener of listeners) listener(counts);
  return counts;
}

export const notificationsApi = {
  list: (slug: string, after: string | null = null) =>
    apiRequest<NotificationList>(`${base(slug)}${after ? `?after=${encodeURIComponent(after)}` : ''}`),
  summary: (slug: string) => apiRequest<NotificationCounts>(`${base(slug)}/summary`),
  markRead: (slug: string, id: string) =>
    apiRequest<NotificationCounts>(`${base(slug)}/${encodeURIComponent(id)}/read`, { method: 'POST' }).then(announce),
  markAllRead: (slug: string) =>
    apiRequest<NotificationCounts>(`${base(slug)}/read-all`, { method: 'POST' }).then(announce),
};
