import { Navigate } from 'react-router-dom';
import type { Membership, Role } from '../../api/types.ts';
import { activeMembership, roleLabel } from '../../auth/roles.ts';
import { useSignedInSession } from '../../auth/SessionContext.tsx';
import { Flash } from '../../components/Flash.tsx';
import { NavCard } from '../../components/NavCard.tsx';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { SchemeTeam } from './SchemeTeam.tsx';

const HEADINGS: Record<Role, string> = {
  administrator: 'Administration',
  scheme_manager: 'Scheme management',
  supervisor: 'Clinical supervision',
  link_worker: 'Link worker home',
  referrer: 'Referrals',
  community_org_user: 'Community organisation',
  commissioner: 'Commissioning',
};

interface Card {
  to: string;
  title: string;
  description: string;
}

const TRIAGE: Card = {
  to: '/triage',
  title: 'Triage queue',
  description: 'New referrals to accept, decline or ask about: possible crises first, then oldest first.',
};
const WAITING: Card = {
  to: '/waiting-list',
  title: 'Waiting list',
  description: 'Accepted referrals waiting for a link worker, with waiting times.',
};
const DUPLICATES: Card = {
  to: '/patients/duplicates',
  title: 'Possible duplicates',
  description: 'Records that may be the same person: merge them or keep them apart.',
};
const CASELOADS: Card = {
  to: '/caseload',
  title: 'Caseloads',
  description: 'Each link worker’s open cases against their safe caseload.',
};

const NOTIFICATIONS: Card = {
  to: '/notifications',
  title: 'Notifications',
  description: 'Alerts, escalations and reminders for you, urgent ones first.',
};
const LONE_WORKING: Card = {
  to: '/lone-working',
  title: 'Lone working',
  description: 'Plan home and community visits with a buddy, then check in and out.',
};
const LONE_WORKING_TEAM: Card = {
  to: '/lone-working/team',
  title: 'Lone working team board',
  description: 'Today’s visits, overdue check-outs first, to acknowledge and act on.',
};
const SUPERVISION: Card = {
  to: '/supervision',
  title: 'Supervision',
  description: 'Supervision sessions, action points and when the next one is due.',
};
const DEBRIEFS: Card = {
  to: '/debriefs',
  title: 'Debriefs',
  description: 'Requests for a debrief after a distressing session or a high risk, with response times.',
};
const REFLECTIONS: Card = {
  to: '/reflections',
  title: 'Reflective log',
  description: 'Your private reflections: only you can ever read them.',
};
const MY_WELLBEING: Card = {
  to: '/wellbeing',
  title: 'My workload and wellbeing',
  description: 'Your caseload against your cap, difficult sessions, overdue tasks and supervision.',
};
const TEAM_WELLBEING: Card = {
  to: '/team/wellbeing',
  title: 'Team workload and wellbeing',
  description: 'Each worker’s caseload, overdue supervision and debriefs, as signals.',
};
const MY_TRAINING: Card = {
  to: '/training',
  title: 'My training',
  description: 'Your training records, certificates, expiry dates and induction.',
};
const TRAINING_MATRIX: Card = {
  to: '/training/matrix',
  title: 'Training matrix',
  description: 'Everyone’s required training: current, expiring, expired or missing.',
};
const FIND_SERVICE: Card = {
  to: '/directory',
  title: 'Find a service',
  description: 'Search the community directory by need, distance, language, day and cost.',
};
const DIRECTORY_CHANGES: Card = {
  to: '/directory/changes',
  title: 'Directory changes',
  description: 'Reports that directory entries are wrong, to check and resolve.',
};
const OUR_SERVICES: Card = {
  to: '/directory/our-services',
  title: 'Our services',
  description: 'Keep your directory entries current: capacity, details and the date confirmed.',
};
const RISK_BOARD: Card = {
  to: '/risk-board',
  title: 'Team risk board',
  description: 'Every active risk you answer for, overdue actions first, with what is outstanding.',
};
const SAFEGUARDING: Card = {
  to: '/safeguarding',
  title: 'Safeguarding concerns',
  description: 'Open safeguarding concerns, local authority referrals and outcomes.',
};

function settingsCard(readOnly: boolean): Card {
  return {
    to: '/settings',
    title: 'Scheme settings',
    description: readOnly
      ? 'The scheme’s referral criteria, policies and link workers (read only).'
      : 'Referral criteria, policies, and link workers’ hours and languages.',
  };
}

/** Only what each role can use today; nothing is shown before it exists. */
function cardsFor(role: Role | null): Card[] {
  const account: Card = {
    to: '/account',
    title: 'Your account',
    description: 'Your details, password, authenticator app and sessions.',
  };
  switch (role) {
    case 'administrator':
      return [
        { to: '/admin/users', title: 'Users', description: 'Add people, give them roles, and deactivate accounts.' },
        {
          to: '/admin/organisations',
          title: 'Organisations',
          description: 'Schemes, GP practices and community organisations.',
        },
        { to: '/admin/audit', title: 'Audit log', description: 'Who did what, and when.' },
        account,
      ];
    case 'community_org_user':
      return [
        {
          to: '/inbox',
          title: 'Referrals received',
          description: 'People referred to your services: accept, decline or complete them.',
        },
        OUR_SERVICES,
        {
          to: '/referrals/new',
          title: 'Refer someone',
          description: 'Refer a person to a social prescribing link worker.',
        },
        {
          to: '/referrals',
          title: 'Your referrals',
          description: 'See where your referrals are and read messages back.',
        },
        account,
      ];
    case 'referrer':
      return [
        {
          to: '/referrals/new',
          title: 'Refer someone',
          description: 'Refer a person to a social prescribing link worker.',
        },
        {
          to: '/referrals',
          title: 'Your referrals',
          description: 'See where your referrals are and read messages back.',
        },
        account,
      ];
    case 'link_worker':
      return [
        TRIAGE,
        WAITING,
        { to: '/caseload', title: 'My caseload', description: 'The people you are working with.' },
        { to: '/tasks', title: 'My tasks', description: 'Your follow-ups and risk actions, soonest due first.' },
        NOTIFICATIONS,
        FIND_SERVICE,
        LONE_WORKING,
        SUPERVISION,
        DEBRIEFS,
        MY_WELLBEING,
        MY_TRAINING,
        REFLECTIONS,
        DUPLICATES,
        settingsCard(true),
        account,
      ];
    case 'supervisor':
      return [
        NOTIFICATIONS,
        RISK_BOARD,
        DEBRIEFS,
        SUPERVISION,
        TEAM_WELLBEING,
        LONE_WORKING_TEAM,
        SAFEGUARDING,
        TRAINING_MATRIX,
        TRIAGE,
        WAITING,
        CASELOADS,
        {
          to: '/reports',
          title: 'Reports',
          description:
            'The scheme reports for the work of the link workers you supervise: charts, tables and CSV downloads.',
        },
        FIND_SERVICE,
        MY_TRAINING,
        REFLECTIONS,
        settingsCard(true),
        account,
      ];
    case 'scheme_manager':
      return [
        TRIAGE,
        WAITING,
        CASELOADS,
        NOTIFICATIONS,
        RISK_BOARD,
        TEAM_WELLBEING,
        SUPERVISION,
        LONE_WORKING_TEAM,
        SAFEGUARDING,
        DEBRIEFS,
        TRAINING_MATRIX,
        FIND_SERVICE,
        DIRECTORY_CHANGES,
        OUR_SERVICES,
        {
          to: '/training/catalogue',
          title: 'Training catalogue',
          description: 'The courses your scheme requires, their renewal periods and the complexity they qualify for.',
        },
        settingsCard(false),
        {
          to: '/settings/safety',
          title: 'Safety settings',
          description: 'Risk phrases, crisis contacts, the safeguarding lead, supervision and lone-working times.',
        },
        {
          to: '/reports',
          title: 'Reports',
          description:
            'Activity, community connection, outcomes, safety and workforce, equity and GP practices: charts, tables and CSV downloads.',
        },
        {
          to: '/reports/out-of-scope',
          title: 'Out-of-scope report',
          description: 'How many referrals from each practice were outside the criteria.',
        },
        DUPLICATES,
        MY_TRAINING,
        account,
      ];
    case 'commissioner':
      return [
        {
          to: '/commissioning',
          title: 'Commissioning reports',
          description: 'Activity and outcomes summed across the schemes you commission, small numbers hidden.',
        },
        account,
      ];
    default:
      return [account];
  }
}

function MembershipSummary({ membership }: { membership: Membership }) {
  return (
    <dl className="nhsuk-summary-list">
      <div className="nhsuk-summary-list__row">
        <dt className="nhsuk-summary-list__key">Role</dt>
        <dd className="nhsuk-summary-list__value">{roleLabel(membership.role)}</dd>
      </div>
      {membership.scheme ? (
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Scheme</dt>
          <dd className="nhsuk-summary-list__value">{membership.scheme.name}</dd>
        </div>
      ) : null}
      {membership.organisation ? (
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Organisation</dt>
          <dd className="nhsuk-summary-list__value">{membership.organisation.name}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/** The landing page for the active role: who you are acting as, and where you can go. */
export function HomePage() {
  const session = useSignedInSession();
  const membership = activeMembership(session);
  const heading = membership ? HEADINGS[membership.role] : 'You do not have a role yet';
  usePageTitle(heading);

  if (!membership && session.memberships.length > 1) return <Navigate to="/choose-role" replace />;
  const cards = cardsFor(membership?.role ?? null);

  return (
    <>
      <Flash />
      <h1>{heading}</h1>
      <p className="nhsuk-body-l">
        Signed in as {session.user.name} ({session.user.email})
      </p>
      {membership ? (
        <MembershipSummary membership={membership} />
      ) : (
        <p>Ask your administrator to add you to a scheme. Until then you can only manage your own account.</p>
      )}
      <ul className="nhsuk-grid-row nhsuk-card-group">
        {cards.map((card) => (
          <li className="nhsuk-grid-column-one-half nhsuk-card-group__item" key={card.to}>
            <NavCard to={card.to} title={card.title} description={card.description} />
          </li>
        ))}
      </ul>
      {membership && !['administrator', 'commissioner'].includes(membership.role) && membership.scheme ? (
        <SchemeTeam key={membership.scheme.slug} scheme={membership.scheme} />
      ) : null}
    </>
  );
}
