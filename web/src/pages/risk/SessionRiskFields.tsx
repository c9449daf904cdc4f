import { useEffect, useState } from 'react';
import { riskApi, type RiskCheckBody } from '../../api/risk.ts';
import { Checkboxes } from '../../components/form/Checkboxes.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { fieldId } from '../../lib/fields.ts';
import { EMPTY_RISK_CHECK, readRiskCheck, RiskCheckFields, type RiskCheckDraft } from './RiskCheckFields.tsx';
import { FEELINGS } from './riskLabels.ts';

export interface SessionRiskState {
  /** The answer to "Any concern about risk today?": '', 'no' or 'yes'. */
  concern: string;
  open: boolean;
  draft: RiskCheckDraft;
  matches: string[];
  acknowledged: boolean;
  feeling: string;
}

export const EMPTY_SESSION_RISK: SessionRiskState = {
  concern: '',
  open: false,
  draft: EMPTY_RISK_CHECK,
  matches: [],
  acknowledged: false,
  feeling: '',
};

/**
 * Asks the server what risk language (the built-in detector and the scheme's own phrases) the notes contain, as the worker types;
 * any match opens the risk check. The server checks again on save.
 */
export function useRiskLanguage(slug: string, notes: string, onMatches: (matches: string[]) => void): void {
  useEffect(() => {
    if (!notes.trim()) {
      onMatches([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      riskApi.language(slug, notes).then(
        (r) => current && onMatches(r.matches),
        () => undefined,
      );
    }, 500);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [slug, notes, onMatches]);
}

export const RISK_QUESTION = 'Any concern about risk today?';

/**
 * What the session (or contact) form sends about risk and the worker's feeling, or the errors to show
 * first. `askConcern`: the person attended, so "Any concern about risk today?" must be answered.
 */
export function readSessionRisk(
  s: SessionRiskState,
  askConcern: boolean,
): {
  riskConcern?: 'no' | 'yes';
  riskCheck?: RiskCheckBody;
  riskLanguageAcknowledged?: boolean;
  feeling?: 'fine' | 'affected' | 'difficult' | 'distressing';
  errors: { field: string; text: string }[];
} {
  const errors: { field: string; text: string }[] = [];
  let riskCheck: RiskCheckBody | undefined;
  if (askConcern && !s.concern)
    errors.push({ field: 'riskConcern', text: 'Select whether there is any concern about risk today' });
  if (s.matches.length > 0 && !s.open)
    errors.push({
      field: 'riskCheck',
      text: `The notes contain risk language (${s.matches.join(', ')}): complete the risk check before saving`,
    });
  if (s.open) {
    const read = readRiskCheck(s.draft);
    errors.push(...read.errors);
    if (read.check) riskCheck = read.check;
  }
  return {
    ...(askConcern && (s.concern === 'no' || s.concern === 'yes') ? { riskConcern: s.concern } : {}),
    ...(riskCheck ? { riskCheck } : {}),
    ...(s.matches.length > 0 && s.acknowledged ? { riskLanguageAcknowledged: true } : {}),
    ...(s.feeling ? { feeling: s.feeling as 'fine' | 'affected' | 'difficult' | 'distressing' } : {}),
    errors,
  };
}

interface SessionRiskFieldsProps {
  value: SessionRiskState;
  onChange: (value: SessionRiskState) => void;
  name: (field: string) => string;
  errorFor: (field: string) => string | undefined;
  /** The person attended: ask "Any concern about risk today?" (Yes opens the risk check). */
  askConcern: boolean;
  /** What is being recorded, for the wording: a session (which also asks how it left the worker) or a contact. */
  record?: 'session' | 'contact';
}

/**
 * The risk part of recording contact with the person: "Any concern about risk today?" when they attended,
 * the prompt when risk language is found in the notes (the safety net under the question), the risk check,
 * and, for a session, how it left the worker.
 */
export function SessionRiskFields({
  value,
  onChange,
  name,
  errorFor,
  askConcern,
  record = 'session',
}: SessionRiskFieldsProps) {
  const [announced, setAnnounced] = useState('');
  const found = value.matches.length > 0;
  const phrases = value.matches.join(', ');
  useEffect(
    () =>
      setAnnounced(found ? `Risk language found in the notes: ${phrases}. Complete the risk check before saving.` : ''),
    [found, phrases],
  );
  return (
    <>
      <div className="nhsuk-u-visually-hidden" aria-live="polite">
        {announced}
      </div>
      {askConcern ? (
        <Radios
          name={name('riskConcern')}
          legend={RISK_QUESTION}
          hint="Ask at every session. Yes opens the risk check."
          value={value.concern}
          options={[
            { value: 'no', text: 'No' },
            { value: 'yes', text: 'Yes' },
          ]}
          onChange={(concern) => onChange({ ...value, concern, open: concern === 'yes' || found })}
          error={errorFor('riskConcern')}
        />
      ) : null}
      {found ? (
        <div className="nhsuk-warning-callout" id={fieldId(name('riskCheck'))} tabIndex={-1}>
          <h3 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              Complete the risk check
            </span>
          </h3>
          <p>
            The notes contain risk language ({phrases}). Check with the person now and record the risk check before
            saving the {record === 'session' ? 'session' : 'contact attempt'}.
          </p>
          {errorFor('riskCheck') ? <p className="nhsuk-error-message">{errorFor('riskCheck')}</p> : null}
        </div>
      ) : null}
      {!found && !askConcern ? (
        <Checkboxes
          name={name('riskCheck')}
          legend="Risk check"
          values={value.open ? ['open'] : []}
          options={[
            {
              value: 'open',
              text: `Record a risk check for this ${record === 'session' ? 'session' : 'contact'}`,
              hint: 'Do this whenever something said or seen worries you.',
            },
          ]}
          onChange={(values) => onChange({ ...value, open: values.includes('open') })}
          error={errorFor('riskCheck')}
          small
        />
      ) : null}
      {!found && askConcern && value.concern === 'yes' && errorFor('riskCheck') ? (
        <p className="nhsuk-error-message" id={fieldId(name('riskCheck'))}>
          {errorFor('riskCheck')}
        </p>
      ) : null}
      {value.open || found ? (
        <RiskCheckFields
          value={value.draft}
          onChange={(draft) => onChange({ ...value, open: true, draft })}
          name={name}
          errorFor={errorFor}
        />
      ) : null}
      {found && value.draft.level === 'none' ? (
        <Checkboxes
          name={name('riskLanguageAcknowledged')}
          legend="No risk despite the words used"
          values={value.acknowledged ? ['yes'] : []}
          options={[{ value: 'yes', text: 'I have considered what was said and judge there is no risk' }]}
          onChange={(values) => onChange({ ...value, acknowledged: values.includes('yes') })}
          error={errorFor('riskLanguageAcknowledged')}
          small
        />
      ) : null}
      {record === 'session' ? (
        <Radios
          name={name('feeling')}
          legend="How did this session leave you? (optional)"
          hint="Private: only you and your supervisor (for a debrief) see this. A distressing session asks your supervisor to debrief you."
          value={value.feeling}
          options={FEELINGS}
          onChange={(feeling) => onChange({ ...value, feeling })}
          error={errorFor('feeling')}
        />
      ) : null}
    </>
  );
}
