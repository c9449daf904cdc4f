import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { notificationsApi, type NotificationView } from '../../api/notifications.ts';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDateTime } from '../../lib/format.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { useSchemeRole } from '../cases/useSchemeRole.ts';

function NotificationCard({ item, onOpen }: { item: NotificationView; onOpen: (item: NotificationView) => void }) {
  const unread = item.readAt === null;
  return (
    <li className={`nhsuk-card${item.urgent && unread ? ' nhsuk-card--care nhsuk-card--care--urgent' : ''} linkwork-notification`}>
      {item.urgent && unread ? (
        <div className="nhsuk-card--care__heading-container">
          <h2 className="nhsuk-card--care__heading">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Urgent: </span>
              {item.subject}
            </span>
          </h2>
          <span className="nhsuk-card--care__arrow" aria-hidden="true" />
        </div>
      ) : null}
      <div className="nhsuk-card__content">
        {item.urgent && unread ? null : (
          <h2 className="nhsuk-card__heading nhsuk-heading-s">
            {unread ? <strong className="nhsuk-tag nhsuk-tag--blue nhsuk-u-margin-right-2">New</strong> : null}
            {item.subject}
          </h2>
        )}
        <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-2">{formatDateTime(item.createdAt)}</p>
        <p>{item.body}</p>
        {item.link ? (
          <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0" onClick={() => onOpen(item)}>
            Open<span className="nhsuk-u-visually-hidden">: {item.subject}</span>
          </button>
        ) : unread ? (
          <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0" onClick={() => onOpen(item)}>
            Mark as read<span className="nhsuk-u-visually-hidden">: {item.subject}</span>
          </button>
        ) : null}
      </div>
    </li>
  );
}

/** The signed-in person's alerts, escalations and reminders, urgent unread ones marked as such. */
export function NotificationsPage() {
  usePageTitle('Notifications');
  const scheme = useSchemeRole();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const slug = scheme?.slug ?? '';
  const { state, reload } = useApiData(`notifications:${slug}`, () => notificationsApi.list(slug));
  if (!scheme) return <ForbiddenContent detail="Notifications belong to a role in a scheme. Choose a role first." />;

  async function open(item: NotificationView) {
    setError(null);
    try {
      if (item.readAt === null) await notificationsApi.markRead(slug, item.id);
      if (item.link) navigate(item.link);
      else await reload();
    } catch {
      setError('The notification could not be marked as read. Try again.');
    }
  }

  async function readAll() {
    setError(null);
    try {
      await notificationsApi.markAllRead(slug);
      await reload();
    } catch {
      setError('The notifications could not be marked as read. Try again.');
    }
  }

  return (
    <>
      <Link className="nhsuk-back-link" to="/">
        Home
      </Link>
      <h1>Notifications</h1>
      {error ? (
        <div className="nhsuk-error-summary" role="alert" tabIndex={-1}>
          <h2 className="nhsuk-error-summary__title">There is a problem</h2>
          <div className="nhsuk-error-summary__body">
            <p>{error}</p>
          </div>
        </div>
      ) : null}
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'failed' ? <LoadFailure error={state.error} /> : null}
      {state.status === 'ready' ? (
        <>
          <p>
            {state.data.unread === 0 ? 'You have no unread notifications.' : `You have ${state.data.unread} unread notification${state.data.unread === 1 ? '' : 's'}`}
            {state.data.urgent > 0 ? `, ${state.data.urgent} of them urgent.` : state.data.unread > 0 ? '.' : ''}
          </p>
          {state.data.unread > 0 ? (
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void readAll()}>
              Mark all as read
            </button>
          ) : null}
          {state.data.items.length === 0 ? null : (
            <ul className="nhsuk-list">
              {state.data.items.map((item) => (
                <NotificationCard key={item.id} item={item} onOpen={(n) => void open(n)} />
              ))}
            </ul>
          )}
        </>
      ) : null}
    </>
  );
}
