import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button } from '../../components/Button.tsx';
import { Select, type SelectOption } from '../../components/form/Select.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month before a yyyy-mm: the last whole month when the report runs to this one. */
export function monthBefore(month: string): string {
  const [year, m] = month.split('-').map(Number);
  if (!year || !m) return '';
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

/** Opens the printable monthly summary of one GP practice, from the GP practices report. */
export function PracticeSummaryChooser({
  practices,
  practice,
  to,
}: {
  practices: SelectOption[] | null;
  practice: string;
  /** The report's last month; the summary offers the month before, the last whole one. */
  to: string;
}) {
  const navigate = useNavigate();
  const [chosen, setChosen] = useState(practice);
  const [chosenMonth, setChosenMonth] = useState(() => monthBefore(to));
  const [errors, setErrors] = useState<{ practice?: string; month?: string }>({});
  if (!practices || practices.length === 0) return null;

  return (
    <form
      noValidate
      className="linkwork-no-print"
      aria-labelledby="practice-summary-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const next = {
          practice: chosen ? undefined : 'Choose a practice',
          month: MONTH.test(chosenMonth.trim()) ? undefined : 'Enter the month as year and month, for example 2026-04',
        };
        setErrors(next);
        if (next.practice || next.month) return;
        navigate(`/reports/practices/${encodeURIComponent(chosen)}/summary?month=${chosenMonth.trim()}`);
      }}
    >
      <h2 id="practice-summary-heading">Print a practice’s monthly summary</h2>
      <Select
        name="summaryPractice"
        label="Practice to summarise"
        emptyOption="Choose a practice"
        options={practices}
        value={chosen}
        onChange={setChosen}
        error={errors.practice}
      />
      <TextInput
        name="summaryMonth"
        label="Month to summarise"
        hint="As year and month, for example 2026-04"
        widthClass="nhsuk-input--width-5"
        value={chosenMonth}
        onChange={setChosenMonth}
        error={errors.month}
      />
      <Button variant="secondary">Open the summary</Button>
    </form>
  );
}
