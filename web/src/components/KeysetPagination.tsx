import { Link } from 'react-router-dom';
import { Icon } from './Icon.tsx';

interface KeysetPaginationProps {
  /** The cursor of the next page, or null on the last page. */
  next: string | null;
  /** True when this is not the first page, so a way back to the start is offered. */
  onLaterPage: boolean;
  hrefForCursor: (cursor: string) => string;
  firstHref: string;
  /** Lists that can page back: the cursor of the page before (null on the first page) and its link. */
  previous?: { cursor: string | null; hrefFor: (cursor: string) => string };
  /** What the list holds, for the link text: "Next page of referrals". */
  what?: string;
}

/** "Next page" for lists paged by a cursor (no page numbers), with "Previous page" where the list can go back, else a way back to the first page. */
export function KeysetPagination({
  next,
  onLaterPage,
  hrefForCursor,
  firstHref,
  what,
  previous,
}: KeysetPaginationProps) {
  if (!next && !onLaterPage && !previous?.cursor) return null;
  const hidden = what ? ` of ${what}` : '';
  return (
    <nav className="nhsuk-pagination" aria-label="Pagination">
      {previous?.cursor ? (
        <Link to={previous.hrefFor(previous.cursor)} className="nhsuk-pagination__previous" rel="prev">
          <Icon name="arrow-left" />
          <span className="nhsuk-pagination__title">
            Previous page<span className="nhsuk-u-visually-hidden">{hidden}</span>
          </span>
        </Link>
      ) : onLaterPage && (!previous || !next) ? (
        <Link to={firstHref} className="nhsuk-pagination__previous" rel="first">
          <Icon name="arrow-left" />
          <span className="nhsuk-pagination__title">
            First page<span className="nhsuk-u-visually-hidden">{hidden}</span>
          </span>
        </Link>
      ) : null}
      {next ? (
        <Link to={hrefForCursor(next)} className="nhsuk-pagination__next" rel="next">
          <span className="nhsuk-pagination__title">
            Next page<span className="nhsuk-u-visually-hidden">{hidden}</span>
          </span>
          <Icon name="arrow-right" />
        </Link>
      ) : null}
    </nav>
  );
}
