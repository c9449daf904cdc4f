import type { RiskCheckBody, RiskLevel } from '../../api/risk.ts';
import { Radios } from '../../components/form/Radios.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { LEVELS } from './riskLabels.ts';

export type RiskCheckDraft = Omit<
  RiskCheckBody,
  'thoughts' | 'plans' | 'means' | 'intent' | 'harmToOthers' | 'safeguardingConcern' | 'level'
> & {
  thoughts: string;
  plans: string;
  means: string;
  intent: string;
  harmToOthers: string;
  safeguardingConcern: string;
  level: string;
};

export const EMPTY_RISK_CHECK: RiskCheckDraft = {
  thoughts: '',
  plans: '',
  means: '',
  intent: '',
  protectiveFactors: '',
  harmToOthers: '',
  harmToOthersDetail: '',
  safeguardingConcern: '',
  level: '',
  summary: '',
};

const YES_NO = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
];

const QUESTIONS: { key: 'thoughts' | 'plans' | 'means' | 'intent'; legend: string }[] = [
  { key: 'thoughts', legend: 'Have they had thoughts of harming themselves or ending their life?' },
  { key: 'plans', legend: 'Have they made plans for how?' },
  { key: 'means', legend: 'Do they have the means (for example tablets, a ligature, a place)?' },
  { key: 'intent', legend: 'Do they intend to act on it?' },
];

/** The browser's own check before sending: every question answered. Returns field errors (unprefixed body paths). */
export function readRiskCheck(d: RiskCheckDraft): {
  check: RiskCheckBody | null;
  errors: { field: string; text: string }[];
} {
  const errors: { field: string; text: string }[] = [];
  for (const q of QUESTIONS)
    if (!d[q.key]) errors.push({ field: `riskCheck.${q.key}`, text: `Answer: ${q.legend.toLowerCase()}` });
  if (!d.harmToOthers)
    errors.push({ field: 'riskCheck.harmToOthers', text: 'Answer whether anyone else may be at risk of harm' });
  if (!d.safeguardingConcern)
    errors.push({ field: 'riskCheck.safeguardingConcern', text: 'Answer whether there is a safeguarding concern' });
  if (!d.level) errors.push({ field: 'riskCheck.level', text: 'Select the risk level' });
  if (errors.length > 0) return { check: null, errors };
  const yes = (v: string) => v === 'yes';
  return {
    check: {
      thoughts: yes(d.thoughts),
      plans: yes(d.plans),
      means: yes(d.means),
      intent: yes(d.intent),
      protectiveFactors: d.protectiveFactors.trim(),
      harmToOthers: yes(d.harmToOthers),
      harmToOthersDetail: d.harmToOthersDetail.trim(),
      safeguardingConcern: yes(d.safeguardingConcern),
      level: d.level as RiskLevel,
      summary: d.summary.trim(),
    },
    errors,
  };
}

interface RiskCheckFieldsProps {
  value: RiskCheckDraft;
  onChange: (value: RiskCheckDraft) => void;
  /** Element name of a body field in the surrounding form: "session.riskCheck.level". */
  name: (field: string) => string;
  errorFor: (field: string) => string | undefined;
}

/** The structured risk check: harm to self, harm to others, safeguarding, and the level. */
export function RiskCheckFields({ value, onChange, name, errorFor }: RiskCheckFieldsProps) {
  const set = (key: keyof RiskCheckDraft) => (v: string) => onChange({ ...value, [key]: v });
  return (
    <fieldset className="nhsuk-fieldset linkwork-risk-check" aria-describedby="risk-check-hint">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
        <h3 className="nhsuk-fieldset__heading">Risk check</h3>
      </legend>
      <div className="nhsuk-hint" id="risk-check-hint">
        Ask directly. Asking about suicide does not put the idea in someone’s head.
      </div>
      <h4>Harm to themselves</h4>
      {QUESTIONS.map((q) => (
        <Radios
          key={q.key}
          name={name(`riskCheck.${q.key}`)}
          legend={q.legend}
          value={value[q.key]}
          options={YES_NO}
          onChange={set(q.key)}
          error={errorFor(`riskCheck.${q.key}`)}
        />
      ))}
      <Textarea
        name={name('riskCheck.protectiveFactors')}
        label="What keeps them safe? (protective factors)"
        hint="For example people they can turn to, reasons for living, plans for the days ahead."
        value={value.protectiveFactors}
        onChange={set('protectiveFactors')}
        error={errorFor('riskCheck.protectiveFactors')}
        rows={3}
      />
      <h4>Harm to others and safeguarding</h4>
      <Radios
        name={name('riskCheck.harmToOthers')}
        legend="Is anyone else at risk of harm from them?"
        value={value.harmToOthers}
        options={YES_NO}
        onChange={set('harmToOthers')}
        error={errorFor('riskCheck.harmToOthers')}
      />
      {value.harmToOthers === 'yes' ? (
        <Textarea
          name={name('riskCheck.harmToOthersDetail')}
          label="Who may be at risk, and what was said?"
          value={value.harmToOthersDetail}
          onChange={set('harmToOthersDetail')}
          error={errorFor('riskCheck.harmToOthersDetail')}
          rows={3}
        />
      ) : null}
      <Radios
        name={name('riskCheck.safeguardingConcern')}
        legend="Is there a concern that an adult or a child is being abused or neglected?"
        hint="If yes, raise a safeguarding concern from the case page after saving."
        value={value.safeguardingConcern}
        options={YES_NO}
        onChange={set('safeguardingConcern')}
        error={errorFor('riskCheck.safeguardingConcern')}
      />
      <Radios
        name={name('riskCheck.level')}
        legend="Risk level"
        value={value.level}
        options={LEVELS}
        onChange={set('level')}
        error={errorFor('riskCheck.level')}
      />
      <Textarea
        name={name('riskCheck.summary')}
        label="What was disclosed, and what did you do?"
        hint="Required for medium, high and immediate risk. Use the person’s own words where you can."
        value={value.summary}
        onChange={set('summary')}
        error={errorFor('riskCheck.summary')}
        rows={4}
      />
    </fieldset>
  );
}
