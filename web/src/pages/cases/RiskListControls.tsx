import { useState, type FormEvent } from 'react';
import type { RiskAtLeast } from '../../api/risk.ts';
import { Button } from '../../components/Button.tsx';
import { Select } from '../../components/form/Select.tsx';

export type ListOrder = 'allocated' | 'risk';

/** Reads the risk filter from the address bar, ignoring anything the server would refuse. */
export function riskAtLeastFrom(value: string | null): RiskAtLeast | undefined {
  return value === 'medium' || value === 'high' || value === 'immediate' ? value : undefined;
}

const FILTERS = [
  { value: '', text: 'Everyone' },
  { value: 'medium', text: 'Medium risk and above' },
  { value: 'high', text: 'High risk and above' },
  { value: 'immediate', text: 'Immediate risk only' },
];

/** Words for the list's caption and status line: what is shown and in what order. */
export function riskFilterText(riskAtLeast: RiskAtLeast | undefined): string {
  return FILTERS.find((f) => f.value === (riskAtLeast ?? ''))?.text ?? 'Everyone';
}

interface RiskListControlsProps {
  riskAtLeast: RiskAtLeast | undefined;
  /** Offer "highest risk first" as an order (caseloads); omitted where the list has one fixed order. */
  order?: ListOrder;
  onApply: (choice: { riskAtLeast: RiskAtLeast | undefined; order: ListOrder | undefined }) => void;
}

/** Show only people with an active risk at a level and above, and (on caseloads) put the highest risk first. */
export function RiskListControls({ riskAtLeast, order, onApply }: RiskListControlsProps) {
  const [filter, setFilter] = useState<string>(riskAtLeast ?? '');
  const [sort, setSort] = useState<string>(order ?? 'allocated');
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({
      riskAtLeast: riskAtLeastFrom(filter),
      order: order === undefined ? undefined : sort === 'risk' ? 'risk' : 'allocated',
    });
  }
  return (
    <form
      method="get"
      onSubmit={submit}
      noValidate
      aria-label="Filter by active risk"
      className="linkwork-risk-controls"
    >
      <Select name="riskAtLeast" label="Show" value={filter} options={FILTERS} onChange={setFilter} />
      {order !== undefined ? (
        <Select
          name="sort"
          label="Order"
          value={sort}
          options={[
            { value: 'allocated', text: 'Oldest allocation first' },
            { value: 'risk', text: 'Highest active risk first' },
          ]}
          onChange={setSort}
        />
      ) : null}
      <Button variant="secondary">Apply</Button>
    </form>
  );
}
