import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { notificationsApi, onNotificationCounts, type NotificationCounts } from '../api/notifications.ts';

/** "Notifications" in the header, with the unread and urgent counts; refreshed on each page, every minute and as soon as any are marked read. */
export function NotificationsLink({ slug }: { slug: string }) {
  const location = useLocation();
  const [counts, setCounts] = useState<NotificationCounts | null>(null);
  useEffect(() => {
    let current = true;
    const load = () =>
      notificationsApi.summary(slug).then(
        (c) => {
          if (current) setCounts(c);
        },
        () => undefined,
      );
    void load();
    const timer = window.setInterval(() => void load(), 60_000);
    const stopListening = onNotificationCounts((c) => setCounts(c));
    return () => {
      current = false;
      window.clearInterval(timer);
      stopListening();
    };
  }, [slug, location.pathname]);
  const unread = counts?.unread ?? 0;
  const urgent = counts?.urgent ?? 0;
  return (
    <Link className="nhsuk-header__account-link" to="/notifications">
      Notifications
      {unread > 0 ? ` (${unread} unread${urgent > 0 ? `, ${urgent} urgent` : ''})` : ''}
    </Link>
  );
}
