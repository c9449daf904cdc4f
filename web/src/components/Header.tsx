import { useEffect, useState, type FormEvent } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router-dom';
import { authApi } from '../api/auth.ts';
import type { SessionView } from '../api/types.ts';
import { activeMembership } from '../auth/roles.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { CASE_ROLES } from '../hooks/useSchemeRole.ts';
import { RISK_BOARD_ROLES } from '../pages/risk/riskLabels.ts';
import { Icon } from './Icon.tsx';
import { NhsLogo } from './NhsLogo.tsx';
import { NotificationsLink } from './NotificationsLink.tsx';

interface NavItem {
  to: string;
  text: string;
  end?: boolean;
}

function navigationFor(session: SessionView): NavItem[] {
  const membership = activeMembership(session);
  if (membership?.role !== 'administrator') return [];
  return [
    { to: '/', text: 'Home', end: true },
    { to: '/admin/users', text: 'Users' },
    { to: '/admin/organisations', text: 'Organisations' },
    { to: '/admin/audit', text: 'Audit log' },
  ];
}

function SignOutForm() {
  const { clearSession } = useSession();
  const navigate = useNavigate();

  async function signOut(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      await authApi.signOut();
    } finally {
      clearSession();
      navigate('/sign-in', { replace: true, state: { signedOut: true } });
    }
  }

  return (
    <form
      className="nhsuk-header__account-form"
      method="post"
      action="/api/auth/sign-out"
      onSubmit={signOut}
      noValidate
    >
      <button className="nhsuk-header__account-button" type="submit">
        Sign out
      </button>
    </form>
  );
}

/** The NHS.UK header with the Linkwork service name, the signed-in person and the menu for their role. */
export function Header() {
  const { state } = useSession();
  const session = state.status === 'signed-in' ? state.session : null;
  const navigation = session ? navigationFor(session) : [];
  const schemeSlug = session ? activeMembership(session)?.scheme?.slug : undefined;
  const worksCases = session ? CASE_ROLES.includes(activeMembership(session)?.role ?? 'referrer') : false;
  const watchesTeamRisk = session ? RISK_BOARD_ROLES.includes(activeMembership(session)?.role ?? 'referrer') : false;
  // On a phone the account links fold behind "Menu" (styles/app.css), so the header leaves the screen to the page.
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();
  useEffect(() => setMenuOpen(false), [pathname]);

  return (
    <header className="nhsuk-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <Link className="nhsuk-header__service-logo" to="/" aria-label="NHS Linkwork homepage">
            <NhsLogo />
            <span className="nhsuk-header__service-name">Linkwork</span>
          </Link>
        </div>
        {session ? (
          <button
            type="button"
            className="linkwork-header__menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="linkwork-account-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            Menu
          </button>
        ) : null}
        {session ? (
          <nav
            id="linkwork-account-menu"
            className={`nhsuk-header__account${menuOpen ? ' linkwork-header__account--open' : ''}`}
            aria-label="Account"
          >
            <ul className="nhsuk-header__account-list">
              <li className="nhsuk-header__account-item">
                <Icon name="user" />
                {session.user.name}
              </li>
              {schemeSlug ? (
                <li className="nhsuk-header__account-item">
                  <NotificationsLink slug={schemeSlug} />
                </li>
              ) : null}
              {schemeSlug && worksCases ? (
                <li className="nhsuk-header__account-item">
                  <Link className="nhsuk-header__account-link" to="/crisis-help">
                    Crisis help
                  </Link>
                </li>
              ) : null}
              {schemeSlug && watchesTeamRisk ? (
                <li className="nhsuk-header__account-item">
                  <Link className="nhsuk-header__account-link" to="/risk-board">
                    Team risk board
                  </Link>
                </li>
              ) : null}
              <li className="nhsuk-header__account-item">
                <Link className="nhsuk-header__account-link" to="/account">
                  Your account
                </Link>
              </li>
              {session.memberships.length > 1 ? (
                <li className="nhsuk-header__account-item">
                  <Link className="nhsuk-header__account-link" to="/choose-role">
                    Change role or scheme
                  </Link>
                </li>
              ) : null}
              <li className="nhsuk-header__account-item">
                <SignOutForm />
              </li>
            </ul>
          </nav>
        ) : null}
      </div>
      {navigation.length > 0 ? (
        <nav className="nhsuk-header__navigation" aria-label="Menu">
          <div className="nhsuk-header__navigation-container nhsuk-width-container">
            <ul className="nhsuk-header__navigation-list">
              {navigation.map((item) => (
                <li className="nhsuk-header__navigation-item" key={item.to}>
                  <NavLink className="nhsuk-header__navigation-link" to={item.to} end={item.end}>
                    {item.text}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      ) : null}
    </header>
  );
}
