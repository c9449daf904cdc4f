import { CrisisNumbers } from '../../components/CrisisHelp.tsx';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { useSchemeRole } from '../../hooks/useSchemeRole.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';

/** "Crisis: what to do now" as a page of its own, one tap from the header on any page, phone included. */
export function CrisisHelpPage() {
  const scheme = useSchemeRole();
  usePageTitle('Crisis: what to do now');
  if (!scheme)
    return (
      <ForbiddenContent detail="Crisis help is for link workers, supervisors and scheme managers working in a scheme." />
    );
  return (
    <>
      <h1>Crisis: what to do now</h1>
      <CrisisNumbers slug={scheme.slug} />
    </>
  );
}
