import { useEffect, useRef } from 'react';

export interface Notice {
  text: string;
  /** The id of the section the change was made in, to go back to it. */
  section?: { id: string; title: string };
  /** Increases with every notice, so the same words shown twice still take focus. */
  serial: number;
}

/**
 * The NHS.UK success notification banner for a change just made on this page. It takes focus,
 * so screen reader users hear what happened, and links back to the section they were working in.
 */
export function SuccessNotice({ notice }: { notice: Notice | null }) {
  const ref = useRef<HTMLDivElement>(null);
  const serial = notice?.serial;

  useEffect(() => {
    if (serial === undefined) return;
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: 'start' });
  }, [serial]);

  if (!notice) return null;
  return (
    <div
      className="nhsuk-notification-banner nhsuk-notification-banner--success"
      role="alert"
      aria-labelledby="success-notice-title"
      tabIndex={-1}
      ref={ref}
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id="success-notice-title">
          Success
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{notice.text}</p>
        {notice.section ? (
          <p className="nhsuk-body">
            <a className="nhsuk-notification-banner__link" href={`#${notice.section.id}`}>
              Go back to {notice.section.title.toLowerCase()}
            </a>
          </p>
        ) : null}
      </div>
    </div>
  );
}
