import { useEffect, useState } from 'react';
import { riskApi, type RiskCheckBody } from '../../api/risk.ts';
import { Checkboxes } from '../../components/Checkboxes.tsx';
import { Radios } from '../../components/Radios.tsx';
import { fieldId } from '../../lib/fields.ts';
import { EMPTY_RISK_CHECK, readRiskCheck, RiskCheckFields, type RiskCheckDraft } from './RiskCheckFields.tsx';
import { FEELINGS } from './riskLabels.ts';

export interface SessionRiskState {
  open: boolean;
  draft: RiskCheckDraft;
  matches: string[];
  acknowledged: boolean;
  feeling: string;
}

export const EMPTY_SESSION_RISK: SessionRiskState = { open: false, draft: EMPTY_RISK_CHECK, matches: [], acknowledged: false, feeling: '' };

/**
 * Asks the server which risk phrases (the scheme's list) the notes contain, as the worker types;
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
      riskApi.language(slug, notes).then((r) => current && onMatches(r.matches), () => undefined);
    }, 500);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [slug, notes, onMatches]);
}

/** What the session form sends about risk and the worker's feeling, or the errors to show first. */
export function readSessionRisk(s: SessionRiskState): { riskCheck?: RiskCheckBody; riskLanguageAcknowledged?: boolean; feeling?: 'fine' | 'affected' | 'difficult' | 'distressing'; errors: { field: string; text: string }[] } {
  const errors: { field: string; text: string }[] = [];
  let riskCheck: RiskCheckBody | undefined;
  if (s.matches.length > 0 && !s.open) errors.push({ field: 'riskCheck', text: `The notes contain risk language (${s.matches.map((m) => `“${m}”`).join(', ')}): complete the risk check before saving` });
  if (s.open) {
    const read = readRiskCheck(s.draft);
    errors.push(...read.errors);
    if (read.check) riskCheck = read.check;
  }
  return {
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
}

/** The session form's risk part: the prompt when risk language is found, the risk check, and how the session left the worker. */
export function SessionRiskFields({ value, onChange, name, errorFor }: SessionRiskFieldsProps) {
  const [announced, setAnnounced] = useState('');
  const found = value.matches.length > 0;
  const phrases = value.matches.map((m) => `“${m.replace(/\s\*\s/g, ' … ').replace(/\*/g, '…')}”`).join(', ');
  useEffect(() => setAnnounced(found ? `Risk language found in the notes: ${phrases}. Complete the risk check before saving.` : ''), [found, phrases]);
  return (
    <>
      <div className="nhsuk-u-visually-hidden" aria-live="polite">{announced}</div>
      {found ? (
        <div className="nhsuk-warning-callout" id={fieldId(name('riskCheck'))} tabIndex={-1}>
          <h3 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              Complete the risk check
            </span>
          </h3>
          <p>The notes contain risk language ({phrases}). Check with the person now and record the risk check before saving the session.</p>
          {errorFor('riskCheck') ? <p className="nhsuk-error-message">{errorFor('riskCheck')}</p> : null}
        </div>
      ) : null}
      {!found ? (
        <Checkboxes
          name={name('riskCheck')}
          legend="Risk check"
          values={value.open ? ['open'] : []}
          options={[{ value: 'open', text: 'Record a risk check for this session', hint: 'Do this whenever something said or seen worries you.' }]}
          onChange={(values) => onChange({ ...value, open: values.includes('open') })}
          error={errorFor('riskCheck')}
          small
        />
      ) : null}
      {value.open || found ? (
        <RiskCheckFields value={value.draft} onChange={(draft) => onChange({ ...value, open: true, draft })} name={name} errorFor={errorFor} />
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
      <Radios
        name={name('feeling')}
        legend="How did this session leave you? (optional)"
        hint="Private: only you and your supervisor (for a debrief) see this. A distressing session asks your supervisor to debrief you."
        value={value.feeling}
        options={FEELINGS}
        onChange={(feeling) => onChange({ ...value, feeling })}
        error={errorFor('feeling')}
      />
    </>
  );
}
