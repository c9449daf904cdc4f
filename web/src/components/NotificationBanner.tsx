import type { ReactNode } from 'react';

interface NotificationBannerProps {
  title: string;
  heading: string;
  children?: ReactNode;
  success?: boolean;
}

/** The NHS.UK notification banner, for news about the last action or the session. */
export function NotificationBanner({ title, heading, children, success }: NotificationBannerProps) {
  return (
    <div
      className={success ? 'nhsuk-notification-banner nhsuk-notification-banner--success' : 'nhsuk-notification-banner'}
      role={success ? 'alert' : 'region'}
      aria-labelledby="notification-banner-title"
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id="notification-banner-title">
          {title}
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
