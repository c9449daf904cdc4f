/** The radio buttons for choosing the link worker to allocate a referral to. */
import type { WorkerSuggestion } from '../../api/referrals.ts';
import { Radios } from '../../components/form/Radios.tsx';
import { Tag } from '../../components/Tag.tsx';

/** The choice of link worker, each with their caseload and anything that needs an override. */
export function WorkerRadios({
  workers,
  value,
  onChange,
  error,
}: {
  workers: readonly WorkerSuggestion[];
  value: string;
  onChange: (id: string) => void;
  error?: string;
}) {
  return (
    <Radios
      name="workerId"
      legend="Choose a link worker"
      sectionHeading={{ level: 'h2', size: 'm' }}
      value={value}
      onChange={onChange}
      error={error}
      options={workers.map((worker) => ({
        value: worker.userId,
        text: (
          <>
            {worker.name} {worker.suggested ? <Tag colour="blue">Suggested</Tag> : null}
          </>
        ),
        hint: [
          `${worker.capacity.openCases} of ${worker.capacity.cap} open cases`,
          ...(worker.capacity.overCap ? ['over their safe caseload'] : []),
          ...(!worker.acceptingCases ? ['not taking new cases'] : []),
          ...(worker.blocked ? ['training for this case not current'] : []),
        ].join(', '),
      }))}
    />
  );
}
