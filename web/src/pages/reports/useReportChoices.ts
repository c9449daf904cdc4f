import { settingsApi } from '../../api/settings.ts';
import type { SelectOption } from '../../components/form/Select.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { useCodes } from '../../hooks/useCodes.ts';
import { useSchemeRole } from '../../hooks/useSchemeRole.ts';

/** The longest list of link workers the filter offers (ten pages of 25), so a huge scheme cannot stall the page. */
const MAX_WORKER_PAGES = 10;

export interface WorkerChoices {
  options: SelectOption[];
  /** More active link workers than the list holds. */
  partial: boolean;
}

/**
 * Every active link worker by name, page after page, as one list for a select; for a supervisor, only the link
 * workers they supervise (the reports cover no one else's work).
 */
async function allLinkWorkers(slug: string, supervisorId: string | null): Promise<WorkerChoices> {
  const options: SelectOption[] = [];
  let after: string | undefined;
  for (let page = 0; page < MAX_WORKER_PAGES; page++) {
    const result = await settingsApi.workers(slug, after ? { after } : {});
    options.push(
      ...result.workers
        .filter((w) => supervisorId === null || w.supervisorId === supervisorId)
        .map((w) => ({ value: w.userId, text: w.name })),
    );
    if (!result.next) return { options, partial: false };
    after = result.next;
  }
  return { options, partial: true };
}

/**
 * What the report filters choose from: the coded needs, the scheme's GP practices and its link workers. Each is
 * `null` while loading or when it could not be read; the form then leaves that filter out rather than guess.
 */
export function useReportChoices(slug: string) {
  const codes = useCodes();
  const me = useSchemeRole();
  const supervisorId = me?.role === 'supervisor' ? me.me.id : null;
  const settings = useApiData(`settings:${slug}`, () => settingsApi.get(slug));
  const workers = useApiData(`report-workers:${slug}:${supervisorId ?? 'all'}`, () =>
    allLinkWorkers(slug, supervisorId),
  );
  const needs: SelectOption[] | null =
    codes.state.status === 'ready' ? codes.state.data.needs.map((n) => ({ value: n.code, text: n.label })) : null;
  const practices: SelectOption[] | null =
    settings.state.status === 'ready'
      ? settings.state.data.practices.map((p) => ({ value: p.odsCode, text: `${p.name} (${p.odsCode})` }))
      : null;
  return {
    needs,
    practices,
    workers: workers.state.status === 'ready' ? workers.state.data : null,
    loading: [codes, settings, workers].some((d) => d.state.status === 'loading'),
  };
}
