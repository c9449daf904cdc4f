import { Link } from 'react-router-dom';
import { Icon } from './Icon.tsx';

/** A clickable NHS.UK primary card leading to one area of the service. */
export function NavCard({ to, title, description }: { to: string; title: string; description: string }) {
  return (
    <div className="nhsuk-card nhsuk-card--clickable nhsuk-card--primary">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m">
          <Link className="nhsuk-card__link" to={to}>
            {title}
          </Link>
        </h2>
        <p className="nhsuk-card__description">{description}</p>
        <Icon name="chevron-right-circle" />
      </div>
    </div>
  );
}
