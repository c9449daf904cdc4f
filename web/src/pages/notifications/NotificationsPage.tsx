import { useState, type MouseEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { notificationsApi, type NotificationView } from '../../api/notifications.ts';
import { KeysetPagination } from '../../components/KeysetPagination.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDateTime } from '../../lib/format.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { useSchemeRole } from '../../hooks/useSchemeRole.ts';

/** What the link opens, in words: the thing to act on. */
function openText(link: string): string {
  if (/^\/cases\/[^/]+\/risks\//.test(link)) return 'Open the risk record';
  if (/^\/cases\/[^/]+\/safeguarding\//.test(link)) return 'Open the safeguarding concern';
  if (link.startsWith('/lone-working/')) return 'Open the visit';
  if (link.startsWith('/debriefs/')) return 'Open the debrief request';
  if (link.startsWith('/inbox/')) return 'Open the referral';
  if (link.startsWith('/referrals/')) return 'Open the referral';
  if (link.startsWith('/cases/')) return 'Open the case';
  if (link.startsWith('/training')) return 'Open the training record';
  if (link.startsWith('/supervision')) return 'Open supervision';
  if (link.startsWith('/directory')) return 'Open the directory entry';
  return 'Open it';
}

interface CardProps {
  item: NotificationView;
  onOpen: (item: NotificationView, event: MouseEvent<HTMLAnchorElement>) => void;
  onRead: (item: NotificationView) => void;
}

function NotificationCard({ item, onOpen, onRead }: CardProps) {
  const unread = item.readAt === null;
  const urgent = item.urgent && unread;
  const headingId = `notification-${item.id}`;
  const heading = (
    <>
      {urgent ? <span className="nhsuk-u-visually-hidden">Urgent: </span> : null}
      {unread && !urgent ? <strong className="nhsuk-tag nhsuk-tag--blue nhsuk-u-margin-right-2">New</strong> : null}
      {item.subject}
    </>
  );
  return (
    <li className={`nhsuk-card${urgent ? ' nhsuk-card--care nhsuk-card--care--urgent' : ''} linkwork-notification`}>
      {urgent ? (
        <div className="nhsuk-card--care__heading-container">
          <h2 className="nhsuk-card--care__heading" id={headingId}>
            <span role="text">{heading}</span>
          </h2>
          <span className="nhsuk-card--care__arrow" aria-hidden="true" />
        </div>
      ) : null}
      <div className="nhsuk-card__content">
        {urgent ? null : (
          <h2 className="nhsuk-card__heading nhsuk-heading-s" id={headingId}>
            {heading}
          </h2>
        )}
        {item.person || item.worker ? (
          <dl className="nhsuk-summary-list nhsuk-summary-list--no-border nhsuk-u-margin-bottom-2">
            {item.person ? (
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">Person</dt>
                <dd className="nhsuk-summary-list__value">{item.person.name}</dd>
              </div>
            ) : null}
            {item.worker ? (
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">Link worker</dt>
                <dd className="nhsuk-summary-list__value">{item.worker.name}</dd>
              </div>
            ) : null}
          </dl>
        ) : null}
        <p>{item.body}</p>
        <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">
          {formatDateTime(item.createdAt)}
          {unread ? '' : ` (read ${formatDateTime(item.readAt)})`}
        </p>
        <div className="nhsuk-button-group nhsuk-u-margin-bottom-0">
          {item.link ? (
            <Link
              className="nhsuk-button nhsuk-button--small nhsuk-u-margin-bottom-0"
              to={item.link}
              onClick={(event) => onOpen(item, event)}
            >
              {openText(item.link)}
              <span className="nhsuk-u-visually-hidden">: {item.subject}</span>
            </Link>
          ) : null}
          {unread ? (
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
              onClick={() => onRead(item)}
            >
              Mark as read<span className="nhsuk-u-visually-hidden">: {item.subject}</span>
            </button>
          ) : null}
        </div>
      </div>
    </li>
  );
}

/** The signed-in person's alerts, escalations and reminders: urgent ones first, then newest, each naming who it is about and leading to what to do. */
export function NotificationsPage() {
  usePageTitle('Notifications');
  const scheme = useSchemeRole();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const after = params.get('after');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const slug = scheme?.slug ?? '';
  const { state, reload } = useApiData(`notifications:${slug}:${after ?? ''}`, () =>
    notificationsApi.list(slug, after),
  );
  if (!scheme) return <ForbiddenContent detail="Notifications belong to a role in a scheme. Choose a role first." />;

  async function open(item: NotificationView, event: MouseEvent<HTMLAnchorElement>) {
    if (item.readAt !== null || !item.link) return;
    event.preventDefault();
    setError(null);
    try {
      await notificationsApi.markRead(slug, item.id);
    } catch {
      // Opening what needs doing matters more than the read mark: go anyway.
    }
    navigate(item.link);
  }

  async function read(item: NotificationView) {
    setError(null);
    try {
      await notificationsApi.markRead(slug, item.id);
      await reload();
      setStatus(`Marked as read: ${item.subject}`);
    } catch {
      setError('The notification could not be marked as read. Try again.');
    }
  }

  async function readAll() {
    setError(null);
    try {
      await notificationsApi.markAllRead(slug);
      await reload();
      setStatus('All your notifications are marked as read.');
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
      <p className="nhsuk-u-visually-hidden" role="status">
        {status}
      </p>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'failed' ? <LoadFailure error={state.error} /> : null}
      {state.status === 'ready' ? (
        <>
          <p>
            {state.data.unread === 0
              ? 'You have no unread notifications.'
              : `You have ${state.data.unread} unread notification${state.data.unread === 1 ? '' : 's'}`}
            {state.data.urgent > 0 ? `, ${state.data.urgent} of them urgent.` : state.data.unread > 0 ? '.' : ''} Urgent
            ones, where someone may be at risk, come first; then the newest.
          </p>
          {state.data.unread > 0 ? (
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void readAll()}>
              Mark all as read
            </button>
          ) : null}
          {state.data.items.length === 0 ? null : (
            <ul className="nhsuk-list">
              {state.data.items.map((item) => (
                <NotificationCard
                  key={item.id}
                  item={item}
                  onOpen={(n, event) => void open(n, event)}
                  onRead={(n) => void read(n)}
                />
              ))}
            </ul>
          )}
          <KeysetPagination
            next={state.data.next}
            onLaterPage={after !== null}
            hrefForCursor={(cursor) => `/notifications?after=${encodeURIComponent(cursor)}`}
            firstHref="/notifications"
            what="notifications"
          />
        </>
      ) : null}
    </>
  );
}
