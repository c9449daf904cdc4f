import { apiRequest } from './client.ts';
import type { ResponseOf } from './contract.ts';

/** A page of the reader's notifications, urgent first, with the counts for the header. */
export type NotificationList = ResponseOf<'/api/schemes/{slug}/notifications', 'get'>;
export type NotificationView = NotificationList['items'][number];
export type NotificationCounts = ResponseOf<'/api/schemes/{slug}/notifications/summary', 'get'>;

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
