import { useEffect, useRef, useState, type FormEvent } from 'react';
import { casesApi, type CaseView, type InterventionLevel } from '../../../api/cases.ts';
import { labelFor, type Codes } from '../../../api/codes.ts';
import { Button } from '../../../components/Button.tsx';
import { Radios } from '../../../components/form/Radios.tsx';
import { Select } from '../../../components/form/Select.tsx';
import { SummaryList, SummaryRow } from '../../../components/SummaryList.tsx';
import { Textarea } from '../../../components/form/Textarea.tsx';
import type { FieldError } from '../../../hooks/useFormErrors.ts';
import { fieldId } from '../../../lib/fields.ts';
import { LEVELS, textFor } from '../caseLabels.tsx';
import { FormErrorSummary } from '../../../components/form/FormErrorSummary.tsx';
import { useCaseForm } from '../../../hooks/useCaseForm.ts';
import { can, SECTIONS, type SectionProps } from './sectionTypes.ts';

const MAX_NEEDS = 20;

interface NeedRow {
  key: number;
  domain: string;
  notes: string;
}

let nextKey = 1;
function rowsFrom(kase: CaseView): NeedRow[] {
  return kase.needsByDomain.map((n) => ({ key: nextKey++, domain: n.domain, notes: n.notes }));
}

function ReadOnlyAbout({ kase, codes }: { kase: CaseView; codes: Codes | null }) {
  return (
    <SummaryList>
      <SummaryRow label="What matters to the person">
        {kase.whatMatters ? <span className="linkwork-case-text">{kase.whatMatters}</span> : null}
      </SummaryRow>
      <SummaryRow label="Needs by domain">
        {kase.needsByDomain.length > 0 ? (
          <ul className="nhsuk-list">
            {kase.needsByDomain.map((n, index) => (
              <li key={`${n.domain}:${index}`}>
                <strong>{labelFor(codes?.needs ?? [], n.domain)}</strong>
                {n.notes ? <span className="linkwork-case-text">: {n.notes}</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </SummaryRow>
      <SummaryRow label="Intervention level">
        {kase.interventionLevel ? textFor(LEVELS, kase.interventionLevel) : null}
      </SummaryRow>
    </SummaryList>
  );
}

function AboutForm({ kase, slug, codes, generation, onSaved, onReload }: SectionProps) {
  const form = useCaseForm('about', generation);
  const [whatMatters, setWhatMatters] = useState(kase.whatMatters);
  const [rows, setRows] = useState<NeedRow[]>(() => rowsFrom(kase));
  const [level, setLevel] = useState<string>(kase.interventionLevel ?? '');
  const [focusRow, setFocusRow] = useState<number | 'add' | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const domainOptions = (codes?.needs ?? []).map((n) => ({ value: n.code, text: n.label }));

  useEffect(() => {
    if (focusRow === null) return;
    if (focusRow === 'add') addButton.current?.focus();
    else document.getElementById(fieldId(form.name(`needsByDomain.${focusRow}.domain`)))?.focus();
    setFocusRow(null);
  }, [focusRow, form]);

  function updateRow(key: number, change: Partial<NeedRow>) {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  }

  function addRow() {
    setRows((current) => [...current, { key: nextKey++, domain: '', notes: '' }]);
    setFocusRow(rows.length);
  }

  function removeRow(key: number) {
    setRows((current) => current.filter((row) => row.key !== key));
    setFocusRow('add');
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FieldError[] = [];
    if (whatMatters.length > 4000)
      errors.push({ field: 'whatMatters', text: 'What matters must be 4,000 characters or fewer' });
    rows.forEach((row, index) => {
      if (!row.domain)
        errors.push({ field: `needsByDomain.${index}.domain`, text: `Select a domain for need ${index + 1}` });
      if (row.notes.length > 1000)
        errors.push({
          field: `needsByDomain.${index}.notes`,
          text: `Notes for need ${index + 1} must be 1,000 characters or fewer`,
        });
    });
    if (!form.check(errors)) return;
    const view = await form.submit(() =>
      casesApi.updateAbout(slug, kase.id, {
        version: kase.version,
        whatMatters: whatMatters.trim(),
        needsByDomain: rows.map((row) => ({ domain: row.domain, notes: row.notes.trim() })),
        interventionLevel: (level || null) as InterventionLevel | null,
      }),
    );
    if (!view) return;
    setWhatMatters(view.whatMatters);
    setRows(rowsFrom(view));
    setLevel(view.interventionLevel ?? '');
    onSaved(view, 'What matters to me has been saved', SECTIONS.whatMatters);
  }

  return (
    <form method="post" onSubmit={submit} noValidate aria-labelledby="about-form">
      <h3 id="about-form" className="nhsuk-u-visually-hidden">
        Change what matters to me
      </h3>
      <FormErrorSummary
        form={form}
        onReload={onReload}
        reloadWarning="What you typed here will be replaced by the saved version when you reload, so copy anything you want to keep first."
      />
      <Textarea
        name={form.name('whatMatters')}
        label="What matters to the person"
        hint="In their own words, from your “what matters to me” conversation."
        value={whatMatters}
        onChange={setWhatMatters}
        error={form.errorFor('whatMatters')}
        rows={5}
      />

      <fieldset className="nhsuk-fieldset" aria-describedby="about-needs-hint">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Needs by domain</legend>
        <div className="nhsuk-hint" id="about-needs-hint">
          Add a row for each area of the person’s life they want support with, and what it means for them.
        </div>
        {rows.length === 0 ? <p>No needs have been added.</p> : null}
        {rows.map((row, index) => (
          <div className="linkwork-case-need" key={row.key}>
            <h4 className="nhsuk-heading-xs">Need {index + 1}</h4>
            <Select
              name={form.name(`needsByDomain.${index}.domain`)}
              label={`Domain of need ${index + 1}`}
              value={row.domain}
              options={
                row.domain && !domainOptions.some((o) => o.value === row.domain)
                  ? [{ value: row.domain, text: labelFor(codes?.needs ?? [], row.domain) }, ...domainOptions]
                  : domainOptions
              }
              emptyOption="Choose a domain"
              onChange={(domain) => updateRow(row.key, { domain })}
              error={form.errorFor(`needsByDomain.${index}.domain`)}
            />
            <Textarea
              name={form.name(`needsByDomain.${index}.notes`)}
              label={`Notes on need ${index + 1} (optional)`}
              value={row.notes}
              onChange={(notes) => updateRow(row.key, { notes })}
              error={form.errorFor(`needsByDomain.${index}.notes`)}
              rows={2}
            />
            <p>
              <button type="button" className="linkwork-link-button" onClick={() => removeRow(row.key)}>
                Remove<span className="nhsuk-u-visually-hidden"> need {index + 1}</span>
              </button>
            </p>
          </div>
        ))}
        {rows.length < MAX_NEEDS ? (
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={addRow} ref={addButton}>
            {rows.length === 0 ? 'Add a need' : 'Add another need'}
          </button>
        ) : (
          <p>You have added the most needs there can be ({MAX_NEEDS}).</p>
        )}
      </fieldset>

      <Radios
        name={form.name('interventionLevel')}
        legend="Intervention level"
        value={level}
        options={LEVELS.map((l) => ({ ...l }))}
        onChange={setLevel}
        error={form.errorFor('interventionLevel')}
      />
      <Button disabled={form.submitting}>Save what matters</Button>
    </form>
  );
}

/** The "what matters to me" conversation, needs by domain and the intervention level. */
export function WhatMattersSection(props: SectionProps) {
  const { kase, codes } = props;
  return (
    <section className="linkwork-case-section" aria-labelledby={SECTIONS.whatMatters.id}>
      <h2 id={SECTIONS.whatMatters.id}>{SECTIONS.whatMatters.title}</h2>
      {can(kase, 'plan') ? (
        <AboutForm key={props.generation} {...props} />
      ) : (
        <ReadOnlyAbout kase={kase} codes={codes} />
      )}
    </section>
  );
}
