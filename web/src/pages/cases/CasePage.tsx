import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { casesApi, type CaseView } from '../../api/cases.ts';
import { codesApi } from '../../api/codes.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { CrisisHelp } from '../../components/CrisisHelp.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { ActiveRiskBanner, SafeguardingSummary } from '../risk/ActiveRiskBanner.tsx';
import { personName } from './caseLabels.tsx';
import { CaseHeader } from './sections/CaseHeader.tsx';
import { CloseSection, DischargeSection } from './sections/CloseSection.tsx';
import { ComplexitySection } from './sections/ComplexitySection.tsx';
import { ContactSection } from './sections/ContactSection.tsx';
import { InterventionSection } from './sections/InterventionSection.tsx';
import { MessagesBackSection } from './sections/MessagesBackSection.tsx';
import { NextStepSection } from './sections/NextStepSection.tsx';
import { OutcomesSection } from './sections/OutcomesSection.tsx';
import { PlanSection } from './sections/PlanSection.tsx';
import { ReferralSection } from './sections/ReferralSection.tsx';
import { can, SECTIONS, type SectionProps, type SectionRef } from './sections/sectionTypes.ts';
import { SessionsSection } from './sections/SessionsSection.tsx';
import { TasksSection } from './sections/TasksSection.tsx';
import { TimelineSection } from './sections/TimelineSection.tsx';
import { WhatMattersSection } from './sections/WhatMattersSection.tsx';
import { OnwardReferralsSection } from '../onward-referrals/OnwardReferralsSection.tsx';
import { SuccessNotice, type Notice } from './SuccessNotice.tsx';
import { FormErrorsReporter, useErrorsAcrossForms } from '../../hooks/useCaseForm.ts';
import { useSchemeRole, type SchemeRole } from '../../hooks/useSchemeRole.ts';

/** A message handed over by another page (the discharge page), with the section it is about. */
function noticeFrom(state: unknown, serial: number): Notice | null {
  if (typeof state !== 'object' || state === null || !('flash' in state)) return null;
  const { flash, section } = state as { flash?: unknown; section?: unknown };
  if (typeof flash !== 'string') return null;
  const ref =
    typeof section === 'string' && section in SECTIONS ? SECTIONS[section as keyof typeof SECTIONS] : undefined;
  return { text: flash, serial, ...(ref ? { section: ref } : {}) };
}

/** The sections shown for this case, in page order, for the contents list. */
function sectionsFor(kase: CaseView): SectionRef[] {
  const closed = kase.status === 'closed';
  return [
    SECTIONS.nextStep,
    SECTIONS.referral,
    SECTIONS.contact,
    SECTIONS.whatMatters,
    SECTIONS.plan,
    SECTIONS.sessions,
    SECTIONS.outcomes,
    SECTIONS.tasks,
    SECTIONS.intervention,
    ...(!closed && (can(kase, 'discharge') || can(kase, 'close-unable-to-contact')) ? [SECTIONS.close] : []),
    ...(closed ? [SECTIONS.discharge] : []),
    ...(kase.messagesBack.length > 0 ? [SECTIONS.messagesBack] : []),
    SECTIONS.timeline,
  ];
}

/** In-page navigation to each section of the case. */
function Contents({ sections }: { sections: SectionRef[] }) {
  return (
    <nav className="nhsuk-contents-list linkwork-no-print" aria-label="Sections of this case">
      <h2 className="nhsuk-u-visually-hidden">Contents</h2>
      <ol className="nhsuk-contents-list__list">
        {sections.map((section) => (
          <li className="nhsuk-contents-list__item" key={section.id}>
            <a className="nhsuk-contents-list__link" href={`#${section.id}`}>
              {section.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The link worker's main working page for one person: every record of the case, and the forms to add to it. */
export function CasePage() {
  const scheme = useSchemeRole();
  const id = useParams().id ?? '';
  if (!scheme)
    return (
      <ForbiddenContent detail="Case pages are for link workers, supervisors and scheme managers working in a scheme." />
    );
  // A different case is a fresh page: no notices, drafts or errors carried over.
  return <CaseInScheme key={id} scheme={scheme} />;
}

function CaseInScheme({ scheme }: { scheme: SchemeRole }) {
  const { slug } = scheme;
  const id = useParams().id ?? '';
  const location = useLocation();
  const navigate = useNavigate();
  const { state, setData, reload } = useApiData(`${slug}|${id}`, () => casesApi.get(slug, id));
  const codes = useApiData('codes', () => codesApi.get());
  const errors = useErrorsAcrossForms();
  const [generation, setGeneration] = useState(0);
  const serial = useRef(1);
  const [notice, setNotice] = useState<Notice | null>(() => noticeFrom(location.state, 1));

  // A message handed over by the discharge page is shown once, not again after a refresh.
  useEffect(() => {
    if (noticeFrom(location.state, 0)) navigate(`${location.pathname}${location.hash}`, { replace: true, state: null });
  }, [location, navigate]);

  // A link to one section (such as "#tasks" from My tasks) lands there once the case has loaded.
  const ready = state.status === 'ready';
  const landed = useRef(false);
  useEffect(() => {
    if (!ready || landed.current) return;
    landed.current = true;
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (target && !notice) target.scrollIntoView({ block: 'start' });
  }, [ready, location.hash, notice]);

  const title = state.status === 'ready' ? personName(state.data.patient) : 'Case';
  usePageTitle(title, errors.hasErrors);

  const onSaved = useCallback(
    (view: CaseView, message: string, section: SectionRef) => {
      setData(view);
      serial.current += 1;
      setNotice({ text: message, section, serial: serial.current });
    },
    [setData],
  );

  const onReload = useCallback(() => {
    void reload().then(() => {
      setGeneration((g) => g + 1);
      serial.current += 1;
      setNotice({ text: 'The case has been reloaded with the latest changes', serial: serial.current });
    });
  }, [reload]);

  if (state.status === 'loading' || codes.state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;

  const kase = state.data;
  const props: SectionProps = {
    kase,
    slug,
    codes: codes.state.status === 'ready' ? codes.state.data : null,
    me: scheme.me,
    generation,
    onSaved,
    onReload,
  };
  const closed = kase.status === 'closed';
  const readOnly = !closed && kase.allowedActions.length === 0;

  return (
    <FormErrorsReporter.Provider value={errors.report}>
      <BackLink
        to={scheme.role === 'link_worker' ? '/caseload' : `/caseload?workerId=${encodeURIComponent(kase.worker.id)}`}
      >
        Back to caseload
      </BackLink>
      <SuccessNotice notice={notice} />
      <CaseHeader
        kase={kase}
        changeDetailsTo={kase.allowedActions.length > 0 ? `/cases/${encodeURIComponent(kase.id)}/person` : undefined}
      />
      <ActiveRiskBanner kase={kase} />
      <CrisisHelp slug={slug} />
      {closed ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>This case is closed, so it can be read but not changed.</p>
        </div>
      ) : null}
      {readOnly ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>You can read this case. Only its link worker ({kase.worker.name}) or the scheme manager can change it.</p>
        </div>
      ) : null}
      {codes.state.status === 'failed' ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            The lists of needs and discharge reasons could not be loaded, so codes are shown instead of their names. Try
            again later.
          </p>
        </div>
      ) : null}
      <Contents sections={sectionsFor(kase)} />

      <NextStepSection kase={kase} />
      <ReferralSection kase={kase} codes={props.codes} />
      <ComplexitySection slug={props.slug} caseId={kase.id} />
      <ContactSection {...props} />
      <WhatMattersSection {...props} />
      <PlanSection {...props} />
      <SessionsSection {...props} />
      <OutcomesSection {...props} />
      <TasksSection {...props} />
      <OnwardReferralsSection slug={props.slug} caseId={kase.id} canAct={!closed && can(kase, 'task')} />
      <SafeguardingSummary kase={kase} canRaise={!closed} />
      <InterventionSection {...props} />
      {!closed && sectionsFor(kase).includes(SECTIONS.close) ? <CloseSection {...props} /> : null}
      {closed ? <DischargeSection kase={kase} /> : null}
      {kase.messagesBack.length > 0 ? <MessagesBackSection messages={kase.messagesBack} /> : null}
      <TimelineSection entries={kase.timeline} />
    </FormErrorsReporter.Provider>
  );
}
