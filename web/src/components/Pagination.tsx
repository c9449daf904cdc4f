import { Link } from 'react-router-dom';
import { Icon } from './Icon.tsx';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  /** The link for a page number, keeping the page's other query values. */
  hrefFor: (page: number) => string;
}

function pageNumbers(current: number, last: number): (number | 'ellipsis')[] {
  const wanted = new Set([1, last, current - 1, current, current + 1].filter((n) => n >= 1 && n <= last));
  const sorted = [...wanted].sort((a, b) => a - b);
  const result: (number | 'ellipsis')[] = [];
  sorted.forEach((n, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && n - previous > 1) result.push('ellipsis');
    result.push(n);
  });
  return result;
}

/** NHS.UK numbered pagination; shows nothing when everything fits on one page. */
export function Pagination({ page, pageSize, total, hrefFor }: PaginationProps) {
  const last = Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
  if (last <= 1) return null;
  return (
    <nav className="nhsuk-pagination nhsuk-pagination--numbered" aria-label="Pagination">
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} className="nhsuk-pagination__previous" rel="prev">
          <Icon name="arrow-left" />
          <span className="nhsuk-pagination__title">
            Previous<span className="nhsuk-u-visually-hidden"> page</span>
          </span>
        </Link>
      ) : null}
      <ul className="nhsuk-pagination__list">
        {pageNumbers(page, last).map((item, index) =>
          item === 'ellipsis' ? (
            <li key={`ellipsis-${index}`} className="nhsuk-pagination__item nhsuk-pagination__item--ellipsis">
              ⋯
            </li>
          ) : (
            <li
              key={item}
              className={
                item === page ? 'nhsuk-pagination__item nhsuk-pagination__item--current' : 'nhsuk-pagination__item'
              }
            >
              <Link
                className="nhsuk-pagination__link"
                to={hrefFor(item)}
                aria-label={`Page ${item}`}
                aria-current={item === page ? 'page' : undefined}
              >
                {item}
              </Link>
            </li>
          ),
        )}
      </ul>
      {page < last ? (
        <Link to={hrefFor(page + 1)} className="nhsuk-pagination__next" rel="next">
          <span className="nhsuk-pagination__title">
            Next<span className="nhsuk-u-visually-hidden"> page</span>
          </span>
          <Icon name="arrow-right" />
        </Link>
      ) : null}
    </nav>
  );
}
